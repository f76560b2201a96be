#pragma once

#include "Error.h"
#include "domain/OrgUnit.h"
#include "domain/ServiceUnit.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::org {

// What the overview page shows for one division: the division, its own service
// unit and staff, its children, and counts of what the database holds below it.
struct UnitOverview
{
    struct TierCount
    {
        ServiceTier tier;
        qint64 divisions = 0;   // divisions at the tier's level below the unit
        qint64 established = 0;
        qint64 standardized = 0;
    };
    struct RecordCount
    {
        QString label;
        qint64 count = 0;
    };

    OrgUnit unit;
    QString parentName;
    QList<std::pair<QString, int>> childrenByKind; // 街道 3, 镇 14 …
    qint64 urbanVillages = 0;                       // 社区 below the unit
    qint64 ruralVillages = 0;                       // 村 below the unit
    std::optional<ServiceUnit> serviceUnit;
    QList<StationStaff> activeStaff;
    QList<TierCount> tiers;
    QList<RecordCount> records;

    // Loads the overview of `code` as of `today`.
    static Result<UnitOverview> load(const QSqlDatabase& db, const QString& code, QDate today);
};

} // namespace wushe::org
