#pragma once

#include "Clock.h"
#include "Error.h"
#include "domain/Ledger.h"
#include "report/LedgerListDocument.h"
#include "report/PageDecoration.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextDocument;

namespace wushe::ops {
struct Change;
class Operations;
}

namespace wushe::ui {

class LedgerEditorDialog;
class LedgerTableModel;

// One ledger (老年人 / 儿童 / 社会救助): filter bar, search box and the paged table.
// The tree's selection limits it to a unit; double-click or 编辑 opens the record.
// Edits go through the operations layer; the table follows every change that touches
// its ledger (from this page, another one, an import or an undo).
class LedgerPage : public QWidget
{
    Q_OBJECT
public:
    LedgerPage(ops::Operations& ops, Ledger ledger, QWidget* parent = nullptr);

    void setUnit(const QString& orgCode, const QString& unitName = {});
    // 填报单位 on printouts, e.g. 大荔县民政局.
    void setReportingUnit(const QString& name) { m_reportingUnit = name; }
    void setSearchText(const QString& text); // applies at once (no typing delay)
    void applyFilters();
    // Off until the database's integrity is known: lists and prints, no edits.
    void setEditingEnabled(bool enabled);
    bool editingEnabled() const { return m_editingEnabled; }
    LedgerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString summaryText() const;

    // Opens the editor for a new record / the record on `row`; true if saved.
    bool addRecord();
    bool editRow(int row);
    // The editor of this page's ledger, empty (add) or loaded with `recordId`, not shown.
    Result<std::unique_ptr<LedgerEditorDialog>> editorFor(const QString& recordId);

    // Printouts of what the page shows: the list (A4 landscape) and the selected
    // person's form. The build* functions fill a document without showing anything.
    Result<qint64> buildListDocument(report::RegisterTable& table) const;
    Result<void> buildFormDocument(QTextDocument& document, int row) const;
    report::PageDecoration decoration(const QString& title) const;

private:
    void followChange(const ops::Change& change);
    QString villagePath(const QString& orgCode) const; // "大荔县 许庄镇 光华社区居委会"
    QString exchangeName() const;                       // elderly, children, relief
    // What the list printout shows: the page's filter, order and masking.
    report::LedgerListDocument::Options listOptions() const;

private slots:
    void previewList();
    void exportListPdf();
    void previewForm();
    void exportFormPdf();
    // 导出/导入 (core/exchange): the page's list to .xlsx or CSV; the import wizard.
    void exportList(bool csv, bool unmasked);
    void importFile();

private:
    ops::Operations& m_ops;
    QSqlDatabase m_db; // reads; writes go through m_ops
    Ledger m_ledger;
    const Clock& m_clock;
    QString m_unit;
    QString m_unitName;
    QString m_reportingUnit;
    LedgerTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_risk;
    QCheckBox* m_overdue;
    QCheckBox* m_reveal;
    QTableView* m_table;
    QLabel* m_summary;
    QTimer m_searchDelay;
    bool m_editingEnabled = true;
    bool m_columnsFitted = false;
    QPushButton* m_addButton = nullptr;
    QAction* m_importAction = nullptr;
};

} // namespace wushe::ui
