#pragma once

#include "Error.h"
#include "quarterly/ReportData.h"
#include "quarterly/ReportJson.h"
#include "quarterly/StoredReport.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::quarterly {

// Where a quarter's report stands on a day (the due/late/submitted list).
struct ScheduleRow
{
    enum class State { Open, Due, Late, OnTime, SubmittedLate };
    Quarter quarter;
    QDate dueDate;
    State state = State::Due;
    int revisions = 0;    // submitted revisions
    QDate firstReported;  // 报出日期 of the first submitted revision
    static QString stateLabel(State state);
};

// The reports a unit writes: draft → reviewed → submitted, frozen once submitted
// (figures and text as JSON with a SHA-256 digest), corrections as new revisions.
class ReportStore
{
public:
    ReportStore(QSqlDatabase db, storage::WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Every live revision of the unit's report for the quarter, oldest first.
    Result<QList<StoredReport>> revisions(const QString& unitCode, const Quarter& quarter) const;
    Result<std::optional<StoredReport>> latest(const QString& unitCode, const Quarter& quarter) const;

    // The revision being written: the latest one unless it is submitted (then the
    // error report.submitted: amend() it); revision 1 when there is none yet.
    Result<StoredReport> openDraft(const QString& unitCode, const Quarter& quarter, const ReportText& defaults = {});
    // Saves header and narrative; editing a reviewed report sends it back to draft.
    Result<void> saveText(StoredReport& report);
    // 草稿 → 已审核: the reviewer must be named.
    Result<void> markReviewed(StoredReport& report);
    // 已审核 → 已报送: freezes `data` and the text. Unit head, reviewer and
    // preparer must be named; the report date defaults to today.
    Result<SubmittedReport> submit(StoredReport& report, const ReportData& data);
    // A correction of a submitted report: a new draft revision with its text.
    Result<StoredReport> amend(const QString& unitCode, const Quarter& quarter);

    // Quarters `from`..`to` of the unit: open (not ended), due, late, submitted on
    // time or late (by the first submission's 报出日期 against the due date).
    Result<QList<ScheduleRow>> schedule(const QString& unitCode, const Quarter& from, const Quarter& to, QDate today) const;

    // An imported package (city side), already checked by Rollup.
    Result<void> insertImported(const SubmittedReport& report, const QByteArray& content, const QString& digest);

private:
    Result<void> insert(StoredReport& report);
    // Writes the text with a new status; a null reviewedAt clears it.
    Result<void> writeText(StoredReport& report, ReportStatus status, const QString& reviewedAt);
    QSqlDatabase m_db;
    storage::WriteContext m_context;
};

} // namespace wushe::quarterly
