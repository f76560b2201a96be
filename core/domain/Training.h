#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>
#include <QList>

namespace wushe {

// 三级培训: who held the training.
enum class TrainingLevel { City, County, Township };

inline constexpr EnumTable<TrainingLevel, 3> kTrainingLevels{
    "Training",
    {{{TrainingLevel::City, "city", QT_TRANSLATE_NOOP("Training", "市级")},
      {TrainingLevel::County, "county", QT_TRANSLATE_NOOP("Training", "县级")},
      {TrainingLevel::Township, "township", QT_TRANSLATE_NOOP("Training", "乡镇级")}}}};

enum class TraineeRole { Staff, SocialWorker, CommunityWorker, Volunteer };

inline constexpr EnumTable<TraineeRole, 4> kTraineeRoles{
    "Training",
    {{{TraineeRole::Staff, "staff", QT_TRANSLATE_NOOP("Training", "工作人员")},
      {TraineeRole::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("Training", "社会工作者")},
      {TraineeRole::CommunityWorker, "community_worker", QT_TRANSLATE_NOOP("Training", "社区工作者")},
      {TraineeRole::Volunteer, "volunteer", QT_TRANSLATE_NOOP("Training", "志愿者")}}}};

struct Trainee
{
    QString personId;
    TraineeRole role = TraineeRole::SocialWorker;

    bool operator==(const Trainee&) const = default;
};

// A training session; meta.orgCode is the division that held it. Length in
// minutes (1.5 h = 90): integer, no rounding of tenths.
struct Training
{
    RecordMeta meta;
    TrainingLevel level = TrainingLevel::County;
    QDate heldOn;
    QString topic;
    int minutes = 0;
    QString organizer;
    QList<Trainee> trainees;
};

} // namespace wushe
