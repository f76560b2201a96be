#pragma once

#include "Clock.h"
#include "Error.h"
#include "LedgerExport.h"
#include "report/PageDecoration.h"
#include "report/RegisterTable.h"
#include "storage/RegistryList.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace wushe::ops {
struct Change;
class Operations;
}

namespace wushe::ui {

class RegistryEditorDialog;
class RegistryTableModel;
class UserPrompts;

// One list a registry page can show, and the form that adds and edits its records
// (none: the list is read and printed only).
struct RegistryView
{
    storage::RegistrySpec spec;
    std::function<std::unique_ptr<RegistryEditorDialog>(QWidget* parent)> editor;
    QString exchange = {}; // exchange::ExchangeCatalog name for 导出/导入; empty: print only
};

// Every registry page (站点, 社会工作者, 社区社会组织, 志愿者 …): the lists it offers
// (e.g. volunteers, teams, service records), limited to the unit selected in the tree
// and to a period (this year by default; lists without dates by unit only), read page
// by page; 新增/编辑/删除 where the list has a form; 打印 as an A4 landscape register.
// The list follows every change to its tables, whoever made it.
class RegistryPage : public QWidget
{
    Q_OBJECT
public:
    RegistryPage(ops::Operations& ops, UserPrompts& prompts, QList<RegistryView> views, QWidget* parent = nullptr);
    ~RegistryPage() override;

    void setUnit(const QString& orgCode, const QString& unitName = {});
    void setReportingUnit(const QString& name) { m_reportingUnit = name; }
    void setPeriod(QDate from, QDate to);
    void setView(int index);
    int viewCount() const { return int(m_views.size()); }
    int currentView() const { return m_current; }
    // Off until the database's integrity is known: lists and prints, no edits.
    void setEditingEnabled(bool enabled);

    RegistryTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString summaryText() const;
    bool canEdit() const;

    // The form of the current view for a new record / the record on `row`, not shown.
    Result<std::unique_ptr<RegistryEditorDialog>> editorFor(int row);
    // Shows the form for a new record / the record on `row`; true if saved.
    bool addRecord();
    bool editRow(int row);
    // Tombstones the record on `row` after the user confirms; true if done.
    bool removeRow(int row);

    // The exchange of the current view (导出/导入 shown); empty when it has none.
    QString exchangeName() const { return m_views.value(m_current).exchange; }
    // What 导出 writes for the unit selected (its whole list: the sheets are not limited
    // to the period), without asking where: the rows written.
    Result<qint64> exportTo(const LedgerExport::Request& request);

    Result<qint64> buildListDocument(report::RegisterTable& table) const;
    report::PageDecoration decoration() const;

private:
    void followChange(const ops::Change& change);
    void applyScope();
    void updateButtons();
    bool runEditor(RegistryEditorDialog& dialog);
    void previewList();
    void exportListPdf();
    exchange::ExportScope exportScope() const;
    QString exportUnitName() const;
    void exportList(bool csv, bool unmasked);
    void importFile();

    ops::Operations& m_ops;
    QSqlDatabase m_db; // reads; writes go through m_ops
    const Clock& m_clock;
    UserPrompts& m_prompts;
    QList<RegistryView> m_views;
    int m_current = 0;
    QString m_unit;
    QString m_unitName;
    QString m_reportingUnit;
    bool m_editingEnabled = true;
    bool m_columnsFitted = false;
    RegistryTableModel* m_model;
    QComboBox* m_viewBox;
    QLabel* m_periodLabel;
    QLabel* m_periodTo = nullptr;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_noPeriod;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_exchange;
    QAction* m_importAction = nullptr;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace wushe::ui
