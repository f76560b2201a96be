#pragma once

#include "Error.h"
#include "demo/ChineseNames.h"
#include "domain/OrgUnit.h"
#include "storage/WriteContext.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>

namespace wushe::demo {

// Rows the registry demo stored, per table, in the order the CLI prints them.
struct RegistryCounts
{
    qint64 persons = 0; // new person rows (social workers, volunteers not yet in a ledger)
    QList<std::pair<QString, qint64>> rowsPerTable;
};

// The registries of the five societies for a demo database, made after the
// service units and the ledgers (in the caller's transaction) through the
// repositories, at the proportions of a real county at scale 1 (a tenth of
// 大荔县, domain.md §7), everything multiplied by `scale`:
//  - social workers: every station's resident staff (same ID number: one
//    person) plus one community worker per community room;
//  - ~100 community social organizations, concentrated in a pilot township
//    whose communities are near their targets; the rest are scattered;
//  - ~500 volunteers in township and village teams (a tenth are people already
//    in a ledger), with service records;
//  - 3–6 activities per township station per month and about one every two
//    months per community room, over the history window, with participants,
//    served ledger persons, volunteer service and money;
//  - trainings each quarter: one city-level, two county-level, one per
//    township station, with trainees.
class DemoRegistry
{
public:
    DemoRegistry(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random, ChineseNames& people,
                 int scale, int years, QString jurisdictionPath);
    ~DemoRegistry();
    DemoRegistry(const DemoRegistry&) = delete;
    DemoRegistry& operator=(const DemoRegistry&) = delete;

    // `units`: every division of the database. `jurisdictionPath` is the meta
    // value ("陕西省 渭南市 大荔县"): organizers are named after the city and county.
    Result<RegistryCounts> generate(const QList<OrgUnit>& units);

private:
    struct Plan;

    Result<void> loadExisting(Plan& plan);
    Result<void> socialWorkers(Plan& plan);
    Result<void> communityOrgs(Plan& plan);
    Result<void> volunteers(Plan& plan);
    Result<void> activities(Plan& plan);
    Result<void> trainings(Plan& plan);

    bool chance(double p);
    int between(int low, int high); // inclusive
    QString freshIdNumber(const QString& region, QDate birth, rules::Sex sex);
    QDate birthForAge(int low, int high);

    QSqlDatabase m_db;
    storage::WriteContext m_context;
    QRandomGenerator& m_random;
    ChineseNames& m_people;
    int m_scale = 1;
    QDate m_today;
    QDate m_windowStart;
    QString m_cityName;   // 渭南市
    QString m_countyName; // 大荔县
    QSet<QString> m_usedIdNumbers;
    QHash<QString, qint64> m_rows;
    qint64 m_newPersons = 0;
};

} // namespace wushe::demo
