#pragma once

#include "Error.h"
#include "storage/WriteContext.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace wushe::quarterly {

struct PilotTownship
{
    QString code;
    QString name;
    QDate designatedOn;
};

// The pilot township (试点乡镇) of a pilot county, whose pilot must cover more than
// half of its communities (seed §四): the quarterly report flags it when it does not.
class PilotTownships
{
public:
    PilotTownships(QSqlDatabase db, storage::WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // A township of this database designated from `day`; designating it again is refused
    // (pilot.exists), as is anything but a township (pilot.level).
    Result<void> designate(const QString& townshipCode, QDate day);
    Result<QList<PilotTownship>> all() const;

private:
    QSqlDatabase m_db;
    storage::WriteContext m_context;
};

} // namespace wushe::quarterly
