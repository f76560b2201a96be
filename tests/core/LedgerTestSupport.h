#pragma once

// Shared by the ledger tests: a fresh 大荔县 database in a temporary directory, a
// fixed clock, valid ID numbers, and records that pass the rules unless a test
// changes them.

#include "Clock.h"
#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "domain/ReliefHousehold.h"
#include "domain/Visit.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "rules/IdNumber.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteContext.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <optional>
#include <string>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& day) { return day.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace wushe::test {

inline const QDate kLedgerToday(2024, 6, 15);
inline const QString kCounty = QStringLiteral("610523000000");       // 大荔县
inline const QString kVillage = QStringLiteral("610523101001");      // 许庄镇 光华社区
inline const QString kOtherVillage = QStringLiteral("610523101200"); // 许庄镇 许庄村
inline const QString kTownship = QStringLiteral("610523101000");     // 许庄镇

// Not catalog(): TestSupport.h has one too, and two inline functions of one name
// share their static (an ODR violation that broke tests run in one process).
inline const org::DivisionCatalog& ledgerCatalog()
{
    static const auto loaded = org::DivisionCatalog::loadBundled();
    REQUIRE(loaded.has_value());
    return *loaded;
}

// A new county database per test, deleted with the object.
class LedgerDb
{
public:
    explicit LedgerDb(QDate today = kLedgerToday) : m_clock(QDateTime(today, QTime(10, 0)))
    {
        REQUIRE(m_dir.isValid());
        auto created = org::JurisdictionCreator(ledgerCatalog()).create(m_dir.filePath(QStringLiteral("test.wushe")), kCounty,
                                                                  context());
        INFO((created ? std::string() : created.error().toString().toStdString()));
        REQUIRE(created.has_value());
        m_db.emplace(std::move(*created));
    }
    LedgerDb(const LedgerDb&) = delete;
    LedgerDb& operator=(const LedgerDb&) = delete;

    QSqlDatabase sql() const { return m_db->sql(); }
    storage::WriteContext context() const { return {QStringLiteral("测试员"), &m_clock}; }

    // A scalar from SQL, e.g. count("SELECT count(*) FROM person").
    qint64 count(const QString& query, const QVariantMap& binds = {}) const
    {
        auto value = storage::scalarInt(sql(), query, binds);
        INFO((value ? std::string() : value.error().toString().toStdString()));
        REQUIRE(value.has_value());
        return *value;
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::optional<storage::Database> m_db;
};

// Success, or the test stops with the error's message and key.
template <typename T>
T ok(Result<T> result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
    return std::move(*result);
}

inline void ok(const Result<void>& result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
}

// The error of a refused operation; the test stops if it succeeded.
template <typename T>
Error refused(const Result<T>& result)
{
    if (result)
        FAIL("expected a refusal, but it succeeded");
    return result.error();
}

// A valid 公民身份号码 of 大荔县: 610523 + birth date + sequence (odd 3rd digit = male).
inline QString idNumber(QDate birth, int sequence = 1, Sex sex = Sex::Male)
{
    const int code = (sequence % 500) * 2 + (sex == Sex::Male ? 1 : 0);
    const QString first17 = QStringLiteral("610523") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(code, 3, 10, QLatin1Char('0'));
    return first17 + rules::IdNumber::checkDigit(first17);
}

// Born `years` years before `on` (on the birthday itself when `extraDays` is 0).
inline QDate bornYearsAgo(int years, int extraDays = 0, QDate on = kLedgerToday)
{
    return on.addYears(-years).addDays(-extraDays);
}

inline Person person(const QString& name, QDate birth, int sequence = 1, Sex sex = Sex::Male)
{
    Person p;
    p.name = name;
    p.idNumber = idNumber(birth, sequence, sex);
    p.phone = QStringLiteral("13912345678");
    p.address = QStringLiteral("许庄镇光华社区3组");
    return p;
}

inline ElderlyRecord elderlyRecord(const Person& p, QString village = kVillage)
{
    ElderlyRecord record;
    record.meta.orgCode = std::move(village);
    record.person = p;
    record.registeredOn = kLedgerToday;
    record.categories = quint32(ElderlyCategory::EconomicDifficulty);
    record.economicSources = quint32(EconomicSource::Pension);
    record.familyStructure = FamilyStructure::Couple;
    record.healthStatus = HealthStatus::BasicallyHealthy;
    record.careSituation = CareSituation::Spouse;
    record.riskTier = RiskTier::General;
    return record;
}

inline ChildRecord childRecord(const Person& p, QString village = kVillage)
{
    ChildRecord record;
    record.meta.orgCode = std::move(village);
    record.person = p;
    record.registeredOn = kLedgerToday;
    record.categories = quint32(ChildCategory::PoorFamily);
    record.guardianshipType = GuardianshipType::Fair;
    record.guardianName = QStringLiteral("赵桂兰");
    record.guardianRelation = QStringLiteral("祖母");
    record.schooling = Schooling::Primary;
    record.health = ChildHealth::Healthy;
    record.riskTier = RiskTier::General;
    return record;
}

inline ReliefMember member(const Person& p, Relationship relationship)
{
    ReliefMember m;
    m.person = p;
    m.relationship = relationship;
    return m;
}

inline ReliefHousehold household(QList<ReliefMember> members, QString village = kVillage)
{
    ReliefHousehold h;
    h.meta.orgCode = std::move(village);
    h.registeredOn = kLedgerToday;
    h.category = ReliefCategory::DibaoRural;
    h.monthlyAmountFen = 48000; // 480.00 元
    h.startOn = QDate(2024, 1, 1);
    h.status = ReliefStatus::Active;
    h.reviewCycle = ReviewCycle::Year;
    h.members = std::move(members);
    return h;
}

inline Visit visit(Ledger ledger, const QString& subjectId, QDate on, QList<Visitor> visitors)
{
    Visit v;
    v.ledger = ledger;
    v.subjectId = subjectId;
    v.visitOn = on;
    v.visitors = std::move(visitors);
    v.findings = QStringLiteral("生活基本正常");
    return v;
}

} // namespace wushe::test
