#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class SupermarketStatus { Open, Suspended, Closed };

inline constexpr EnumTable<SupermarketStatus, 3> kSupermarketStatuses{
    "CharitySupermarket",
    {{{SupermarketStatus::Open, "open", QT_TRANSLATE_NOOP("CharitySupermarket", "运营中")},
      {SupermarketStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("CharitySupermarket", "暂停营业")},
      {SupermarketStatus::Closed, "closed", QT_TRANSLATE_NOOP("CharitySupermarket", "已关闭")}}}};

// 慈善超市.
struct CharitySupermarket
{
    RecordMeta meta;
    QString name;
    QDate openedOn;
    QString address;
    QString operatorName; // 运营方
    SupermarketStatus status = SupermarketStatus::Open;
};

} // namespace wushe
