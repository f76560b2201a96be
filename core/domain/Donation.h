#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class DonorKind { Person, Company, Organization, Anonymous };

inline constexpr EnumTable<DonorKind, 4> kDonorKinds{
    "Donation",
    {{{DonorKind::Person, "person", QT_TRANSLATE_NOOP("Donation", "个人")},
      {DonorKind::Company, "company", QT_TRANSLATE_NOOP("Donation", "企业")},
      {DonorKind::Organization, "organization", QT_TRANSLATE_NOOP("Donation", "社会组织")},
      {DonorKind::Anonymous, "anonymous", QT_TRANSLATE_NOOP("Donation", "匿名")}}}};

enum class DonationKind { Money, Goods };

inline constexpr EnumTable<DonationKind, 2> kDonationKinds{
    "Donation",
    {{{DonationKind::Money, "money", QT_TRANSLATE_NOOP("Donation", "资金")},
      {DonationKind::Goods, "goods", QT_TRANSLATE_NOOP("Donation", "物资")}}}};

// 捐赠: money, or goods with their estimated value in amountFen.
struct Donation
{
    RecordMeta meta;
    QDate receivedOn;
    QString donorName;
    DonorKind donorKind = DonorKind::Person;
    DonationKind kind = DonationKind::Money;
    qint64 amountFen = 0;
    QString goodsDescription; // required for goods
    QString fundId;           // empty: not into a fund
    QString projectId;        // empty: not for a fundraising project
};

} // namespace wushe
