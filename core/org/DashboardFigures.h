#pragma once

#include "Error.h"
#include "domain/Ledger.h"
#include "domain/ServiceActivity.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace wushe::org {

// The figures of the 数据看板 for one division on a day, each from SQL aggregates
// (and the station-standard and organization-target rules).
struct DashboardFigures
{
    // Community organizations of one division below the unit (or the village itself)
    // against the sum of its communities' targets (urban 10, rural 5).
    struct OrgBar
    {
        QString code;
        QString name;
        int organizations = 0; // active, founded by the day
        int target = 0;
        int communities = 0;
        int communitiesMet = 0; // meeting both the count and the > 50 % rule
    };
    struct DomainCount
    {
        ServiceDomain domain;
        qint64 activities = 0;
    };
    struct MonthMinutes
    {
        QDate month; // first day of the month
        qint64 minutes = 0;
    };
    struct VisitBar
    {
        Ledger ledger;
        qint64 due = 0;  // records due or overdue on the day
        qint64 done = 0; // visits recorded this quarter up to the day
    };

    QString code;
    QDate day;
    QDate quarterFrom; // first day of the day's calendar quarter
    int stationsStandardized = 0;
    int stationsNotStandardized = 0;
    QList<OrgBar> organizations;
    QList<DomainCount> activitiesByDomain;    // all 8 domains, this quarter up to the day
    QList<MonthMinutes> volunteerMinutes;     // the 12 months ending with the day's month
    QList<VisitBar> visits;                   // the three ledgers

    static constexpr int kMonths = 12;
    static QDate quarterStart(QDate day);
    static Result<DashboardFigures> load(const QSqlDatabase& db, const QString& code, QDate day);
};

} // namespace wushe::org
