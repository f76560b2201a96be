#pragma once

#include "domain/EnumTable.h"
#include "domain/Person.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class SocialWorkPost { StationHead, ResidentWorker, CommunityWorker, AgencyWorker };

inline constexpr EnumTable<SocialWorkPost, 4> kSocialWorkPosts{
    "SocialWorker",
    {{{SocialWorkPost::StationHead, "station_head", QT_TRANSLATE_NOOP("SocialWorker", "站长")},
      {SocialWorkPost::ResidentWorker, "resident_worker", QT_TRANSLATE_NOOP("SocialWorker", "驻站社工")},
      {SocialWorkPost::CommunityWorker, "community_worker", QT_TRANSLATE_NOOP("SocialWorker", "社区社工")},
      {SocialWorkPost::AgencyWorker, "agency_worker", QT_TRANSLATE_NOOP("SocialWorker", "机构社工")}}}};

// 社会工作者职业水平: the three certificate levels, or none.
enum class CertificateLevel { None, Assistant, Intermediate, Senior };

inline constexpr EnumTable<CertificateLevel, 4> kCertificateLevels{
    "SocialWorker",
    {{{CertificateLevel::None, "none", QT_TRANSLATE_NOOP("SocialWorker", "无")},
      {CertificateLevel::Assistant, "assistant", QT_TRANSLATE_NOOP("SocialWorker", "助理社会工作师")},
      {CertificateLevel::Intermediate, "intermediate", QT_TRANSLATE_NOOP("SocialWorker", "社会工作师")},
      {CertificateLevel::Senior, "senior", QT_TRANSLATE_NOOP("SocialWorker", "高级社会工作师")}}}};

// A social worker or community worker in a post. The person is shared with the
// ledgers (one row per ID number); person.meta.orgCode is where they live,
// meta.orgCode where the post is.
struct SocialWorker
{
    RecordMeta meta;
    Person person;
    QString serviceUnitId; // empty: not attached to a station or room
    SocialWorkPost post = SocialWorkPost::ResidentWorker;
    CertificateLevel certificateLevel = CertificateLevel::None;
    QString certificateNo;
    bool isCommunityWorker = false;
    bool satExam = false; // a community worker who sat the national exam
    QString employer;
    QDate startOn;
    QDate endOn; // null while in post

    bool isActiveOn(QDate day) const { return startOn <= day && (endOn.isNull() || endOn >= day); }
};

} // namespace wushe
