#pragma once

#include "domain/Person.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

// A volunteer team; meta.orgCode is the division it belongs to.
struct VolunteerTeam
{
    RecordMeta meta;
    QString name;
    QString leaderName;
    QString phone;
    QDate foundedOn;
    QString note;
};

// A registered volunteer; the person is shared with the ledgers.
// meta.orgCode is the division that registered the volunteer.
struct Volunteer
{
    RecordMeta meta;
    Person person;
    QString teamId; // empty: not in a team
    QString volunteerNo;
    QString skills;
    QDate registeredOn;
};

// 志愿服务记录: minutes of service on a day (integer minutes: 1.5 h = 90).
struct VolunteerService
{
    RecordMeta meta;
    QString volunteerId;
    QDate servedOn;
    int minutes = 0;
    QString content;
    QString activityId;          // empty when not part of a recorded activity
    bool withSocialWorker = false; // 社工+志愿者 joint work
};

} // namespace wushe
