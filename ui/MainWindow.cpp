#include "MainWindow.h"

#include "ChangeCommand.h"
#include "CommunityOrgDialog.h"
#include "DashboardPage.h"
#include "DatabaseChooserDialog.h"
#include "DuePage.h"
#include "IntegrityChecker.h"
#include "LedgerPage.h"
#include "LedgerTableModel.h"
#include "OrgTreeModel.h"
#include "RegistryPage.h"
#include "ServiceActivityDialog.h"
#include "SocialWorkerDialog.h"
#include "TrainingDialog.h"
#include "VolunteerDialog.h"
#include "report/RegistrySpecs.h"
#include "ReportPage.h"
#include "UnitOverviewPage.h"
#include "org/ReportingUnit.h"
#include "org/UnitOverview.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "storage/OrgUnitRepository.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <type_traits>
#include <utility>

namespace wushe::ui {

namespace {

const QString kOperatorKey = QStringLiteral("operator/name");

} // namespace

MainWindow::MainWindow(const org::DivisionCatalog& catalog, const Clock& clock, UserPrompts& prompts, QWidget* parent)
    : QMainWindow(parent), m_catalog(catalog), m_clock(clock), m_prompts(prompts),
      m_notifier(new ops::ChangeNotifier(this)), m_undoStack(new QUndoStack(this)), m_operatorLabel(new QLabel(this)),
      m_treeModel(new OrgTreeModel(this)),
      m_treeProxy(new QSortFilterProxyModel(this)), m_treeFilter(new QLineEdit(this)), m_tree(new QTreeView(this)),
      m_overview(new UnitOverviewPage(this)), m_tabs(new QTabWidget(this)), m_integrity(new IntegrityChecker(this))
{
    connect(m_integrity, &IntegrityChecker::finished, this, &MainWindow::integrityChecked);
    setWindowTitle(tr("五社联动工作台"));
    // An office PC may have a 1024×768 screen: never open larger than it.
    resize(QSize(1200, 760).boundedTo(screen()->availableGeometry().size()));

    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setFilterKeyColumn(-1);
    m_tree->setModel(m_treeProxy);
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setHeaderHidden(true);
    for (int column = OrgTreeModel::CodeColumn; column < OrgTreeModel::ColumnCount; ++column)
        m_tree->setColumnHidden(column, true);
    m_treeFilter->setPlaceholderText(tr("搜索乡镇、村（社区）"));
    m_treeFilter->setClearButtonEnabled(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_treeFilter);
    leftLayout->addWidget(m_tree, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    m_tabs->setObjectName(QStringLiteral("pages"));
    // The work list is computed when its tab is shown, not on every tree click.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_duePage && m_tabs->currentWidget() == m_duePage)
            m_duePage->reload();
    });
    m_tabs->addTab(m_overview, tr("概览"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    left->setMinimumWidth(160); // township and village names stay readable; the window still fits 1024 pixels
    splitter->setSizes({300, 900});
    setCentralWidget(splitter);

    connect(m_treeFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_treeProxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelectedUnit);
    connect(m_notifier, &ops::ChangeNotifier::changed, this, &MainWindow::followChange);
    statusBar()->addPermanentWidget(m_operatorLabel);
    createMenus();
}

MainWindow::~MainWindow()
{
    // Pages hold the connection and the operations: they go before both do.
    m_integrity->wait();
    deletePages();
    m_undoStack->clear();
    m_ops.reset();
}

void MainWindow::deletePages()
{
    qDeleteAll(m_ledgerPages);
    m_ledgerPages.clear();
    delete m_duePage;
    m_duePage = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
    qDeleteAll(m_registryPages);
    m_registryPages.clear();
    delete m_registryTabs;
    m_registryTabs = nullptr;
    delete m_reportPage;
    m_reportPage = nullptr;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("新建数据库(&N)…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("打开数据库(&O)…"), QKeySequence::Open, this, &MainWindow::openDatabaseFile);
    file->addSeparator();
    file->addAction(tr("检查数据库完整性(&C)"), this, &MainWindow::checkIntegrity);
    file->addAction(tr("设置填表人(&U)…"), this, &MainWindow::askOperator);
    file->addSeparator();
    file->addAction(tr("退出(&X)"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    // 撤销/重做 of the record edits, deletes and added visits since the file was opened;
    // the texts name the change (撤销 修改老年人台账：张三).
    QMenu* edit = menuBar()->addMenu(tr("编辑(&E)"));
    m_undoAction = m_undoStack->createUndoAction(this, tr("撤销"));
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("重做"));
    m_redoAction->setObjectName(QStringLiteral("redo"));
    // Ctrl+Y as on Windows and in WPS; the platform's own (Ctrl+Shift+Z on Linux) too.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redoAction->setShortcuts(redoKeys);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于(&A)"), this, &MainWindow::showAbout);
}

Result<void> MainWindow::openDatabase(const QString& path)
{
    // The full check of a big file runs in the background (see IntegrityChecker);
    // nothing is written until it passes.
    auto db = storage::Database::open(path, {storage::Database::IfMissing::Fail, storage::Database::IntegrityCheck::Deferred});
    if (!db)
        return std::unexpected(db.error());
    auto units = storage::OrgUnitRepository(db->sql()).all();
    if (!units)
        return std::unexpected(units.error());
    if (units->isEmpty())
        return fail(QStringLiteral("db.no_jurisdiction"), tr("数据库中没有辖区信息，文件可能不完整"));

    // Pages and the operations hold the old connection: they go before it does. The
    // undo history belongs to that file.
    deletePages();
    m_undoStack->clear();
    m_ops.reset();
    m_db = std::move(*db);
    ensureOperator();
    m_ops = std::make_unique<ops::Operations>(m_db->sql(), m_operator, m_clock, m_notifier);
    m_jurisdictionPath = m_db->meta(QStringLiteral("jurisdiction_path"));
    // 填报单位 on printouts: the bureau of a city or county, the station of a township.
    m_reportingUnit = org::reportingUnitName(units->first());
    m_treeModel->setUnits(*units);
    createLedgerPages();
    createRegistryPages();
    m_reportPage = new ReportPage(*m_ops, m_prompts, m_tabs);
    m_reportPage->setJurisdiction(units->first(), m_reportingUnit);
    m_tabs->addTab(m_reportPage, tr("季度报告"));
    // Figures are computed when the tab is first opened (a second on ten years of a county).
    connect(m_tabs, &QTabWidget::currentChanged, m_reportPage, [this](int) {
        if (m_tabs->currentWidget() == m_reportPage && m_reportPage->data().unitCode.isEmpty())
            m_reportPage->reload();
    });
    const QModelIndex root = m_treeProxy->index(0, 0);
    m_tree->expand(root);
    m_tree->setCurrentIndex(root);

    setWindowTitle(tr("%1 — 五社联动工作台").arg(m_jurisdictionPath));
    statusBar()->showMessage(tr("数据库：%1 · 结构版本 %2 · %3 个区划")
                                 .arg(QDir::toNativeSeparators(m_db->path()))
                                 .arg(m_db->schemaVersion())
                                 .arg(units->size()));
    QSettings().setValue(QStringLiteral("lastDatabase"), m_db->path());
    setEditingEnabled(m_db->isVerified());
    if (!m_db->isVerified()) {
        statusBar()->showMessage(tr("正在后台检查数据库完整性，完成前暂不能修改…"));
        m_integrity->start(m_db->path());
    }
    emit databaseOpened(m_db->path());
    return {};
}

bool MainWindow::selectUnit(const QString& code)
{
    const QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->indexOfCode(code));
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

QString MainWindow::selectedCode() const
{
    return m_tree->currentIndex().data(OrgTreeModel::CodeRole).toString();
}

void MainWindow::showSelectedUnit()
{
    const std::optional<QString> name = showOverview();
    if (!name)
        return;
    const QString code = selectedCode();
    for (LedgerPage* page : m_ledgerPages)
        page->setUnit(code, *name);
    if (m_duePage)
        m_duePage->setUnit(code);
    if (m_dashboard)
        m_dashboard->setUnit(code, *name);
    for (RegistryPage* page : m_registryPages)
        page->setUnit(code, *name);
}

std::optional<QString> MainWindow::showOverview()
{
    const QString code = selectedCode();
    if (code.isEmpty() || !m_db)
        return std::nullopt;
    auto overview = org::UnitOverview::load(m_db->sql(), code, m_clock.today());
    if (!overview) {
        m_overview->showError(overview.error().toString());
        return std::nullopt;
    }
    // Path from the jurisdiction's ancestors (kept in meta) down to the unit.
    // The tree's root is the jurisdiction, already the last name of that path.
    QStringList below;
    for (QModelIndex index = m_tree->currentIndex(); index.parent().isValid(); index = index.parent())
        below.prepend(index.data().toString());
    const QStringList path = QStringList{m_jurisdictionPath} + below;
    m_overview->showOverview(*overview, path.join(u' '));
    return overview->unit.name;
}

void MainWindow::followChange(const ops::Change& change)
{
    // A new edit, delete or added visit goes on the undo stack; undo and redo
    // themselves (reverts) are already there.
    if (change.undoable && change.reverts == 0 && m_ops) {
        m_undoStack->push(new ChangeCommand(
            change, [this](qint64 batch) { return m_ops->revert(batch); },
            [this](const QString& title, const Error& error) { m_prompts.error(this, title, error.message); }));
    }
    // The overview counts what the database holds for the unit selected.
    if (change.touchesUnit(selectedCode()))
        showOverview();
}

void MainWindow::setOperatorName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QSettings().setValue(kOperatorKey, trimmed);
    // Until accounts exist, the name typed is both the login and the 填表人.
    m_operator.login = trimmed;
    m_operator.displayName = trimmed;
    if (m_ops)
        m_ops->setOperator(m_operator);
    m_operatorLabel->setText(tr("填表人：%1").arg(trimmed));
}

// Once per user: the name kept from last time, else asked for.
void MainWindow::ensureOperator()
{
    if (!m_operator.login.isEmpty())
        return;
    QString name = QSettings().value(kOperatorKey).toString().trimmed();
    if (name.isEmpty()) {
        const auto answer = m_prompts.text(this, tr("填表人"),
                                           tr("请输入您的姓名（填表人）：\n打印的台账、登记表和季度报告以此署名，"
                                              "每一处修改也记在此名下。\n以后可在“文件 → 设置填表人”中更改。"),
                                           QString());
        name = answer.value_or(QString()).trimmed();
    }
    if (!name.isEmpty()) {
        setOperatorName(name);
        return;
    }
    // No name given: changes are recorded under a placeholder; asked again at the next start.
    m_operator.login = tr("未署名");
    m_operator.displayName = m_operator.login;
    m_operatorLabel->setText(tr("填表人：%1").arg(m_operator.login));
}

void MainWindow::askOperator()
{
    const auto name = m_prompts.text(this, tr("设置填表人"), tr("填表人姓名（打印的台账、登记表和季度报告上署名）："),
                                     m_operator.displayName);
    if (name)
        setOperatorName(*name);
}

void MainWindow::createLedgerPages()
{
    for (const auto& entry : kLedgers.entries()) {
        auto* page = new LedgerPage(*m_ops, entry.value, m_tabs);
        page->setReportingUnit(m_reportingUnit);
        m_tabs->addTab(page, kLedgers.label(entry.value));
        m_ledgerPages.append(page);
    }
    m_duePage = new DuePage(m_db->sql(), m_clock, m_notifier, m_tabs);
    m_tabs->addTab(m_duePage, tr("待访与逾期"));
}

void MainWindow::createRegistryPages()
{
    using namespace report::RegistrySpecs;
    const QSqlDatabase db = m_db->sql();
    // The form of a view: a new dialog of type Dialog on this database's operations.
    const auto form = [this]<typename Dialog>(std::type_identity<Dialog>) {
        return [this](QWidget* parent) -> std::unique_ptr<RegistryEditorDialog> {
            return std::make_unique<Dialog>(*m_ops, parent);
        };
    };
    const QList<std::pair<QString, QList<RegistryView>>> pages{
        {tr("站点与驻站社工"), {{stations(), {}}, {stationStaff(), {}}}},
        {tr("社会工作者"), {{socialWorkers(), form(std::type_identity<SocialWorkerDialog>()), QStringLiteral("social-workers")}}},
        {tr("社区社会组织"),
         {{communityOrgs(), form(std::type_identity<CommunityOrgDialog>()), QStringLiteral("organizations")},
          {orgTargetsBelow(), {}}}},
        {tr("志愿者"),
         {{volunteers(), form(std::type_identity<VolunteerDialog>()), QStringLiteral("volunteers")},
          {volunteerTeams(), {}},
          {volunteerServices(), {}}}},
        {tr("服务活动"), {{activities(), form(std::type_identity<ServiceActivityDialog>()), QStringLiteral("activities")}}},
        {tr("慈善资源"),
         {{charityFunds(), {}}, {fundraising(), {}}, {donations(), {}}, {supermarkets(), {}}, {happyHomes(), {}},
          {referrals(), {}}}},
        {tr("政府购买服务"), {{purchasedProjects(), {}}}},
        {tr("培训"), {{trainings(), form(std::type_identity<TrainingDialog>())}}},
    };
    m_dashboard = new DashboardPage(db, m_clock, m_notifier, m_tabs);
    m_tabs->insertTab(1, m_dashboard, tr("数据看板"));
    // Eight registries as sub-tabs of one: a row of sixteen tabs does not fit an office screen.
    m_registryTabs = new QTabWidget(m_tabs);
    m_registryTabs->setObjectName(QStringLiteral("registries"));
    m_registryTabs->setDocumentMode(true);
    m_tabs->addTab(m_registryTabs, tr("五社登记"));
    for (const auto& [title, views] : pages) {
        auto* page = new RegistryPage(*m_ops, m_prompts, views, m_registryTabs);
        page->setObjectName(title);
        page->setReportingUnit(m_reportingUnit);
        page->setEditingEnabled(m_db->isVerified());
        m_registryTabs->addTab(page, title);
        m_registryPages.append(page);
    }
}

RegistryPage* MainWindow::registryPage(const QString& title) const
{
    for (RegistryPage* page : m_registryPages)
        if (page->objectName() == title)
            return page;
    return nullptr;
}

LedgerPage* MainWindow::ledgerPage(Ledger ledger) const
{
    for (LedgerPage* page : m_ledgerPages)
        if (page->model()->ledger() == ledger)
            return page;
    return nullptr;
}

void MainWindow::newDatabase()
{
    DatabaseChooserDialog dialog(m_catalog, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = openDatabase(dialog.chosenPath()); !ok)
        showOpenError(ok.error());
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("打开数据库"), QString(), tr("数据库文件 (*.db);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    if (auto ok = openDatabase(path); !ok)
        showOpenError(ok.error());
}

void MainWindow::checkIntegrity()
{
    if (!m_db)
        return;
    m_reportIntegrity = true;
    statusBar()->showMessage(tr("正在检查数据库完整性…"));
    m_integrity->start(m_db->path());
}

void MainWindow::integrityChecked(const QString& path, bool sound, const QString& message)
{
    if (!m_db || m_db->path() != path)
        return; // a check of a database no longer open
    const bool asked = std::exchange(m_reportIntegrity, false);
    if (sound) {
        m_db->setVerified();
        setEditingEnabled(true);
        statusBar()->showMessage(tr("数据库完整性检查通过"), 5000);
        if (asked)
            m_prompts.information(this, tr("完整性检查"), tr("数据库完整，未发现问题。"));
        return;
    }
    // Damaged: close it untouched, so nothing is written on top of the damage.
    setEditingEnabled(false);
    deletePages();
    m_undoStack->clear();
    m_ops.reset();
    m_treeModel->setUnits({});
    m_db.reset();
    m_overview->showError(message);
    statusBar()->showMessage(tr("数据库已关闭：文件损坏"));
    m_prompts.error(this, tr("数据库文件已损坏"), tr("%1\n\n文件没有被修改。请停止录入，从备份恢复后再打开。").arg(message));
}

void MainWindow::setEditingEnabled(bool enabled)
{
    for (LedgerPage* page : m_ledgerPages)
        page->setEditingEnabled(enabled);
    for (RegistryPage* page : m_registryPages)
        page->setEditingEnabled(enabled);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("关于五社联动工作台"),
                       tr("<h3>五社联动工作台 %1</h3><p>陕西省“五社联动”县级工作台：四级社会工作服务体系、"
                          "台账、五社登记和季度进展报送。</p><p>数据保存在本机文件中，请妥善保管。</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showOpenError(const Error& error)
{
    m_prompts.error(this, tr("无法打开数据库"), error.toString());
}

} // namespace wushe::ui
