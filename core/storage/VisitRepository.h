#pragma once

#include "Error.h"
#include "domain/Visit.h"
#include "storage/WriteContext.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// Visits (探访), household checks (入户核查) and reviews (复核) of ledger records.
// Writes expect the caller's transaction (storage::inTransaction).
class VisitRepository
{
public:
    VisitRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Visits dated before this are refused as typing errors; later late entries are fine.
    static QDate earliestVisitDate() { return QDate(2000, 1, 1); }

    // The subject must be a live record of visit.ledger; visit.meta.orgCode is taken
    // from it. The date is not in the future nor before earliestVisitDate() (it may
    // be before the record was registered: history is often entered late). At least
    // one visitor, names not repeated (blank rows are dropped). A household check
    // (入户核查) needs two investigators or more; checks and reviews are for the
    // relief ledger only.
    Result<void> add(Visit& visit);
    // Same checks as add(); the visit may be moved to another subject.
    Result<void> update(Visit& visit);
    Result<void> remove(Visit& visit); // tombstone

    Result<std::optional<Visit>> find(const QString& id) const;
    // Live visits of one record, newest first (same day: last entered first).
    Result<QList<Visit>> history(const QString& subjectId) const;
    // The newest live visit on or before `onOrBefore`, if any.
    Result<std::optional<Visit>> lastVisit(const QString& subjectId, QDate onOrBefore) const;

    // The `visitors` column: a JSON array of {"name": ..., "role": kVisitorRoles key}.
    static QString visitorsToJson(const QList<Visitor>& visitors);
    static Result<QList<Visitor>> visitorsFromJson(const QString& json);

private:
    Result<void> check(Visit& visit) const;
    Result<QList<Visit>> select(const QString& where, const QVariantMap& binds, const QString& tail) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
