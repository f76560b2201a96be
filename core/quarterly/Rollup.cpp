#include "quarterly/Rollup.h"

#include "quarterly/FigureDef.h"
#include "quarterly/QuarterlyReport.h"
#include "quarterly/ReportStore.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace wushe::quarterly {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Rollup", text);
}

} // namespace

QString MemberStatus::stateLabel(State state)
{
    switch (state) {
    case State::OnTime: return tr("按时报送");
    case State::Late: return tr("逾期报送");
    case State::Missing: return tr("未报送");
    case State::MissingLate: return tr("逾期未报");
    }
    return {};
}

Result<QList<Rollup::Member>> Rollup::members() const
{
    storage::OrgUnitRepository units(m_db);
    auto root = units.jurisdiction();
    if (!root)
        return std::unexpected(root.error());
    if (root->level != OrgLevel::City && root->level != OrgLevel::Province)
        return fail(QStringLiteral("rollup.level"), tr("只有市级（或省级）数据库汇总下级报送的数据"));
    auto children = units.children(root->code);
    if (!children)
        return std::unexpected(children.error());
    QList<Member> members;
    for (const OrgUnit& child : *children)
        members << Member{child.code, child.name};
    return members;
}

Result<ReportPackage> Rollup::importPackage(const QString& path)
{
    auto package = ReportPackage::read(path);
    if (!package)
        return std::unexpected(package.error());
    auto all = members();
    if (!all)
        return std::unexpected(all.error());
    const QString unit = package->report.data.unitCode;
    const bool member = std::any_of(all->cbegin(), all->cend(), [&](const Member& m) { return m.code == unit; });
    if (!member)
        return fail(QStringLiteral("package.foreign"),
                    tr("%1（%2）不是本辖区的下级单位，数据包不能导入").arg(package->report.data.unitName, unit));
    if (package->report.submittedAt.isEmpty())
        return fail(QStringLiteral("package.format"), tr("数据包缺少报送时间"));
    // Inside the caller's operation (ops::Operations::importReportPackage).
    ReportStore store(m_db, m_context);
    auto existing = store.revisions(unit, package->report.data.quarter);
    if (!existing)
        return std::unexpected(existing.error());
    for (const StoredReport& stored : *existing) {
        if (stored.digest == package->digest)
            return fail(QStringLiteral("package.duplicate"),
                        tr("%1%2第%3版已经导入过").arg(package->report.data.unitName, package->report.data.quarter.label())
                            .arg(stored.revision));
        if (stored.revision == package->report.revision)
            return fail(QStringLiteral("package.conflict"),
                        tr("%1%2第%3版已导入另一份内容不同的数据包").arg(package->report.data.unitName,
                                                                        package->report.data.quarter.label())
                            .arg(stored.revision));
    }
    if (auto ok = store.insertImported(package->report, package->content, package->digest); !ok)
        return std::unexpected(ok.error());
    return *package;
}

Result<QList<MemberStatus>> Rollup::completeness(const Quarter& quarter, QDate today) const
{
    auto all = members();
    if (!all)
        return std::unexpected(all.error());
    ReportStore store(m_db, m_context);
    QList<MemberStatus> rows;
    for (const Member& member : *all) {
        auto revisions = store.revisions(member.code, quarter);
        if (!revisions)
            return std::unexpected(revisions.error());
        MemberStatus row;
        row.code = member.code;
        row.name = member.name;
        for (const StoredReport& stored : *revisions) {
            if (stored.status != ReportStatus::Submitted)
                continue;
            ++row.revisions;
            row.revision = qMax(row.revision, stored.revision);
            if (!row.reportDate.isValid() || (stored.text.reportDate.isValid() && stored.text.reportDate < row.reportDate))
                row.reportDate = stored.text.reportDate;
        }
        if (row.revisions > 0)
            row.state = row.reportDate.isValid() && row.reportDate <= quarter.dueDate() ? MemberStatus::State::OnTime
                                                                                       : MemberStatus::State::Late;
        else
            row.state = today > quarter.dueDate() ? MemberStatus::State::MissingLate : MemberStatus::State::Missing;
        rows << row;
    }
    return rows;
}

Result<ReportData> Rollup::report(const Quarter& quarter) const
{
    auto all = members();
    if (!all)
        return std::unexpected(all.error());
    auto root = storage::OrgUnitRepository(m_db).jurisdiction();
    if (!root)
        return std::unexpected(root.error());
    ReportData data;
    data.unitCode = root->code;
    data.unitName = root->name;
    data.quarter = quarter;
    // Figures in the catalog's order, whatever order the packages list them in.
    for (const FigureDef& def : figureCatalog())
        data.figures << def.blank();
    ReportStore store(m_db, m_context);
    for (const Member& member : *all) {
        data.breakdownUnits.append({member.code, member.name});
        auto latest = store.latest(member.code, quarter);
        if (!latest)
            return std::unexpected(latest.error());
        if (!*latest || (*latest)->status != ReportStatus::Submitted) {
            data.flags << Flag{QStringLiteral("rollup.missing"), member.code, member.name, tr("本季度数据未报送")};
            continue;
        }
        auto submitted = ReportJson::fromJson(QJsonDocument::fromJson((*latest)->content).object());
        if (!submitted)
            return std::unexpected(submitted.error());
        auto revisions = store.revisions(member.code, quarter);
        if (!revisions)
            return std::unexpected(revisions.error());
        const QDate first = revisions->first().text.reportDate;
        if (first.isValid() && first > quarter.dueDate())
            data.flags << Flag{QStringLiteral("rollup.late"), member.code, member.name,
                               tr("逾期报送（报出日期%1，截止%2）")
                                   .arg(first.toString(Qt::ISODate), quarter.dueDate().toString(Qt::ISODate))};
        for (const Figure& part : submitted->data.figures) {
            Figure* figure = data.find(part.key);
            if (!figure)
                continue; // a figure this version does not know
            figure->thisQuarter += part.thisQuarter;
            figure->lastQuarter += part.lastQuarter;
            figure->byUnit[member.code] += part.thisQuarter;
        }
        int belowTarget = 0;
        for (const Flag& flag : submitted->data.flags) {
            if (flag.key == u"orgs.below_target")
                ++belowTarget;
            else if (flag.unitCode == member.code)
                data.flags << flag; // the county itself: its name already says which
            else
                data.flags << Flag{flag.key, flag.unitCode, member.name + QStringLiteral(" ") + flag.unitName, flag.message};
        }
        if (belowTarget > 0)
            data.flags << Flag{QStringLiteral("orgs.below_target"), member.code, member.name,
                               tr("社会组织未达标的村（社区）%1个").arg(belowTarget)};
    }
    QuarterlyReport::fillRatios(data);
    return data;
}

} // namespace wushe::quarterly
