#pragma once

#include "Error.h"
#include "demo/ChineseNames.h"
#include "demo/DemoTeams.h"
#include "domain/Visit.h"
#include "storage/WriteContext.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace wushe::demo {

// How the visit rows are written. Both write the same rows; the repository checks
// every visit again (its subject, date and visitors) and costs ~10x the time.
enum class VisitWriter
{
    Statement,
    Repository
};

// The visit history of the demo ledgers: from each record's registration to today,
// at its interval (rules::visitInterval) with 85–95 % of the visits on time, so a
// few records are overdue today. Relief households get a household check (入户核查,
// two investigators) and a review (复核) every review cycle. Visitors are the
// township station's staff on the day (the township's civil-affairs cadres before
// the station had any), village cadres, children's directors and volunteers.
class DemoVisits
{
public:
    DemoVisits(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random, ChineseNames& people,
               int years, VisitWriter writer);
    ~DemoVisits();
    DemoVisits(const DemoVisits&) = delete;
    DemoVisits& operator=(const DemoVisits&) = delete;

    // Writes in the caller's transaction; returns the number of visits written.
    Result<qint64> write(const QList<VisitSubject>& subjects, const DemoTeams& teams);

private:
    struct Event;

    void schedule(const VisitSubject& subject, QList<Event>& events);
    Result<void> compose(const VisitSubject& subject, const Event& event, bool last,
                         const TownshipTeam& township, const VillageTeam& village);
    Result<void> insert(Visit& visit);
    const QString& visitorsJson(const QList<Visitor>& visitors);

    bool chance(double p);
    int between(int low, int high); // inclusive
    Visitor townshipWorker(const TownshipTeam& township, QDate on);

    QSqlDatabase m_db;
    storage::WriteContext m_context;
    QRandomGenerator& m_random;
    ChineseNames& m_people;
    QDate m_today;
    QDate m_windowStart;
    VisitWriter m_writer;
    std::optional<QSqlQuery> m_insert; // VisitWriter::Statement: prepared once
    RecordMeta m_stamp;
    QHash<QString, QString> m_visitorsJson;
    qint64 m_written = 0;
};

} // namespace wushe::demo
