#pragma once

#include "Error.h"
#include "exchange/ColumnMapping.h"
#include "exchange/ImportReport.h"
#include "exchange/LedgerExchange.h"
#include "exchange/SheetData.h"
#include "exchange/UnitResolver.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace wushe::ops {
class Operations;
}

namespace wushe::ui {

// 导入: choose an .xlsx or CSV file, check (and fix) which column feeds which
// ledger column, preview what would be added, updated and refused, choose "all or
// nothing" or "only the valid rows", import with a progress that can cancel, and
// save the refused rows as a workbook to correct. The import (and its dry run, rolled
// back) is one operation of the operations layer.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    ImportWizard(ops::Operations& ops, const QString& exchangeName, QWidget* parent = nullptr);
    ~ImportWizard() override;
    // Shows the wizard for a page; true when an import was applied (the page then
    // reads its rows again).
    static bool importInto(QWidget* page, ops::Operations& ops, const QString& exchangeName);

    Result<void> loadFile(const QString& path);
    // One row per file column: header, a sample value, the ledger column (a combo box).
    QTableWidget* mappingTable() const { return m_mapping; }
    void setColumnKey(int fileColumn, const QString& key);
    exchange::ColumnMapping mapping() const;
    void setValidRowsOnly(bool validRows);
    QLabel* summary() const { return m_summary; }

    // A dry run of the import as mapped: the counts, nothing written.
    Result<exchange::ImportReport> preview();
    // The import; on success the dialog's result is Accepted.
    Result<exchange::ImportReport> runImport();
    const std::optional<exchange::ImportReport>& lastReport() const { return m_report; }

private:
    Result<exchange::ImportReport> run(bool dryRun);
    void showReport(const exchange::ImportReport& report, bool dryRun);
    void chooseFile();
    void saveErrors();

    ops::Operations& m_ops;
    std::optional<exchange::UnitResolver> m_units;
    std::unique_ptr<exchange::LedgerExchange> m_exchange;
    exchange::SheetData m_sheet;
    int m_headerRow = -1;
    std::optional<exchange::ImportReport> m_report;

    QLineEdit* m_path;
    QTableWidget* m_mapping;
    QRadioButton* m_allOrNothing;
    QRadioButton* m_validRows;
    QLabel* m_summary;
    QTableWidget* m_rejected;
    QPushButton* m_previewButton;
    QPushButton* m_importButton;
    QPushButton* m_errorsButton;
};

} // namespace wushe::ui
