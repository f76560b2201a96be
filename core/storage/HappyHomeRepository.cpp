#include "storage/HappyHomeRepository.h"

#include "domain/Money.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<HappyHomeProject> kProjects{
    QStringLiteral("happy_home_project"),
    QStringLiteral("started_on, funds_raised_fen, funds_used_fen, status, note"),
    QStringLiteral("org_code"),
    [](const HappyHomeProject& p) {
        return QVariantMap{{QStringLiteral(":started_on"), dateValue(p.startedOn)},
                           {QStringLiteral(":funds_raised_fen"), p.fundsRaisedFen},
                           {QStringLiteral(":funds_used_fen"), p.fundsUsedFen},
                           {QStringLiteral(":status"), kHappyHomeStatuses.key(p.status)},
                           {QStringLiteral(":note"), p.note}};
    },
    [](const QSqlQuery& q, int i, HappyHomeProject& p) {
        p.startedOn = dateOf(q.value(i));
        p.fundsRaisedFen = q.value(i + 1).toLongLong();
        p.fundsUsedFen = q.value(i + 2).toLongLong();
        p.status = kHappyHomeStatuses.fromKey(q.value(i + 3).toString()).value_or(HappyHomeStatus::Running);
        p.note = q.value(i + 4).toString();
    }};

} // namespace

Result<void> HappyHomeRepository::validate(const HappyHomeProject& project) const
{
    auto org = requireOrg(m_db, project.meta.orgCode, QStringLiteral("happy_home.org"));
    if (!org)
        return std::unexpected(org.error());
    if (org->level != OrgLevel::Village) {
        return fail(QStringLiteral("happy_home.not_village"),
                    QCoreApplication::translate("HappyHomeRepository", "幸福家园村社互助工程只能建在村（社区），%1是%2")
                        .arg(org->name, kOrgLevels.label(org->level)));
    }
    if (!project.startedOn.isValid())
        return fail(QStringLiteral("happy_home.started_on"),
                    QCoreApplication::translate("HappyHomeRepository", "请填写启动日期"));
    if (project.startedOn > m_context.clock->today())
        return fail(QStringLiteral("happy_home.started_on"),
                    QCoreApplication::translate("HappyHomeRepository", "启动日期不能晚于今天"));
    if (project.fundsRaisedFen < 0 || project.fundsUsedFen < 0)
        return fail(QStringLiteral("happy_home.amount"),
                    QCoreApplication::translate("HappyHomeRepository", "金额不能为负数"));
    if (project.fundsUsedFen > project.fundsRaisedFen) {
        return fail(QStringLiteral("happy_home.overspent"),
                    QCoreApplication::translate("HappyHomeRepository", "已使用资金%1元不能超过筹集资金%2元")
                        .arg(formatYuan(project.fundsUsedFen), formatYuan(project.fundsRaisedFen)));
    }
    auto existing = forVillage(project.meta.orgCode);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->meta.id != project.meta.id) {
        return fail(QStringLiteral("happy_home.duplicate"),
                    QCoreApplication::translate("HappyHomeRepository", "%1已有幸福家园村社互助工程（%2启动）")
                        .arg(org->name, (*existing)->startedOn.toString(Qt::ISODate)));
    }
    return {};
}

Result<void> HappyHomeRepository::add(HappyHomeProject& project)
{
    if (auto ok = validate(project); !ok)
        return ok;
    return insertRow(m_db, m_context, kProjects, project);
}

Result<void> HappyHomeRepository::update(HappyHomeProject& project)
{
    if (auto ok = validate(project); !ok)
        return ok;
    return updateRow(m_db, m_context, kProjects, project);
}

Result<void> HappyHomeRepository::remove(HappyHomeProject& project)
{
    return tombstoneRow(m_db, m_context, kProjects, project);
}

Result<std::optional<HappyHomeProject>> HappyHomeRepository::find(const QString& id) const
{
    return findRow(m_db, kProjects, id);
}

Result<std::optional<HappyHomeProject>> HappyHomeRepository::forVillage(const QString& villageCode) const
{
    return firstRow(selectRows(m_db, kProjects, QStringLiteral("org_code = :org AND deleted = 0"),
                               {{QStringLiteral(":org"), villageCode}}));
}

Result<QList<HappyHomeProject>> HappyHomeRepository::under(const UnitPeriod& scope) const
{
    return listUnder(m_db, kProjects, scope, QStringLiteral("started_on"), QStringLiteral("started_on"));
}

} // namespace wushe::storage
