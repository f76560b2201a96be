#pragma once

#include "domain/Ledger.h"
#include "domain/ReliefHousehold.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wushe::demo {

// A resident worker of a township station, from the day they started.
struct StaffOnDuty
{
    QString name;
    QDate startOn;
};

// Who visits in a township: the station's staff (once it has some), the township's
// civil-affairs cadres (民政干部, there before any station was built) and volunteers.
struct TownshipTeam
{
    QList<StaffOnDuty> staff;
    QStringList cadres;
    QStringList volunteers;
};

// Who visits in a village or community: its cadres (村/社区干部), the children's
// director (儿童主任) and the party-member volunteers who pair with old people.
struct VillageTeam
{
    QString townshipCode;
    QStringList cadres;
    QString childDirector;
    QStringList pairingVolunteers;
};

struct DemoTeams
{
    QHash<QString, TownshipTeam> townships; // by township code
    QHash<QString, VillageTeam> villages;   // by village code
};

// A stored ledger record whose visit history the demo writes, with what the
// visit texts need to know about it.
struct VisitSubject
{
    Ledger ledger = Ledger::Elderly;
    QString id;
    QString orgCode; // the village/community
    QDate registeredOn;
    VisitInterval interval = VisitInterval::Quarter;
    quint32 categories = 0; // ElderlyCategory or ChildCategory bits
    RiskTier riskTier = RiskTier::General;
    QString helperName; // elderly: 结对帮扶人
    ReliefCategory reliefCategory = ReliefCategory::DibaoRural;
    ReliefStatus reliefStatus = ReliefStatus::Active;
};

} // namespace wushe::demo
