#include "UnitOverviewPage.h"

#include "rules/PhoneNumber.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wushe::ui {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList& cells, const QString& tag = QStringLiteral("td"))
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

QString yesNo(bool value)
{
    return value ? UnitOverviewPage::tr("是") : UnitOverviewPage::tr("否");
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1);
}

} // namespace

UnitOverviewPage::UnitOverviewPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QTextBrowser(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_body->setObjectName(QStringLiteral("overviewBody"));
    m_body->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
}

void UnitOverviewPage::showOverview(const org::UnitOverview& overview, const QString& path)
{
    m_title->setText(overview.unit.name);
    m_body->setHtml(toHtml(overview, path));
}

void UnitOverviewPage::showError(const QString& message)
{
    m_title->setText(tr("无法显示"));
    m_body->setPlainText(message);
}

QString UnitOverviewPage::text() const
{
    return m_title->text() + u'\n' + m_body->toPlainText();
}

QString UnitOverviewPage::toHtml(const org::UnitOverview& overview, const QString& path)
{
    const OrgUnit& unit = overview.unit;
    QString html = QStringLiteral(
        "<style>table{border-collapse:collapse;margin-bottom:8px} td,th{border:1px solid #b8c4d0;padding:3px 8px}"
        " th{background:#e8eef5;text-align:left} h3{margin-top:14px;margin-bottom:4px;color:#1f4e79}"
        " .warn{color:#b00020;font-weight:bold} .muted{color:#666}</style>");
    html += QStringLiteral("<p class='muted'>%1 · %2</p>").arg(escaped(path), unit.code);

    html += QStringLiteral("<table>");
    html += row({tr("级别"), escaped(kOrgLevels.label(unit.level))});
    html += row({tr("类别"), escaped(unit.kind)});
    if (unit.level == OrgLevel::Township || unit.level == OrgLevel::Village)
        html += row({tr("城乡属性"), escaped(kAreaTypes.label(unit.areaType))});
    if (unit.level == OrgLevel::County)
        html += row({tr("“五社联动”省级试点县"), yesNo(unit.pilotCounty)});
    if (!overview.parentName.isEmpty())
        html += row({tr("上级"), escaped(overview.parentName)});
    if (!overview.childrenByKind.isEmpty()) {
        QStringList parts;
        for (const auto& [kind, count] : overview.childrenByKind)
            parts << tr("%1 %2 个").arg(escaped(kind)).arg(count);
        html += row({tr("下辖"), parts.join(QStringLiteral("，"))});
    }
    // A township's children are its villages: the 下辖 line already says it.
    if (unit.level != OrgLevel::Village && unit.level != OrgLevel::Township)
        html += row({tr("村（社区）"), tr("社区 %1 个，村 %2 个").arg(overview.urbanVillages).arg(overview.ruralVillages)});
    html += QStringLiteral("</table>");

    if (const auto tier = tierOfOrgLevel(unit.level)) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(kServiceTiers.label(*tier)));
        if (!overview.serviceUnit) {
            html += QStringLiteral("<p class='warn'>%1</p>").arg(tr("尚未建立"));
        } else {
            const ServiceUnit& service = *overview.serviceUnit;
            html += QStringLiteral("<table>");
            html += row({tr("名称"), escaped(service.name)});
            html += row({tr("成立日期"), service.establishedOn.isValid() ? service.establishedOn.toString(Qt::ISODate)
                                                                          : tr("未填")});
            html += row({tr("地址"), escaped(service.address)});
            html += row({tr("电话"), escaped(service.phone)});
            html += row({tr("制度健全"), yesNo(service.rulesInPlace)});
            html += row({tr("规范建设"), yesNo(service.standardized)});
            html += QStringLiteral("</table>");
            if (service.tier == ServiceTier::TownshipStation || service.tier == ServiceTier::CountyStation) {
                html += QStringLiteral("<p>%1</p>").arg(tr("在岗驻站人员 %1 人").arg(overview.activeStaff.size()));
                if (service.tier == ServiceTier::TownshipStation && overview.activeStaff.size() < 3)
                    html += QStringLiteral("<p class='warn'>%1</p>").arg(tr("驻站人员不足3人"));
                if (!overview.activeStaff.isEmpty()) {
                    html += QStringLiteral("<table>") + row({tr("姓名"), tr("岗位"), tr("电话"), tr("到岗日期")}, QStringLiteral("th"));
                    for (const StationStaff& member : overview.activeStaff)
                        html += row({escaped(member.name), escaped(kStaffPosts.label(member.post)),
                                     escaped(rules::maskPhoneNumber(member.phone)), member.startOn.toString(Qt::ISODate)});
                    html += QStringLiteral("</table>");
                }
            }
        }
    }

    if (!overview.tiers.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("四级社会工作服务体系（本级及以下）"));
        html += QStringLiteral("<table>")
                + row({tr("层级"), tr("应建"), tr("已建"), tr("建成率"), tr("规范建设")}, QStringLiteral("th"));
        for (const auto& tier : overview.tiers)
            html += row({escaped(kServiceTiers.label(tier.tier)), QString::number(tier.divisions),
                         QString::number(tier.established), percent(tier.established, tier.divisions),
                         QString::number(tier.standardized)});
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("本数据库中的记录（本级及以下）"));
    for (const auto& record : overview.records)
        html += row({escaped(record.label), QString::number(record.count)});
    html += QStringLiteral("</table>");
    return html;
}

} // namespace wushe::ui
