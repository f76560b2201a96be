#include "RegistryPage.h"

#include "DocumentPrinter.h"
#include "ImportWizard.h"
#include "RecordWidgets.h"
#include "RegistryEditorDialog.h"
#include "RegistryTableModel.h"
#include "UserPrompts.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "report/RegisterPainter.h"
#include "report/RegistryListDocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wushe::ui {

RegistryPage::RegistryPage(ops::Operations& ops, UserPrompts& prompts, QList<RegistryView> views, QWidget* parent)
    : QWidget(parent), m_ops(ops), m_db(ops.db()), m_clock(ops.clock()), m_prompts(prompts), m_views(std::move(views)),
      m_model(new RegistryTableModel(m_db, m_views.value(0).spec, this)), m_viewBox(new QComboBox(this)),
      m_periodLabel(new QLabel(tr("期间"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_noPeriod(new QLabel(tr("（按所选单位列出，不分期间）"), this)), m_add(new QPushButton(tr("新增…"), this)),
      m_edit(new QPushButton(tr("编辑…"), this)), m_remove(new QPushButton(tr("删除"), this)),
      m_exchange(new QPushButton(tr("导出/导入"), this)), m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    for (const RegistryView& view : m_views)
        m_viewBox->addItem(view.spec.title);
    m_viewBox->setObjectName(QStringLiteral("view"));
    // Long list titles are elided in the closed box (the popup shows them whole), so the
    // bar fits a 1024-pixel screen.
    m_viewBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_viewBox->setMinimumContentsLength(12);
    m_viewBox->setVisible(m_views.size() > 1);
    const QDate today = m_clock.today();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(QDate(today.year(), 12, 31));
    m_noPeriod->setStyleSheet(QStringLiteral("color:#666"));
    m_noPeriod->setWordWrap(true); // may take two lines on a small screen

    auto* print = new QPushButton(tr("打印"), this);
    auto* printMenu = new QMenu(print);
    printMenu->addAction(tr("打印名册（预览）…"), this, &RegistryPage::previewList);
    printMenu->addAction(tr("导出名册为PDF…"), this, &RegistryPage::exportListPdf);
    print->setMenu(printMenu);
    // 导出 / 导入: Excel and CSV of the lists core/exchange knows (wushe-cli export/import).
    m_exchange->setObjectName(QStringLiteral("exchange"));
    m_importAction = LedgerExport::setUpMenu(
        m_exchange, [this](bool csv, bool unmasked) { exportList(csv, unmasked); }, [this] { importFile(); });

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("registryTable"));
    setUpRecordTable(m_table, RegistryTableModel::kPageSize);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_viewBox);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_from);
    m_periodTo = new QLabel(tr("至"), this);
    bar->addWidget(m_periodTo);
    bar->addWidget(m_to);
    bar->addWidget(m_noPeriod);
    bar->addStretch();
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addWidget(print);
    bar->addWidget(m_exchange);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_viewBox, &QComboBox::currentIndexChanged, this, &RegistryPage::setView);
    connect(m_from, &QDateEdit::dateChanged, this, &RegistryPage::applyScope);
    connect(m_to, &QDateEdit::dateChanged, this, &RegistryPage::applyScope);
    connect(m_add, &QPushButton::clicked, this, &RegistryPage::addRecord);
    connect(m_edit, &QPushButton::clicked, this, [this] { editRow(m_table->currentIndex().row()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentIndex().row()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (canEdit())
            editRow(index.row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_summary->setText(summaryText());
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_columnsFitted = true;
        }
    });
    updateButtons();
    if (ops::ChangeNotifier* notifier = m_ops.notifier())
        connect(notifier, &ops::ChangeNotifier::changed, this, &RegistryPage::followChange);
}

RegistryPage::~RegistryPage() = default;

void RegistryPage::followChange(const ops::Change& change)
{
    // A list reads its own table and a few it joins (a person's name, a station's
    // name): any logged record table but the ledgers' and the reports' own.
    static const QSet<QString> unrelated{QStringLiteral("elderly_record"), QStringLiteral("child_record"),
                                         QStringLiteral("relief_household"), QStringLiteral("relief_member"),
                                         QStringLiteral("visit"), QStringLiteral("quarterly_report")};
    if (QSet<QString>(change.tables).subtract(unrelated).isEmpty())
        return;
    if (!m_unit.isEmpty() && !change.touchesUnit(m_unit))
        return;
    m_model->refresh();
}

void RegistryPage::setUnit(const QString& orgCode, const QString& unitName)
{
    m_unit = orgCode;
    m_unitName = unitName;
    applyScope();
}

void RegistryPage::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    applyScope();
}

void RegistryPage::setView(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    m_current = index;
    if (m_viewBox->currentIndex() != index) {
        const QSignalBlocker block(m_viewBox);
        m_viewBox->setCurrentIndex(index);
    }
    m_columnsFitted = false;
    m_model->setSpec(m_views.at(index).spec);
    updateButtons();
    applyScope();
}

void RegistryPage::applyScope()
{
    const bool dated = m_model->spec().hasPeriod();
    storage::RegistryScope scope;
    scope.orgCode = m_unit;
    scope.asOf = m_clock.today();
    if (dated) {
        scope.from = m_from->date();
        scope.to = m_to->date();
    }
    m_model->setScope(scope);
}

void RegistryPage::updateButtons()
{
    const bool dated = m_model->spec().hasPeriod();
    // An undated list hides the period (it would not apply) and says so instead.
    for (QWidget* widget : std::initializer_list<QWidget*>{m_periodLabel, m_from, m_periodTo, m_to})
        widget->setVisible(dated);
    m_noPeriod->setVisible(!dated);
    const bool editable = bool(m_views.value(m_current).editor);
    m_add->setVisible(editable);
    m_edit->setVisible(editable);
    m_remove->setVisible(editable);
    m_add->setEnabled(m_editingEnabled);
    m_remove->setEnabled(m_editingEnabled);
    m_exchange->setVisible(!exchangeName().isEmpty());
    m_importAction->setEnabled(m_editingEnabled);
}

void RegistryPage::setEditingEnabled(bool enabled)
{
    m_editingEnabled = enabled;
    updateButtons();
}

bool RegistryPage::canEdit() const
{
    return bool(m_views.value(m_current).editor);
}

QString RegistryPage::summaryText() const
{
    if (!m_model->lastError().isEmpty())
        return tr("查询出错：%1").arg(m_model->lastError());
    return tr("共 %1 条").arg(m_model->totalCount());
}

Result<std::unique_ptr<RegistryEditorDialog>> RegistryPage::editorFor(int row)
{
    if (!canEdit())
        return fail(QStringLiteral("registry.read_only"), tr("此列表只能查看和打印"));
    auto dialog = m_views.at(m_current).editor(this);
    if (row < 0) {
        dialog->setDefaultOrg(m_unit);
        return dialog;
    }
    const QString id = m_model->recordIdAt(row);
    if (id.isEmpty())
        return fail(QStringLiteral("registry.no_selection"), tr("请先在表格中选中一条记录"));
    if (auto ok = dialog->load(id); !ok)
        return std::unexpected(ok.error());
    return dialog;
}

bool RegistryPage::runEditor(RegistryEditorDialog& dialog)
{
    return dialog.exec() == QDialog::Accepted; // the change notification refreshes the list
}

bool RegistryPage::addRecord()
{
    if (!m_editingEnabled)
        return false;
    auto dialog = editorFor(-1);
    if (!dialog) {
        m_prompts.error(this, tr("无法新增"), dialog.error().message);
        return false;
    }
    return runEditor(**dialog);
}

bool RegistryPage::editRow(int row)
{
    if (!m_editingEnabled) {
        m_prompts.information(this, tr("暂不能修改"), tr("数据库完整性检查尚未完成，完成后即可修改。"));
        return false;
    }
    auto dialog = editorFor(row);
    if (!dialog) {
        m_prompts.information(this, tr("编辑"), dialog.error().message);
        return false;
    }
    return runEditor(**dialog);
}

bool RegistryPage::removeRow(int row)
{
    if (!m_editingEnabled)
        return false;
    auto dialog = editorFor(row);
    if (!dialog) {
        m_prompts.information(this, tr("删除"), dialog.error().message);
        return false;
    }
    if (!m_prompts.confirm(this, tr("删除"), tr("删除“%1”？删除后不再列出，记录仍保留以备核查。").arg((*dialog)->recordName())))
        return false;
    if (auto ok = (*dialog)->removeLoaded(); !ok) {
        m_prompts.error(this, tr("删除"), ok.error().message);
        return false;
    }
    return true;
}

exchange::ExportScope RegistryPage::exportScope() const
{
    exchange::ExportScope scope;
    scope.filter.underCode = m_unit;
    scope.filter.asOf = m_clock.today();
    return scope;
}

QString RegistryPage::exportUnitName() const
{
    return m_unitName.isEmpty() ? m_reportingUnit : m_unitName;
}

Result<qint64> RegistryPage::exportTo(const LedgerExport::Request& request)
{
    return LedgerExport::run(this, m_db, exchangeName(), exportScope(), m_ops.context(), exportUnitName(), request);
}

void RegistryPage::exportList(bool csv, bool unmasked)
{
    LedgerExport::exportWithMessages(this, m_db, exchangeName(), exportScope(), m_ops.context(), exportUnitName(),
                                     report::RegistryListDocument::title(m_model->spec(), m_unitName), csv, unmasked);
}

void RegistryPage::importFile()
{
    if (!m_editingEnabled || exchangeName().isEmpty())
        return;
    ImportWizard::importInto(this, m_ops, exchangeName()); // the change notification refreshes the list
}

report::PageDecoration RegistryPage::decoration() const
{
    return {report::RegistryListDocument::title(m_model->spec(), m_unitName), m_reportingUnit, m_ops.who().printedName(),
            m_clock.today()};
}

Result<qint64> RegistryPage::buildListDocument(report::RegisterTable& table) const
{
    return report::RegistryListDocument::build(table, m_model->list(), m_model->scope(), m_unitName);
}

void RegistryPage::previewList()
{
    report::RegisterTable table;
    if (auto rows = buildListDocument(table); !rows) {
        m_prompts.error(this, tr("打印"), rows.error().message);
        return;
    }
    report::RegisterPainter body(table);
    DocumentPrinter::preview(this, body, decoration(), QPageLayout::Landscape);
}

void RegistryPage::exportListPdf()
{
    report::RegisterTable table;
    if (auto rows = buildListDocument(table); !rows) {
        m_prompts.error(this, tr("导出PDF"), rows.error().message);
        return;
    }
    const report::PageDecoration page = decoration();
    report::RegisterPainter body(table);
    DocumentPrinter::exportPdf(this, body, page, QPageLayout::Landscape, page.title);
}

} // namespace wushe::ui
