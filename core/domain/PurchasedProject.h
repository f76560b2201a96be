#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>
#include <QList>

namespace wushe {

// 政府购买服务项目.
struct PurchasedProject
{
    RecordMeta meta;
    QString name;
    QString buyer;      // e.g. 大荔县民政局
    QString contractor; // 承接机构
    qint64 contractAmountFen = 0;
    QDate startsOn;
    QDate endsOn;
    QString domain;     // key of one of the 8 service domains; empty: several
    bool published = false; // evaluation results published (评估结果已公开)
    QString note;
};

// Labour first: the report shows the labour share (人员经费占比).
enum class SpendingKind { Labour, Activity, Training, Admin, Other };

inline constexpr EnumTable<SpendingKind, 5> kSpendingKinds{
    "PurchasedProject",
    {{{SpendingKind::Labour, "labour", QT_TRANSLATE_NOOP("PurchasedProject", "人员经费")},
      {SpendingKind::Activity, "activity", QT_TRANSLATE_NOOP("PurchasedProject", "活动经费")},
      {SpendingKind::Training, "training", QT_TRANSLATE_NOOP("PurchasedProject", "培训经费")},
      {SpendingKind::Admin, "admin", QT_TRANSLATE_NOOP("PurchasedProject", "管理费用")},
      {SpendingKind::Other, "other", QT_TRANSLATE_NOOP("PurchasedProject", "其他支出")}}}};

struct ProjectSpending
{
    RecordMeta meta;
    QString projectId;
    QDate spentOn;
    SpendingKind kind = SpendingKind::Labour;
    qint64 amountFen = 0; // > 0
    QString note;
};

// Spending of a project summed by kind, in SpendingKind order.
struct SpendingSummary
{
    QList<std::pair<SpendingKind, qint64>> byKind; // every kind, 0 when none
    qint64 totalFen = 0;
    qint64 labourFen = 0;
    // 人员经费占比 in per mille (‰), integer arithmetic rounded half up; 0 when nothing spent.
    int labourPerMille = 0;
};

// labour / total in ‰, rounded half up, without floating point.
inline int perMille(qint64 part, qint64 total)
{
    if (total <= 0 || part <= 0)
        return 0;
    return int((part * 1000 + total / 2) / total);
}

enum class EvaluatorKind { ThirdParty, Township, Village, Bureau };

inline constexpr EnumTable<EvaluatorKind, 4> kEvaluatorKinds{
    "PurchasedProject",
    {{{EvaluatorKind::ThirdParty, "third_party", QT_TRANSLATE_NOOP("PurchasedProject", "第三方机构")},
      {EvaluatorKind::Township, "township", QT_TRANSLATE_NOOP("PurchasedProject", "乡镇（街道）")},
      {EvaluatorKind::Village, "village", QT_TRANSLATE_NOOP("PurchasedProject", "村（社区）")},
      {EvaluatorKind::Bureau, "bureau", QT_TRANSLATE_NOOP("PurchasedProject", "民政局")}}}};

struct ProjectEvaluation
{
    RecordMeta meta;
    QString projectId;
    QDate evaluatedOn;
    EvaluatorKind evaluatorKind = EvaluatorKind::ThirdParty;
    int score = 0; // 0–100
    QString grade; // 优秀/良好/合格/不合格 as given
    bool published = false;
};

} // namespace wushe
