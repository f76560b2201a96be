#include "storage/StationStandardFacts.h"

#include "domain/OrgUnit.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::storage {

Result<rules::StationFacts> StationStandardFacts::read(const QSqlDatabase& db, const QString& serviceUnitId, QDate day)
{
    if (!day.isValid())
        return fail(QStringLiteral("station_standard.day"), QCoreApplication::translate("StationStandard", "请指定日期"));
    QSqlQuery unit(db);
    if (auto ok = prepare(unit, QStringLiteral("SELECT org_code, tier, rules_in_place FROM service_unit "
                                               "WHERE id = :id AND deleted = 0"));
        !ok)
        return std::unexpected(ok.error());
    unit.bindValue(QStringLiteral(":id"), serviceUnitId);
    if (auto ok = exec(unit, QStringLiteral("select service_unit")); !ok)
        return std::unexpected(ok.error());
    if (!unit.next())
        return fail(QStringLiteral("station_standard.unit"), QCoreApplication::translate("StationStandard", "站点不存在"));
    const QString orgCode = unit.value(0).toString();
    rules::StationFacts facts;
    facts.tier = ServiceTier(unit.value(1).toInt());
    facts.rulesInPlace = unit.value(2).toInt() != 0;
    if (!rules::StationStandard::appliesTo(facts.tier))
        return facts;

    // One statement for the rest: the staff count, then per required kind whether it
    // was recorded — two index lookups (by station, by township range) rather than
    // one OR scan.
    const QList<ActivityKind>& kinds = rules::StationStandard::requiredActivities();
    QString sql = QStringLiteral("SELECT (SELECT count(*) FROM station_staff WHERE service_unit_id = :unit "
                                 "AND deleted = 0 AND start_on <= :day AND (end_on IS NULL OR end_on >= :day))");
    for (qsizetype i = 0; i < kinds.size(); ++i)
        sql += QStringLiteral(", EXISTS (SELECT 1 FROM service_activity WHERE service_unit_id = :unit AND deleted = 0 "
                              "AND held_on BETWEEN :from AND :day AND kind = :kind%1) "
                              "OR EXISTS (SELECT 1 FROM service_activity WHERE org_code BETWEEN :low AND :high "
                              "AND deleted = 0 AND held_on BETWEEN :from AND :day AND kind = :kind%1)")
                   .arg(i);
    const CodeRange township = subtreeRange(orgCode, OrgLevel::Township);
    QSqlQuery work(db);
    if (auto ok = prepare(work, sql); !ok)
        return std::unexpected(ok.error());
    work.bindValue(QStringLiteral(":unit"), serviceUnitId);
    work.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    work.bindValue(QStringLiteral(":from"), rules::StationStandard::windowFrom(day).toString(Qt::ISODate));
    work.bindValue(QStringLiteral(":low"), township.low);
    work.bindValue(QStringLiteral(":high"), township.high);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        work.bindValue(QStringLiteral(":kind%1").arg(i), kActivityKinds.key(kinds.at(i)));
    if (auto ok = exec(work, QStringLiteral("select station work")); !ok)
        return std::unexpected(ok.error());
    if (!work.next())
        return fail(QStringLiteral("db.sql"), QStringLiteral("station work: no row"));
    facts.staffOnDuty = work.value(0).toInt();
    for (qsizetype i = 0; i < kinds.size(); ++i)
        if (work.value(int(i) + 1).toInt() != 0)
            facts.activitiesHeld << kinds.at(i);
    return facts;
}

Result<rules::StationStandardResult> StationStandardFacts::evaluate(const QSqlDatabase& db, const QString& serviceUnitId,
                                                                    QDate day)
{
    auto facts = read(db, serviceUnitId, day);
    if (!facts)
        return std::unexpected(facts.error());
    return rules::StationStandard::evaluate(*facts, day);
}

} // namespace wushe::storage
