#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class HappyHomeStatus { Preparing, Running, Suspended };

inline constexpr EnumTable<HappyHomeStatus, 3> kHappyHomeStatuses{
    "HappyHomeProject",
    {{{HappyHomeStatus::Preparing, "preparing", QT_TRANSLATE_NOOP("HappyHomeProject", "筹备中")},
      {HappyHomeStatus::Running, "running", QT_TRANSLATE_NOOP("HappyHomeProject", "运行中")},
      {HappyHomeStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("HappyHomeProject", "暂停")}}}};

// 幸福家园村社互助工程: one per village (meta.orgCode is the village).
struct HappyHomeProject
{
    RecordMeta meta;
    QDate startedOn;
    qint64 fundsRaisedFen = 0;
    qint64 fundsUsedFen = 0; // ≤ fundsRaisedFen
    HappyHomeStatus status = HappyHomeStatus::Running;
    QString note;
};

} // namespace wushe
