#pragma once

#include "Error.h"
#include "quarterly/ReportData.h"
#include "quarterly/ReportPackage.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

namespace wushe::quarterly {

// One county's standing in the city's view of a quarter.
struct MemberStatus
{
    enum class State { OnTime, Late, Missing, MissingLate };
    QString code;
    QString name;
    State state = State::Missing;
    int revision = 0;   // latest imported revision, 0 = none
    int revisions = 0;  // imported revisions
    QDate reportDate;   // 报出日期 of the first revision
    static QString stateLabel(State state);
};

// The city side (or the province over its cities): imports its members'
// packages, keeps every revision, shows who reported, and adds up the latest
// submitted revision of each member into the city's figures.
class Rollup
{
public:
    Rollup(QSqlDatabase db, storage::WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Refuses a damaged package (package.damaged), one from a unit that is not a
    // member of this database's jurisdiction (package.foreign), one already
    // imported (package.duplicate) and a different package with the same
    // revision number (package.conflict). Returns what was imported.
    Result<ReportPackage> importPackage(const QString& path);

    Result<QList<MemberStatus>> completeness(const Quarter& quarter, QDate today) const;

    // The city's figures: every figure summed over the members' latest
    // revisions (ratios recomputed), broken down per member; members that have
    // not reported are flagged.
    Result<ReportData> report(const Quarter& quarter) const;

private:
    struct Member
    {
        QString code;
        QString name;
    };
    Result<QList<Member>> members() const;
    QSqlDatabase m_db;
    storage::WriteContext m_context;
};

} // namespace wushe::quarterly
