#pragma once

#include "Clock.h"
#include "Error.h"
#include "domain/Ledger.h"
#include "UserPrompts.h"
#include "operations/Operator.h"
#include "storage/Database.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QUndoStack;
class QTabWidget;
class QTreeView;

namespace wushe::org {
class DivisionCatalog;
}

namespace wushe::ops {
class ChangeNotifier;
class Operations;
struct Change;
}

namespace wushe::ui {

class DashboardPage;
class DuePage;
class ReportPage;
class IntegrityChecker;
class LedgerPage;
class OrgTreeModel;
class RegistryPage;
class UnitOverviewPage;

// The shell: jurisdiction tree on the left, the selected unit's page on the right.
// Menu entries exist only for features that work. It owns the door every change goes
// through (one ops::Operations per open database), the notifier the pages follow,
// and the undo stack of 编辑 → 撤销/重做.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const org::DivisionCatalog& catalog, const Clock& clock,
               UserPrompts& prompts = UserPrompts::messageBoxes(), QWidget* parent = nullptr);
    ~MainWindow() override;

    Result<void> openDatabase(const QString& path);
    bool selectUnit(const QString& code);
    QString selectedCode() const;

    OrgTreeModel* treeModel() const { return m_treeModel; }
    QTreeView* tree() const { return m_tree; }
    UnitOverviewPage* overviewPage() const { return m_overview; }
    QTabWidget* tabs() const { return m_tabs; }
    // The ledger page for `ledger`, once a database is open.
    LedgerPage* ledgerPage(Ledger ledger) const;
    DuePage* duePage() const { return m_duePage; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    // The registry pages in tab order (站点与驻站社工 … 培训) under the 五社登记 tab, once a
    // database is open.
    const QList<RegistryPage*>& registryPages() const { return m_registryPages; }
    // The registry page whose tab reads `title`, e.g. 社区社会组织.
    RegistryPage* registryPage(const QString& title) const;
    ReportPage* reportPage() const { return m_reportPage; }
    IntegrityChecker* integrityChecker() const { return m_integrity; }
    bool hasDatabase() const { return m_db.has_value(); }

    // 填表人: who makes the changes and signs the printouts. Asked once (kept in
    // QSettings); tests set it here.
    void setOperatorName(const QString& name);
    const ops::Operator& currentOperator() const { return m_operator; }
    ops::Operations* operations() const { return m_ops.get(); }
    ops::ChangeNotifier* changeNotifier() const { return m_notifier; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

signals:
    void databaseOpened(const QString& path);

private:
    void createMenus();
    void showSelectedUnit();
    // The overview of the unit selected; its name, or nothing when it cannot be read.
    std::optional<QString> showOverview();
    void followChange(const ops::Change& change);
    void ensureOperator();
    void askOperator();
    void newDatabase();
    void openDatabaseFile();
    void checkIntegrity();
    void showAbout();
    void showOpenError(const Error& error);
    void createLedgerPages();
    void createRegistryPages();
    void deletePages();
    void integrityChecked(const QString& path, bool sound, const QString& message);
    void setEditingEnabled(bool enabled);

    const org::DivisionCatalog& m_catalog;
    const Clock& m_clock;
    UserPrompts& m_prompts;
    ops::ChangeNotifier* m_notifier;
    QUndoStack* m_undoStack;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLabel* m_operatorLabel;
    ops::Operator m_operator;
    std::optional<storage::Database> m_db;
    std::unique_ptr<ops::Operations> m_ops; // after m_db: it goes first
    QString m_jurisdictionPath;
    QString m_reportingUnit;
    OrgTreeModel* m_treeModel;
    QSortFilterProxyModel* m_treeProxy;
    QLineEdit* m_treeFilter;
    QTreeView* m_tree;
    UnitOverviewPage* m_overview;
    QTabWidget* m_tabs;
    QList<LedgerPage*> m_ledgerPages; // in kLedgers order
    DuePage* m_duePage = nullptr;
    DashboardPage* m_dashboard = nullptr;
    QTabWidget* m_registryTabs = nullptr; // 五社登记: the registry pages, one sub-tab each
    QList<RegistryPage*> m_registryPages;
    ReportPage* m_reportPage = nullptr;
    IntegrityChecker* m_integrity;
    bool m_reportIntegrity = false; // the user asked: say the result either way
};

} // namespace wushe::ui
