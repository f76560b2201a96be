#include "LedgerPage.h"

#include "DocumentPrinter.h"
#include "ImportWizard.h"
#include "LedgerExport.h"
#include "ChildEditorDialog.h"
#include "ElderlyEditorDialog.h"
#include "ReliefEditorDialog.h"
#include "LedgerTableModel.h"
#include "RecordWidgets.h"
#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "report/LedgerListDocument.h"
#include "report/RegisterPainter.h"
#include "report/PersonFormDocument.h"
#include "storage/ChildRepository.h"
#include "storage/ElderlyRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/OrgUnitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTextDocument>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wushe::ui {

namespace {

// The record a repository's find() found, or why there is none.
template <typename Found>
auto required(Found found) -> Result<typename Found::value_type::value_type>
{
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(QStringLiteral("ledger.missing"), LedgerPage::tr("记录已不存在"));
    return std::move(**found);
}

template <typename E, std::size_t N>
void fillFilterCombo(QComboBox* combo, const QString& all, const EnumTable<E, N>& table)
{
    combo->addItem(all, QVariant());
    for (const auto& entry : table.entries())
        combo->addItem(table.label(entry.value), quint32(entry.value));
}

} // namespace

LedgerPage::LedgerPage(ops::Operations& ops, Ledger ledger, QWidget* parent)
    : QWidget(parent), m_ops(ops), m_db(ops.db()), m_ledger(ledger), m_clock(ops.clock()),
      m_model(new LedgerTableModel(m_db, ledger, this)), m_search(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_risk(new QComboBox(this)), m_overdue(new QCheckBox(tr("只看逾期"), this)),
      m_reveal(new QCheckBox(tr("显示完整号码"), this)), m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("搜索姓名、身份证号（可输后几位）或电话"));
    m_search->setClearButtonEnabled(true);
    switch (ledger) {
    case Ledger::Elderly: fillFilterCombo(m_category, tr("全部类别"), kElderlyCategories); break;
    case Ledger::Child: fillFilterCombo(m_category, tr("全部类别"), kChildCategories); break;
    case Ledger::Relief: fillFilterCombo(m_category, tr("全部救助类别"), kReliefCategories); break;
    }
    fillFilterCombo(m_risk, tr("全部风险等级"), kRiskTiers);
    m_risk->setVisible(ledger != Ledger::Relief);
    // Long category names are elided in the closed box so the bar fits a 1024-pixel screen.
    for (QComboBox* box : {m_category, m_risk}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_reveal->setToolTip(tr("身份证号和电话默认部分隐藏，保护个人信息"));

    auto* add = new QPushButton(tr("新增…"), this);
    m_addButton = add;
    auto* edit = new QPushButton(tr("编辑…"), this);
    auto* print = new QPushButton(tr("打印"), this);
    auto* printMenu = new QMenu(print);
    printMenu->addAction(tr("打印名册（预览）…"), this, &LedgerPage::previewList);
    printMenu->addAction(tr("导出名册为PDF…"), this, &LedgerPage::exportListPdf);
    printMenu->addAction(ledger == Ledger::Relief ? tr("打印选中户入户核查表…") : tr("打印选中人员登记表…"), this,
                         &LedgerPage::previewForm);
    printMenu->addAction(ledger == Ledger::Relief ? tr("导出选中户入户核查表为PDF…") : tr("导出选中人员登记表为PDF…"),
                         this, &LedgerPage::exportFormPdf);
    print->setMenu(printMenu);
    // 导出 / 导入: Excel and CSV of what the page lists (core/exchange).
    auto* exchangeButton = new QPushButton(tr("导出/导入"), this);
    exchangeButton->setObjectName(QStringLiteral("exchange"));
    m_importAction = LedgerExport::setUpMenu(
        exchangeButton, [this](bool csv, bool unmasked) { exportList(csv, unmasked); }, [this] { importFile(); });

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    setUpRecordTable(m_table, LedgerTableModel::kPageSize);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_category);
    bar->addWidget(m_risk);
    bar->addWidget(m_overdue);
    bar->addWidget(m_reveal);
    bar->addStretch();
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(print);
    bar->addWidget(exchangeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    // Searching waits for a pause in typing, so each keystroke does not hit the database.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &LedgerPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_category, m_risk})
        connect(combo, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &LedgerPage::applyFilters);
    connect(m_reveal, &QCheckBox::toggled, m_model, &LedgerTableModel::setRevealSensitive);
    connect(add, &QPushButton::clicked, this, &LedgerPage::addRecord);
    connect(edit, &QPushButton::clicked, this, [this] { editRow(m_table->currentIndex().row()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { editRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_summary->setText(summaryText());
        // Fit the columns to the first rows shown once; after that the user's widths stay.
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_columnsFitted = true;
        }
    });
    if (ops::ChangeNotifier* notifier = m_ops.notifier())
        connect(notifier, &ops::ChangeNotifier::changed, this, &LedgerPage::followChange);
}

void LedgerPage::followChange(const ops::Change& change)
{
    // The table shows the ledger's rows, their person's name, ID and phone, and the
    // last and next visit.
    const QString table = m_ledger == Ledger::Elderly ? QStringLiteral("elderly_record")
                          : m_ledger == Ledger::Child ? QStringLiteral("child_record")
                                                      : QStringLiteral("relief_household");
    if (!change.touchesAny({table, QStringLiteral("relief_member"), QStringLiteral("person"), QStringLiteral("visit")}))
        return;
    if (!m_unit.isEmpty() && !change.touchesUnit(m_unit))
        return;
    m_model->refresh();
}

void LedgerPage::setUnit(const QString& orgCode, const QString& unitName)
{
    m_unit = orgCode;
    m_unitName = unitName;
    applyFilters();
}

void LedgerPage::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_searchDelay.stop();
    applyFilters();
}

void LedgerPage::applyFilters()
{
    storage::LedgerFilter filter;
    filter.underCode = m_unit;
    filter.asOf = m_clock.today();
    filter.search = m_search->text().trimmed();
    filter.overdueOnly = m_overdue->isChecked();
    const QVariant category = m_category->currentData();
    if (category.isValid()) {
        if (m_ledger == Ledger::Relief)
            filter.reliefCategory = ReliefCategory(category.toUInt());
        else
            filter.categoryMask = category.toUInt();
    }
    if (const QVariant risk = m_risk->currentData(); risk.isValid() && m_ledger != Ledger::Relief)
        filter.riskTier = RiskTier(risk.toUInt());
    m_model->setFilter(filter);
}

QString LedgerPage::summaryText() const
{
    if (!m_model->lastError().isEmpty())
        return tr("查询出错：%1").arg(m_model->lastError());
    return tr("共 %1 条").arg(m_model->totalCount());
}

Result<std::unique_ptr<LedgerEditorDialog>> LedgerPage::editorFor(const QString& recordId)
{
    const storage::WriteContext context = m_ops.context();
    // An editor of type Dialog, loaded through `load` (Dialog::setRecord or setHousehold) when editing.
    const auto editor = [&](auto dialog, auto repository, auto load) -> Result<std::unique_ptr<LedgerEditorDialog>> {
        if (!recordId.isEmpty()) {
            auto record = required(repository.find(recordId));
            if (!record)
                return std::unexpected(record.error());
            (dialog.get()->*load)(*record);
        }
        return std::unique_ptr<LedgerEditorDialog>(std::move(dialog));
    };
    switch (m_ledger) {
    case Ledger::Elderly:
        return editor(std::make_unique<ElderlyEditorDialog>(m_ops, this),
                      storage::ElderlyRepository(m_db, context), &ElderlyEditorDialog::setRecord);
    case Ledger::Child:
        return editor(std::make_unique<ChildEditorDialog>(m_ops, this),
                      storage::ChildRepository(m_db, context), &ChildEditorDialog::setRecord);
    case Ledger::Relief:
        return editor(std::make_unique<ReliefEditorDialog>(m_ops, this),
                      storage::ReliefRepository(m_db, context), &ReliefEditorDialog::setHousehold);
    }
    return fail(QStringLiteral("ledger.missing"), tr("记录已不存在"));
}

void LedgerPage::setEditingEnabled(bool enabled)
{
    m_editingEnabled = enabled;
    m_addButton->setEnabled(enabled);
    m_importAction->setEnabled(enabled);
}

bool LedgerPage::addRecord()
{
    if (!m_editingEnabled)
        return false;
    auto dialog = editorFor({});
    if (!dialog)
        return false;
    (*dialog)->setDefaultVillage(m_unit);
    if ((*dialog)->exec() != QDialog::Accepted)
        return false;
    if (!(*dialog)->infoText().isEmpty())
        QMessageBox::information(this, tr("已保存"), (*dialog)->infoText());
    return true; // the change notification refreshes the pages showing it
}

bool LedgerPage::editRow(int row)
{
    const QString id = m_model->recordIdAt(row);
    if (id.isEmpty())
        return false;
    if (!m_editingEnabled) {
        QMessageBox::information(this, tr("暂不能修改"), tr("数据库完整性检查尚未完成，完成后即可修改。"));
        return false;
    }
    auto dialog = editorFor(id);
    if (!dialog) {
        QMessageBox::warning(this, tr("无法打开"), dialog.error().message);
        return false;
    }
    // Visits added from the editor count even when the record itself is not re-saved:
    // the change notification of each refreshes the table.
    return (*dialog)->exec() == QDialog::Accepted;
}

} // namespace wushe::ui

namespace wushe::ui {

report::PageDecoration LedgerPage::decoration(const QString& title) const
{
    // 填表人: the operator who prints it.
    return {title, m_reportingUnit, m_ops.who().printedName(), m_clock.today()};
}

report::LedgerListDocument::Options LedgerPage::listOptions() const
{
    report::LedgerListDocument::Options options;
    options.filter = m_model->filter();
    options.sort = m_model->sortKey();
    options.order = m_model->sortOrder();
    options.revealSensitive = m_model->revealSensitive();
    options.unitName = m_unitName;
    return options;
}

Result<qint64> LedgerPage::buildListDocument(report::RegisterTable& table) const
{
    return report::LedgerListDocument::build(table, m_db, listOptions());
}

Result<void> LedgerPage::buildFormDocument(QTextDocument& document, int row) const
{
    const QString id = m_model->recordIdAt(row);
    if (id.isEmpty())
        return fail(QStringLiteral("print.no_selection"), tr("请先在表格中选中一条记录"));
    const storage::WriteContext context = m_ops.context();
    const auto print = [&](auto found, auto render) -> Result<void> {
        auto record = required(std::move(found));
        if (!record)
            return std::unexpected(record.error());
        render(document, *record, villagePath(record->meta.orgCode));
        return {};
    };
    switch (m_ledger) {
    case Ledger::Elderly:
        return print(storage::ElderlyRepository(m_db, context).find(id), &report::PersonFormDocument::elderly);
    case Ledger::Child:
        return print(storage::ChildRepository(m_db, context).find(id), &report::PersonFormDocument::child);
    case Ledger::Relief:
        return print(storage::ReliefRepository(m_db, context).find(id), &report::PersonFormDocument::reliefCheck);
    }
    return fail(QStringLiteral("print.no_selection"), tr("记录已不存在"));
}

QString LedgerPage::villagePath(const QString& orgCode) const
{
    QStringList path;
    storage::OrgUnitRepository units(m_db);
    for (auto unit = units.find(orgCode); unit && *unit; unit = units.find((*unit)->parentCode))
        path.prepend((*unit)->name);
    return path.join(u' ');
}

void LedgerPage::previewList()
{
    report::RegisterTable table;
    auto rows = buildListDocument(table);
    if (!rows) {
        QMessageBox::warning(this, tr("打印"), rows.error().message);
        return;
    }
    report::RegisterPainter body(table);
    DocumentPrinter::preview(this, body, decoration(report::LedgerListDocument::title(listOptions())),
                             QPageLayout::Landscape);
}

void LedgerPage::exportListPdf()
{
    report::RegisterTable table;
    auto rows = buildListDocument(table);
    if (!rows) {
        QMessageBox::warning(this, tr("导出PDF"), rows.error().message);
        return;
    }
    const QString title = report::LedgerListDocument::title(listOptions());
    report::RegisterPainter body(table);
    DocumentPrinter::exportPdf(this, body, decoration(title), QPageLayout::Landscape, title);
}

void LedgerPage::exportFormPdf()
{
    QTextDocument document;
    const int row = m_table->currentIndex().row();
    if (auto ok = buildFormDocument(document, row); !ok) {
        QMessageBox::information(this, tr("导出PDF"), ok.error().message);
        return;
    }
    const QString title = report::PersonFormDocument::title(m_ledger);
    const storage::LedgerRow* selected = m_model->rowAt(row);
    DocumentPrinter::exportPdf(this, document, decoration(title), QPageLayout::Portrait,
                               selected ? QStringLiteral("%1-%2").arg(title, selected->name) : title);
}

void LedgerPage::previewForm()
{
    QTextDocument document;
    if (auto ok = buildFormDocument(document, m_table->currentIndex().row()); !ok) {
        QMessageBox::information(this, tr("打印"), ok.error().message);
        return;
    }
    DocumentPrinter::preview(this, document, decoration(report::PersonFormDocument::title(m_ledger)),
                             QPageLayout::Portrait);
}

QString LedgerPage::exchangeName() const
{
    switch (m_ledger) {
    case Ledger::Elderly: return QStringLiteral("elderly");
    case Ledger::Child: return QStringLiteral("children");
    case Ledger::Relief: return QStringLiteral("relief");
    }
    return {};
}

void LedgerPage::exportList(bool csv, bool unmasked)
{
    exchange::ExportScope scope;
    scope.filter = m_model->filter();
    LedgerExport::exportWithMessages(this, m_db, exchangeName(), scope, m_ops.context(),
                                     m_unitName.isEmpty() ? m_reportingUnit : m_unitName,
                                     report::LedgerListDocument::title(listOptions()), csv, unmasked);
}

void LedgerPage::importFile()
{
    if (!m_editingEnabled)
        return;
    ImportWizard::importInto(this, m_ops, exchangeName()); // the change notification refreshes the pages
}

} // namespace wushe::ui
