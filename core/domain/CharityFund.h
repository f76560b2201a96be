#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class FundKind { CommunityFoundation, CharityFund, VillageFund };

inline constexpr EnumTable<FundKind, 3> kFundKinds{
    "CharityFund",
    {{{FundKind::CommunityFoundation, "community_foundation", QT_TRANSLATE_NOOP("CharityFund", "社区基金会")},
      {FundKind::CharityFund, "charity_fund", QT_TRANSLATE_NOOP("CharityFund", "慈善基金")},
      {FundKind::VillageFund, "village_fund", QT_TRANSLATE_NOOP("CharityFund", "村级互助金")}}}};

// 慈善基金 / 社区基金会 held by a division (meta.orgCode). Amounts in fen.
struct CharityFund
{
    RecordMeta meta;
    QString name;
    FundKind kind = FundKind::CharityFund;
    QDate establishedOn;
    qint64 initialAmountFen = 0;
    QString manager;
    QString note;
};

enum class FlowDirection { In, Out };

inline constexpr EnumTable<FlowDirection, 2> kFlowDirections{
    "CharityFund",
    {{{FlowDirection::In, "in", QT_TRANSLATE_NOOP("CharityFund", "收入")},
      {FlowDirection::Out, "out", QT_TRANSLATE_NOOP("CharityFund", "支出")}}}};

// Money into or out of a fund; meta.orgCode is the fund's.
struct FundFlow
{
    RecordMeta meta;
    QString fundId;
    QDate flowedOn;
    FlowDirection direction = FlowDirection::In;
    qint64 amountFen = 0; // > 0
    QString purpose;
};

// 募捐项目.
struct FundraisingProject
{
    RecordMeta meta;
    QString name;
    QString organizer;
    QDate startsOn;
    QDate endsOn; // null while open-ended
    qint64 targetFen = 0;
    qint64 raisedFen = 0;
};

} // namespace wushe
