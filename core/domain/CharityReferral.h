#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class ReferralStatus { Pending, Aided, Declined };

inline constexpr EnumTable<ReferralStatus, 3> kReferralStatuses{
    "CharityReferral",
    {{{ReferralStatus::Pending, "pending", QT_TRANSLATE_NOOP("CharityReferral", "待救助")},
      {ReferralStatus::Aided, "aided", QT_TRANSLATE_NOOP("CharityReferral", "已救助")},
      {ReferralStatus::Declined, "declined", QT_TRANSLATE_NOOP("CharityReferral", "未获救助")}}}};

// 转介慈善救助: a relief household referred to charity aid; meta.orgCode is the
// household's village.
struct CharityReferral
{
    RecordMeta meta;
    QString householdId; // a live relief_household
    QDate referredOn;
    QString toOrganization;
    QString reason;
    qint64 amountFen = 0; // aid received; 0 unless aided
    ReferralStatus status = ReferralStatus::Pending;
    // The service activity (资源链接) behind the referral; service activities come
    // with migration 004, so this is a plain id for now (empty: none).
    QString activityId;
};

} // namespace wushe
