#include "report/QuarterlyReportDocument.h"
#include "TextJoin.h"

#include "report/LedgerListDocument.h"
#include "report/PagedRenderer.h"
#include "report/QuarterlyChart.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QUrl>

namespace wushe::report {

using quarterly::Figure;
using quarterly::ReportData;
using quarterly::ReportText;
using quarterly::Section;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("QuarterlyReportDocument", text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Narrative keeps its line breaks; QTextDocument would collapse them otherwise.
QString paragraphs(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("（未填写）"));
    QString html;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p style='margin-top:2px; margin-bottom:4px'>&nbsp;&nbsp;&nbsp;&nbsp;%1</p>").arg(esc(line.trimmed()));
    return html;
}

const QString kTable = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' "
                                      "style='border-collapse:collapse; border-color:#000'>");

// The section's heading is the table's first header row: it repeats with the
// column headers on every page the table runs onto, and it can never be left
// alone at the foot of a page.
QString sectionTable(const ReportData& data, Section section)
{
    QString html = kTable;
    html += QStringLiteral("<thead><tr><th colspan='4' align='left' style='font-size:11pt; background-color:#eef1f6'>%1</th></tr>"
                           "<tr><th width='52%'>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
                .arg(esc(quarterly::sectionLabel(section)), tr("指标"), tr("本季度"), tr("上季度"), tr("环比"));
    for (const Figure& figure : data.figures) {
        if (figure.section != section)
            continue;
        const QString change = figure.kind == quarterly::ValueKind::Ratio
                                   ? QStringLiteral("—")
                                   : quarterly::changeText(figure.thisQuarter, figure.lastQuarter);
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                    .arg(esc(figure.label), quarterly::formatValue(figure.kind, figure.thisQuarter),
                         quarterly::formatValue(figure.kind, figure.lastQuarter), change);
    }
    html += QStringLiteral("</tbody></table>");
    return html;
}

struct Column
{
    QString key;
    QString header;
};

QString breakdownTable(const ReportData& data, const QString& unitHeader)
{
    const QList<Column> columns{
        {QStringLiteral("system.station_staff"), tr("驻站人员")},
        {QStringLiteral("system.rooms"), tr("社工室")},
        {QStringLiteral("system.room_coverage"), tr("社工室覆盖率")},
        {QStringLiteral("orgs.total"), tr("社会组织")},
        {QStringLiteral("services.activities"), tr("服务活动")},
        {QStringLiteral("volunteers.registered"), tr("志愿者")},
        {QStringLiteral("ledgers.elderly"), tr("老年人")},
        {QStringLiteral("ledgers.children"), tr("儿童")},
        {QStringLiteral("ledgers.relief"), tr("救助户")},
        {QStringLiteral("ledgers.overdue.elderly"), tr("逾期未探访老人")},
    };
    QString html = kTable + QStringLiteral("<thead><tr><th>%1</th>").arg(esc(unitHeader));
    for (const Column& column : columns)
        html += QStringLiteral("<th>%1</th>").arg(column.header);
    html += QStringLiteral("</tr></thead><tbody>");
    for (const auto& [code, name] : data.breakdownUnits) {
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(name));
        for (const Column& column : columns) {
            const Figure* figure = data.find(column.key);
            const qint64 value = figure ? figure->byUnit.value(code) : 0;
            const bool shown = figure && (figure->kind != quarterly::ValueKind::Ratio || figure->byUnit.contains(code));
            html += QStringLiteral("<td align='right'>%1</td>")
                        .arg(shown ? quarterly::formatValue(figure->kind, value) : QStringLiteral("—"));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td><b>%1</b></td>").arg(tr("合计"));
    for (const Column& column : columns) {
        const Figure* figure = data.find(column.key);
        html += QStringLiteral("<td align='right'><b>%1</b></td>")
                    .arg(figure ? quarterly::formatValue(figure->kind, figure->thisQuarter) : QStringLiteral("—"));
    }
    html += QStringLiteral("</tr></tbody></table>");
    return html;
}

QString flagsHtml(const ReportData& data)
{
    if (data.flags.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("本季度各项目标均已达到。"));
    QString html = QStringLiteral("<ol>");
    QStringList below;
    for (const quarterly::Flag& flag : data.flags) {
        if (flag.key == u"orgs.below_target" && flag.unitCode.size() == 12 && flag.unitCode.right(3) != u"000") {
            below << flag.unitName;
            continue;
        }
        html += QStringLiteral("<li>%1</li>").arg(labelled(esc(flag.unitName), esc(flag.message)));
    }
    if (!below.isEmpty()) {
        const int shown = int(qMin<qsizetype>(below.size(), 30));
        QString names = joinList(below.mid(0, shown));
        if (below.size() > shown)
            names += tr("等");
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(tr("社区社会组织数量或结构未达标的村（社区）%1个：%2").arg(below.size()).arg(names)));
    }
    html += QStringLiteral("</ol>");
    return html;
}

QString unitHeaderOf(const ReportData& data)
{
    if (data.unitCode.mid(4) == u"00000000")
        return tr("县（区）");
    if (data.unitCode.mid(6) == u"000000")
        return tr("乡镇（街道）");
    return tr("村（社区）");
}

} // namespace

QString QuarterlyReportDocument::title(const ReportData& data)
{
    return tr("%1%2年第%3季度“五社联动”工作进展情况报告").arg(data.unitName).arg(data.quarter.year).arg(data.quarter.number);
}

PageDecoration QuarterlyReportDocument::decoration(const ReportData& data, const ReportText& text)
{
    PageDecoration decoration;
    decoration.title = title(data);
    decoration.reportingUnit = text.reportingUnit.isEmpty() ? data.unitName : text.reportingUnit;
    decoration.preparedBy = text.preparer;
    decoration.date = text.reportDate;
    return decoration;
}

void QuarterlyReportDocument::build(QTextDocument& document, const ReportData& data, const ReportText& text,
                                    const Options& options)
{
    applyPrintFont(document, 10);
    QString html;
    const QString reportingUnit = text.reportingUnit.isEmpty() ? data.unitName : text.reportingUnit;
    // 表号 block, as on statistical forms: reporting unit left, form number right.
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='1'><tr>"
                           "<td width='55%' valign='bottom'>%1</td>"
                           "<td align='right'>%2<br>%3<br>%4</td></tr></table>")
                .arg(esc(tr("填报单位：%1").arg(reportingUnit)), esc(tr("表　　号：五社联动季报1表")),
                     esc(tr("制表机关：陕西省民政厅")), esc(tr("报告期：%1").arg(data.quarter.label())));
    html += QStringLiteral("<h2 align='center' style='margin-top:14px'>%1</h2>").arg(esc(title(data)));
    if (!options.statusLabel.isEmpty())
        html += QStringLiteral("<p align='center'>%1</p>").arg(esc(options.statusLabel));
    html += QStringLiteral("<p align='center'>%1</p>")
                .arg(esc(tr("统计时段：%1至%2；存量指标截至季末").arg(data.quarter.firstDay().toString(tr("yyyy年M月d日")),
                                                                  data.quarter.lastDay().toString(tr("yyyy年M月d日")))));

    html += QStringLiteral("<h3>%1</h3>").arg(tr("需关注的问题"));
    html += flagsHtml(data);

    for (int s = int(Section::System); s <= int(Section::Purchased); ++s) {
        html += sectionTable(data, Section(s)) + QStringLiteral("<p style='margin:0'>&nbsp;</p>");
    }

    if (!data.breakdownUnits.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("九、分%1情况").arg(unitHeaderOf(data)));
        html += breakdownTable(data, unitHeaderOf(data));
        QStringList names;
        QList<qint64> activities;
        QList<qint64> visits;
        const Figure* activity = data.find(QStringLiteral("services.activities"));
        const Figure* visit = data.find(QStringLiteral("ledgers.visits.elderly"));
        for (const auto& [code, name] : data.breakdownUnits) {
            names << name;
            activities << (activity ? activity->byUnit.value(code) : 0);
            visits << (visit ? visit->byUnit.value(code) : 0);
        }
        const QImage chart = paintBarChart(tr("本季度服务活动和老年人探访（分%1）").arg(unitHeaderOf(data)), names,
                                           {{tr("服务活动（次）"), activities}, {tr("探访老年人（次）"), visits}},
                                           QSize(2400, 1300));
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:activities")), chart);
        html += QStringLiteral("<p align='center'><img src='chart:activities' width='640' height='347'></p>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("十、工作情况"));
    const QList<std::pair<QString, QString>> sections{{tr("（一）经验做法"), text.practices},
                                                      {tr("（二）典型案例"), text.cases},
                                                      {tr("（三）存在问题"), text.problems},
                                                      {tr("（四）下季度计划"), text.nextPlan}};
    for (const auto& [heading, body] : sections)
        html += QStringLiteral("<p><b>%1</b></p>").arg(heading) + paragraphs(body);

    const auto blank = [](const QString& value) {
        return value.isEmpty() ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;") : esc(value);
    };
    const QString date = text.reportDate.isValid() ? esc(text.reportDate.toString(tr("yyyy年M月d日")))
                                                   : tr("&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;月&nbsp;&nbsp;&nbsp;日");
    html += QStringLiteral("<br><table border='1' cellspacing='0' cellpadding='8' width='100%' style='border-collapse:collapse'>"
                           "<tr><td width='33%'>%1</td><td width='33%'>%2</td><td>%3</td></tr>"
                           "<tr><td>%4</td><td>%5</td><td rowspan='2' align='center' valign='middle' height='120'>"
                           "<br><br><br>%6<br><br></td></tr>"
                           "<tr><td colspan='2'>%7</td></tr></table>")
                .arg(labelled(tr("单位负责人"), blank(text.unitHead)), labelled(tr("审核人"), blank(text.reviewer)),
                     labelled(tr("填表人"), blank(text.preparer)), labelled(tr("联系电话"), blank(text.phone)),
                     labelled(tr("报出日期"), date), tr("（单位盖章）"), labelled(tr("填报单位"), esc(reportingUnit)));
    document.setHtml(html);
}

Result<int> QuarterlyReportDocument::writePdf(const QString& path, const ReportData& data, const ReportText& text,
                                              const Options& options)
{
    QTextDocument document;
    build(document, data, text, options);
    return PagedRenderer::writePdf(document, path, QPageLayout::Portrait, decoration(data, text));
}

} // namespace wushe::report
