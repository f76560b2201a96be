#pragma once

#include "Error.h"
#include "demo/ChineseNames.h"
#include "demo/DemoTeams.h"
#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "domain/OrgUnit.h"
#include "domain/ReliefHousehold.h"
#include "storage/WriteContext.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>

namespace wushe::demo {

// Rows the ledger demo stored, per table.
struct LedgerCounts
{
    qint64 persons = 0;
    qint64 elderly = 0;
    qint64 children = 0;
    qint64 households = 0;
    qint64 members = 0;
};

// The three person ledgers of a demo database: old people, children and relief
// households spread over the villages/communities in proportion, with the
// categories, family situations and overlaps (one person in two ledgers) of a
// real county. Planned in memory from the seeded generator, then stored through
// the repositories (so every row passes the ledger rules) in the caller's
// transaction.
class DemoLedgers
{
public:
    // Per village at scale 1: a tenth of 大荔县's ledgers (2,000 old people,
    // 800 children, 1,000 relief households over its 301 villages).
    static constexpr double kElderlyPerVillage = 2000.0 / 301.0;
    static constexpr double kChildrenPerVillage = 800.0 / 301.0;
    static constexpr double kHouseholdsPerVillage = 1000.0 / 301.0;

    DemoLedgers(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random,
                ChineseNames& people, int scale, int years);
    ~DemoLedgers();
    DemoLedgers(const DemoLedgers&) = delete;
    DemoLedgers& operator=(const DemoLedgers&) = delete;

    // `units`: every division of the database; `teams` gets the village teams
    // (township teams come from the stations already made).
    Result<LedgerCounts> generate(const QList<OrgUnit>& units, DemoTeams& teams);
    // The stored records, village by village, for the visit history.
    const QList<VisitSubject>& subjects() const { return m_subjects; }

private:
    struct Village;
    struct ElderlyPlan;
    struct ChildPlan;

    void planVillageTeam(Village& village, DemoTeams& teams);
    ElderlyPlan planElderly(const Village& village);
    ChildPlan planChild(Village& village);
    void planChildGuardian(Village& village, ChildPlan& plan);
    void planLinkedHouseholds(Village& village);
    ReliefHousehold planHousehold(Village& village, ReliefCategory category);
    void finishHousehold(ReliefHousehold& household, const Village& village);
    Result<void> store(Village& village);

    // Helpers on the seeded generator.
    bool chance(double p);
    int between(int low, int high); // inclusive
    QDate registrationDate(QDate earliest, bool withinAYear);
    QDate birthForAge(int age);
    static QDate birthday(QDate birth, int years);
    Person newPerson(const Village& village, Sex sex, int age, const QString& name, int phonePercent);
    QString uniqueIdNumber(const QString& region, QDate birth, Sex sex);
    QString farWorkplace(bool withProvince);
    QString nearWorkplace(const Village& village);

    QSqlDatabase m_db;
    storage::WriteContext m_context;
    QRandomGenerator& m_random;
    ChineseNames& m_people;
    int m_scale = 1;
    QDate m_today;
    QDate m_windowStart; // visit history and registrations start here
    QSet<QString> m_usedIdNumbers;
    QList<VisitSubject> m_subjects;
    LedgerCounts m_counts;
};

} // namespace wushe::demo
