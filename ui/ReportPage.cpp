#include "ReportPage.h"
#include "TextJoin.h"

#include "DocumentPrinter.h"
#include "UserPrompts.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "quarterly/QuarterlyReport.h"
#include "quarterly/ReportJson.h"
#include "quarterly/ReportPackage.h"
#include "quarterly/ReportStore.h"
#include "quarterly/Rollup.h"
#include "report/QuarterlyReportDocument.h"
#include "report/QuarterlyWorkbook.h"

#include <QComboBox>
#include <QDir>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace wushe::ui {

using namespace quarterly;

ReportPage::ReportPage(ops::Operations& ops, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_ops(ops), m_db(ops.db()), m_clock(ops.clock()), m_prompts(prompts),
      m_quarter(new QComboBox(this)), m_status(new QLabel(this)), m_schedule(new QLabel(this)), m_figures(new QTableWidget(this)),
      m_flags(new QListWidget(this)), m_save(new QPushButton(tr("保存"), this)), m_review(new QPushButton(tr("审核通过"), this)),
      m_submit(new QPushButton(tr("报送"), this)), m_amend(new QPushButton(tr("新建修订版"), this)),
      m_output(new QPushButton(tr("打印/导出"), this))
{
    m_schedule->setWordWrap(true);
    m_status->setWordWrap(true); // a long state wraps rather than widening the window
    // The last full quarter first, then the one running, then eleven before.
    Quarter quarter = Quarter::containing(m_clock.today());
    for (int i = 0; i < 13; ++i, quarter = quarter.previous())
        m_quarter->addItem(quarter.label(), quarter.key());
    m_quarter->setCurrentIndex(1);

    m_figures->setObjectName(QStringLiteral("reportFigures"));
    m_figures->setColumnCount(4);
    m_figures->setHorizontalHeaderLabels({tr("指标"), tr("本季度"), tr("上季度"), tr("环比")});
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->setToolTip(tr("双击指标查看明细"));
    m_figures->verticalHeader()->setDefaultSectionSize(24);

    auto* fields = new QFormLayout;
    const QStringList headerLabels{tr("填报单位"), tr("单位负责人"), tr("审核人"), tr("填表人"), tr("联系电话"), tr("报出日期")};
    for (const QString& label : headerLabels) {
        auto* edit = new QLineEdit(this);
        m_header << edit;
        fields->addRow(label, edit);
    }
    m_header.last()->setPlaceholderText(tr("yyyy-MM-dd，报送时默认今天"));
    const QStringList sectionLabels{tr("经验做法"), tr("典型案例"), tr("存在问题"), tr("下季度计划")};
    for (const QString& label : sectionLabels) {
        auto* edit = new QPlainTextEdit(this);
        edit->setMinimumHeight(60);
        m_sections << edit;
        fields->addRow(label, edit);
    }
    auto* right = new QWidget(this);
    right->setLayout(fields);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_figures, 3);
    leftLayout->addWidget(new QLabel(tr("需关注的问题"), this));
    leftLayout->addWidget(m_flags, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* refresh = new QPushButton(tr("重新计算"), this);
    refresh->setToolTip(tr("按台账和登记的最新数据重新计算（已报送的报告保持报送时的数据）"));
    // Printing and the exports share one menu: a row of nine buttons does not fit a
    // 1024-pixel office screen.
    auto* output = new QMenu(m_output);
    output->addAction(tr("打印预览…"), this, &ReportPage::preview);
    output->addAction(tr("导出PDF…"), this, &ReportPage::exportPdf);
    output->addAction(tr("导出Excel…"), this, &ReportPage::exportXlsx);
    output->addSeparator();
    m_package = output->addAction(tr("导出上报数据包…"), this, &ReportPage::exportPackage);
    m_import = output->addAction(tr("导入下级数据包…"), this, &ReportPage::importPackages);
    m_output->setMenu(output);
    m_output->setObjectName(QStringLiteral("reportOutput"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("季度"), this));
    bar->addWidget(m_quarter);
    bar->addWidget(m_status, 1);
    for (QPushButton* button : {refresh, m_save, m_review, m_submit, m_amend, m_output})
        bar->addWidget(button);
    m_import->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_schedule);
    layout->addWidget(splitter, 1);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportPage::reload);
    connect(refresh, &QPushButton::clicked, this, &ReportPage::reload);
    connect(m_save, &QPushButton::clicked, this, &ReportPage::save);
    connect(m_review, &QPushButton::clicked, this, &ReportPage::review);
    connect(m_submit, &QPushButton::clicked, this, &ReportPage::submit);
    connect(m_amend, &QPushButton::clicked, this, &ReportPage::amend);
    connect(m_figures, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { drillDown(row); });
    if (ops::ChangeNotifier* notifier = m_ops.notifier())
        connect(notifier, &ops::ChangeNotifier::changed, this, &ReportPage::followChange);
}

void ReportPage::followChange(const ops::Change& change)
{
    if (m_data.unitCode.isEmpty())
        return; // not computed yet: it is when first shown
    // The page's own saves change only the report, not its figures.
    if (QSet<QString>(change.tables).subtract({QStringLiteral("quarterly_report")}).isEmpty())
        return;
    if (!change.touchesUnit(m_unit.code))
        return;
    // A county's ten years take a second: computed now only when someone looks.
    m_stale = true;
    if (isVisible())
        refreshFigures();
}

void ReportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshFigures();
}

Result<ReportData> ReportPage::compute(const Quarter& quarter) const
{
    return isRollup() ? Rollup(m_db, m_ops.context()).report(quarter) : QuarterlyReport(m_db).compute(m_unit.code, quarter);
}

// New figures for the quarter shown; the header and narrative keep what is typed.
void ReportPage::refreshFigures()
{
    m_stale = false;
    if (m_stored && m_stored->status == ReportStatus::Submitted)
        return; // frozen as submitted
    auto computed = compute(m_data.quarter);
    if (!computed) {
        failed(tr("季度报告"), computed.error());
        return;
    }
    m_data = *computed;
    showData();
}

void ReportPage::setJurisdiction(const OrgUnit& unit, const QString& reportingUnit)
{
    m_unit = unit;
    m_reportingUnit = reportingUnit;
    m_import->setVisible(isRollup());
}

bool ReportPage::isRollup() const
{
    return m_unit.level == OrgLevel::City || m_unit.level == OrgLevel::Province;
}

void ReportPage::setQuarter(const Quarter& quarter)
{
    const int index = m_quarter->findData(quarter.key());
    if (index >= 0 && index != m_quarter->currentIndex()) {
        m_quarter->setCurrentIndex(index); // reloads
        return;
    }
    if (index < 0) {
        m_quarter->addItem(quarter.label(), quarter.key());
        m_quarter->setCurrentIndex(m_quarter->count() - 1);
        return;
    }
    reload();
}

bool ReportPage::failed(const QString& what, const Error& error)
{
    m_prompts.error(this, what, error.toString());
    return false;
}

void ReportPage::reload()
{
    if (m_unit.code.isEmpty())
        return;
    const Quarter quarter = Quarter::parse(m_quarter->currentData().toString()).value_or(Quarter{});
    m_stale = false;
    auto latest = ReportStore(m_db, m_ops.context()).latest(m_unit.code, quarter);
    if (!latest) {
        failed(tr("季度报告"), latest.error());
        return;
    }
    m_stored = *latest;
    if (m_stored && m_stored->status == ReportStatus::Submitted) {
        // As submitted: the frozen figures and text, whatever the ledgers say now.
        auto submitted = ReportJson::fromJson(QJsonDocument::fromJson(m_stored->content).object());
        if (!submitted) {
            failed(tr("季度报告"), submitted.error());
            return;
        }
        m_data = submitted->data;
        m_text = submitted->text;
    } else {
        auto computed = compute(quarter);
        if (!computed) {
            failed(tr("季度报告"), computed.error());
            return;
        }
        m_data = *computed;
        m_text = m_stored ? m_stored->text : ReportText{};
        // 填表人: whoever is filling it in, unless someone else is already named.
        if (m_text.preparer.isEmpty())
            m_text.preparer = m_ops.who().printedName();
    }
    if (m_text.reportingUnit.isEmpty())
        m_text.reportingUnit = m_reportingUnit;
    showData();
    showFields();
    updateButtons();
    showSchedule();
}

// Our own reports' due/late/submitted for the last four quarters; in a city, which
// counties reported the quarter shown, late or not at all.
void ReportPage::showSchedule()
{
    QStringList parts;
    if (isRollup()) {
        auto members = Rollup(m_db, m_ops.context()).completeness(m_data.quarter, m_clock.today());
        if (!members) {
            m_schedule->setText(members.error().message);
            return;
        }
        for (const MemberStatus& member : *members)
            parts << QStringLiteral("%1 %2").arg(member.name, MemberStatus::stateLabel(member.state));
        m_schedule->setText(tr("下级报送情况：%1").arg(parts.join(QStringLiteral("；"))));
        return;
    }
    Quarter from = m_data.quarter;
    for (int i = 0; i < 3; ++i)
        from = from.previous();
    auto rows = ReportStore(m_db, m_ops.context()).schedule(m_unit.code, from, m_data.quarter, m_clock.today());
    if (!rows) {
        m_schedule->setText(rows.error().message);
        return;
    }
    for (const ScheduleRow& row : *rows)
        parts << QStringLiteral("%1 %2").arg(row.quarter.label(), ScheduleRow::stateLabel(row.state));
    m_schedule->setText(tr("报送情况：%1").arg(parts.join(QStringLiteral("；"))));
}

QString ReportPage::scheduleText() const
{
    return m_schedule->text();
}

void ReportPage::importPackages()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("导入下级数据包"), QString(), tr("上报数据包 (*.json)"));
    if (paths.isEmpty())
        return;
    QStringList lines;
    for (const QString& path : paths) {
        auto imported = m_ops.importReportPackage(path);
        lines << (imported ? tr("已导入：%1 %2 第%3版")
                                 .arg(imported->report.data.unitName, imported->report.data.quarter.label())
                                 .arg(imported->report.revision)
                           : tr("未导入：%1").arg(imported.error().toString()));
    }
    m_prompts.information(this, tr("导入下级数据包"), lines.join(u'\n'));
    reload();
}

void ReportPage::showData()
{
    m_figures->setRowCount(0);
    m_figures->setRowCount(int(m_data.figures.size()) + 8);
    int row = 0;
    Section section = Section(0);
    for (const Figure& figure : m_data.figures) {
        if (figure.section != section) {
            section = figure.section;
            auto* heading = new QTableWidgetItem(sectionLabel(section));
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            m_figures->setItem(row, 0, heading);
            m_figures->setSpan(row, 0, 1, 4);
            ++row;
        }
        auto* label = new QTableWidgetItem(figure.label);
        label->setData(Qt::UserRole, figure.key);
        m_figures->setItem(row, 0, label);
        const QString change = figure.kind == ValueKind::Ratio ? QStringLiteral("—") : changeText(figure.thisQuarter, figure.lastQuarter);
        const QStringList values{formatValue(figure.kind, figure.thisQuarter), formatValue(figure.kind, figure.lastQuarter), change};
        for (int c = 0; c < values.size(); ++c) {
            auto* item = new QTableWidgetItem(values.at(c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(row, c + 1, item);
        }
        ++row;
    }
    m_figures->setRowCount(row);
    m_figures->resizeColumnsToContents();
    m_flags->clear();
    for (const Flag& flag : m_data.flags)
        m_flags->addItem(labelled(flag.unitName, flag.message));
}

void ReportPage::showFields()
{
    const QStringList header{m_text.reportingUnit, m_text.unitHead, m_text.reviewer, m_text.preparer, m_text.phone,
                             m_text.reportDate.toString(Qt::ISODate)};
    for (int i = 0; i < header.size(); ++i)
        m_header.at(i)->setText(header.at(i));
    const QStringList sections{m_text.practices, m_text.cases, m_text.problems, m_text.nextPlan};
    for (int i = 0; i < sections.size(); ++i)
        m_sections.at(i)->setPlainText(sections.at(i));
}

ReportText ReportPage::textFromFields() const
{
    ReportText text;
    text.reportingUnit = m_header.at(0)->text().trimmed();
    text.unitHead = m_header.at(1)->text().trimmed();
    text.reviewer = m_header.at(2)->text().trimmed();
    text.preparer = m_header.at(3)->text().trimmed();
    text.phone = m_header.at(4)->text().trimmed();
    text.reportDate = QDate::fromString(m_header.at(5)->text().trimmed(), Qt::ISODate);
    text.practices = m_sections.at(0)->toPlainText();
    text.cases = m_sections.at(1)->toPlainText();
    text.problems = m_sections.at(2)->toPlainText();
    text.nextPlan = m_sections.at(3)->toPlainText();
    return text;
}

QString ReportPage::statusText() const
{
    return m_status->text();
}

void ReportPage::updateButtons()
{
    const bool frozen = m_stored && m_stored->status == ReportStatus::Submitted;
    for (QLineEdit* edit : m_header)
        edit->setReadOnly(frozen);
    for (QPlainTextEdit* edit : m_sections)
        edit->setReadOnly(frozen);
    m_save->setEnabled(!frozen);
    m_review->setEnabled(!frozen);
    m_submit->setEnabled(m_stored && m_stored->status == ReportStatus::Reviewed);
    m_amend->setEnabled(frozen);
    m_package->setEnabled(frozen && !m_stored->imported);

    const Quarter quarter = m_data.quarter;
    const QString state = m_stored ? tr("%1（第%2版）").arg(kReportStatuses.label(m_stored->status)).arg(m_stored->revision)
                                   : tr("未填报");
    QString timing;
    const QDate today = m_clock.today();
    if (!frozen)
        timing = today <= quarter.lastDay() ? tr("本季度尚未结束")
                 : today <= quarter.dueDate() ? tr("待报送")
                                              : tr("已逾期");
    m_status->setText(tr("%1 · 报送截止 %2%3").arg(state, quarter.dueDate().toString(Qt::ISODate),
                                                   timing.isEmpty() ? QString() : QStringLiteral(" · ") + timing));
}

bool ReportPage::save()
{
    const ReportText text = textFromFields();
    auto draft = m_ops.openReportDraft(m_unit.code, m_data.quarter, text);
    if (!draft)
        return failed(tr("保存报告"), draft.error());
    draft->text = text;
    if (auto ok = m_ops.saveReportText(*draft); !ok)
        return failed(tr("保存报告"), ok.error());
    m_stored = *draft;
    m_text = draft->text;
    updateButtons();
    return true;
}

bool ReportPage::review()
{
    if (!save())
        return false;
    if (auto ok = m_ops.markReportReviewed(*m_stored); !ok)
        return failed(tr("审核报告"), ok.error());
    updateButtons();
    return true;
}

bool ReportPage::submit()
{
    if (!m_stored || m_stored->status != ReportStatus::Reviewed)
        return failed(tr("报送报告"), Error{QStringLiteral("report.status"), tr("报告须先审核再报送")});
    if (m_stale)
        refreshFigures(); // the figures frozen are today's
    auto submitted = m_ops.submitReport(*m_stored, m_data);
    if (!submitted)
        return failed(tr("报送报告"), submitted.error());
    reload();
    return true;
}

bool ReportPage::amend()
{
    auto next = m_ops.amendReport(m_unit.code, m_data.quarter);
    if (!next)
        return failed(tr("新建修订版"), next.error());
    reload();
    return true;
}

void ReportPage::preview()
{
    QTextDocument document;
    const ReportText text = m_stored && m_stored->status == ReportStatus::Submitted ? m_text : textFromFields();
    report::QuarterlyReportDocument::build(document, m_data, text, {m_status->text()});
    DocumentPrinter::preview(this, document, report::QuarterlyReportDocument::decoration(m_data, text), QPageLayout::Portrait);
}

void ReportPage::exportPdf()
{
    QTextDocument document;
    const ReportText text = m_stored && m_stored->status == ReportStatus::Submitted ? m_text : textFromFields();
    report::QuarterlyReportDocument::build(document, m_data, text, {m_status->text()});
    DocumentPrinter::exportPdf(this, document, report::QuarterlyReportDocument::decoration(m_data, text), QPageLayout::Portrait,
                               report::QuarterlyReportDocument::title(m_data) + QStringLiteral(".pdf"));
}

void ReportPage::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("导出Excel"),
                                                      report::QuarterlyReportDocument::title(m_data) + QStringLiteral(".xlsx"),
                                                      tr("Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto ok = report::QuarterlyWorkbook::write(path, m_data, textFromFields()); !ok)
        failed(tr("导出Excel"), ok.error());
}

void ReportPage::exportPackage()
{
    if (!m_stored || m_stored->status != ReportStatus::Submitted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出上报数据包"),
        QStringLiteral("%1-%2-v%3.json").arg(m_unit.code, m_data.quarter.key()).arg(m_stored->revision),
        tr("上报数据包 (*.json)"));
    if (path.isEmpty())
        return;
    if (auto ok = ReportPackage::write(path, m_stored->content, m_stored->digest); !ok)
        failed(tr("导出上报数据包"), ok.error());
    else
        m_prompts.information(this, tr("导出上报数据包"), tr("已写出%1").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::drillDown(int row)
{
    const QTableWidgetItem* item = m_figures->item(row, 0);
    const QString key = item ? item->data(Qt::UserRole).toString() : QString();
    if (key.isEmpty() || m_unit.level == OrgLevel::City || m_unit.level == OrgLevel::Province)
        return;
    auto rows = QuarterlyReport(m_db).drillDown(m_unit.code, m_data.quarter, key);
    if (!rows) {
        failed(tr("指标明细"), rows.error());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("%1 — 明细（%2条）").arg(item->text()).arg(rows->size()));
    auto* table = new QTableWidget(int(rows->size()), 3, &dialog);
    table->setHorizontalHeaderLabels({tr("区划代码"), tr("内容"), tr("日期")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows->size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows->at(r).orgCode));
        table->setItem(r, 1, new QTableWidgetItem(rows->at(r).text));
        table->setItem(r, 2, new QTableWidgetItem(rows->at(r).date));
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

QPlainTextEdit* ReportPage::section(int index) const
{
    return m_sections.at(index);
}

QLineEdit* ReportPage::headerField(int index) const
{
    return m_header.at(index);
}

} // namespace wushe::ui
