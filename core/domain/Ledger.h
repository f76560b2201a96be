#pragma once

#include "domain/EnumTable.h"

namespace wushe {

// The three person ledgers (台账).
enum class Ledger { Elderly, Child, Relief };

inline constexpr EnumTable<Ledger, 3> kLedgers{
    "Ledger", {{{Ledger::Elderly, "elderly", QT_TRANSLATE_NOOP("Ledger", "老年人台账")},
                {Ledger::Child, "child", QT_TRANSLATE_NOOP("Ledger", "儿童台账")},
                {Ledger::Relief, "relief", QT_TRANSLATE_NOOP("Ledger", "社会救助台账")}}}};

// Visit frequency tier (内蒙古 2022: 高风险 weekly, 重点 monthly, 一般 quarterly).
enum class RiskTier { High, Key, General };

inline constexpr EnumTable<RiskTier, 3> kRiskTiers{
    "Ledger", {{{RiskTier::High, "high", QT_TRANSLATE_NOOP("Ledger", "高风险")},
                {RiskTier::Key, "key", QT_TRANSLATE_NOOP("Ledger", "重点")},
                {RiskTier::General, "general", QT_TRANSLATE_NOOP("Ledger", "一般")}}}};

enum class VisitInterval { Week, Month, Quarter, HalfYear, Year };

inline constexpr EnumTable<VisitInterval, 5> kVisitIntervals{
    "Ledger", {{{VisitInterval::Week, "week", QT_TRANSLATE_NOOP("Ledger", "每周")},
                {VisitInterval::Month, "month", QT_TRANSLATE_NOOP("Ledger", "每月")},
                {VisitInterval::Quarter, "quarter", QT_TRANSLATE_NOOP("Ledger", "每季度")},
                {VisitInterval::HalfYear, "half_year", QT_TRANSLATE_NOOP("Ledger", "每半年")},
                {VisitInterval::Year, "year", QT_TRANSLATE_NOOP("Ledger", "每年")}}}};

} // namespace wushe
