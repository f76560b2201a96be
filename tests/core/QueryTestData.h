#pragma once

// Test data for the ledger query tests: a fresh 大荔县 database in a temporary
// directory, elderly records through ElderlyRepository, children, relief households
// and visits as plain INSERTs matching migration 003.

#include "Clock.h"
#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "domain/ReliefHousehold.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "rules/IdNumber.h"
#include "rules/PinyinKey.h"
#include "storage/Database.h"
#include "storage/ElderlyRepository.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>
#include <string>

namespace querytest {

using namespace wushe;

// "Today" of every test database (the clock is injected).
inline const QDate kToday(2024, 6, 15);

inline const QString kCounty = QStringLiteral("610523000000");    // 大荔县, the jurisdiction
inline const QString kXuzhuang = QStringLiteral("610523101000");  // 许庄镇
inline const QString kGuanghua = QStringLiteral("610523101001");  // 光华社区居委会, 许庄镇
inline const QString kXuzhuangCun = QStringLiteral("610523101200"); // 许庄村委会, 许庄镇
inline const QString kChaoyi = QStringLiteral("610523102001");    // 朝邑居委会, 朝邑镇

inline std::string u8(const QString& text)
{
    return text.toStdString();
}

inline std::string iso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate).toStdString() : std::string("(null)");
}

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A valid 公民身份号码 of 大荔县 (610523) for the birth day and 3-digit sequence.
inline QString idNumber(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("610523") + birth.toString(QStringLiteral("yyyyMMdd"))
                          + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + rules::IdNumber::checkDigit(first17);
}

struct Relief
{
    QString headName;
    QDate headBirth{1970, 1, 1};
    QString orgCode = kGuanghua;
    QString category = QStringLiteral("dibao_rural");
    QString status = QStringLiteral("active");
    QString reviewCycle = QStringLiteral("year");
    QDate registeredOn{2024, 1, 1};
    qint64 monthlyAmountFen = 0;
    int liveMembers = 0;    // besides the head
    int deletedMembers = 0; // tombstoned members, never counted
};

class TestDb
{
public:
    explicit TestDb(QDate today = kToday) : m_clock(today)
    {
        REQUIRE(m_dir.isValid());
        static const auto catalog = org::DivisionCatalog::loadBundled();
        REQUIRE(catalog.has_value());
        auto db = org::JurisdictionCreator(*catalog).create(m_dir.filePath(QStringLiteral("test.db")), kCounty,
                                                             context());
        INFO((db ? std::string() : u8(db.error().toString())));
        REQUIRE(db.has_value());
        m_db.emplace(std::move(*db));
    }

    QSqlDatabase sql() const { return m_db->sql(); }
    storage::WriteContext context() const { return {QStringLiteral("tester"), &m_clock}; }

    // A fresh valid ID number born on `birth` (odd sequence: male).
    QString nextId(QDate birth) { return idNumber(birth, 2 * m_sequence++ + 1); }

    // Adds an elderly record through the repository; returns the record id.
    QString addElderly(const QString& name, QDate birth, const QString& orgCode, quint32 categories, RiskTier tier,
                       QDate registeredOn, const QString& phone = {}, const QString& id = {})
    {
        ElderlyRecord record;
        record.meta.orgCode = orgCode;
        record.person.idNumber = id.isEmpty() ? nextId(birth) : id;
        record.person.name = name;
        record.person.phone = phone;
        record.registeredOn = registeredOn;
        record.categories = categories;
        record.riskTier = tier;
        auto added = storage::ElderlyRepository(sql(), context()).add(record);
        INFO(u8(name) << ": " << (added ? std::string() : u8(added.error().toString())));
        REQUIRE(added.has_value());
        return record.meta.id;
    }

    // A person (PersonRepository), for children and heads of relief households.
    Person addPerson(const QString& name, QDate birth, const QString& orgCode, const QString& phone = {})
    {
        Person person;
        person.meta.orgCode = orgCode;
        person.idNumber = nextId(birth);
        person.name = name;
        person.phone = phone;
        auto added = storage::PersonRepository(sql(), context()).addOrLink(person);
        INFO(u8(name) << ": " << (added ? std::string() : u8(added.error().toString())));
        REQUIRE(added.has_value());
        return person;
    }

    // A child record (plain INSERT); the visit interval follows the risk tier.
    QString addChild(const QString& name, QDate birth, const QString& orgCode, quint32 categories, RiskTier tier,
                     QDate registeredOn)
    {
        const Person person = addPerson(name, birth, orgCode);
        const QString interval = tier == RiskTier::High ? QStringLiteral("week")
                                 : tier == RiskTier::Key ? QStringLiteral("month")
                                                         : QStringLiteral("quarter");
        const QString id = uuid();
        insert(QStringLiteral("child_record"),
               withMeta(id, orgCode,
                        {{QStringLiteral("person_id"), person.meta.id},
                         {QStringLiteral("name_key"), rules::pinyinKey(person.name)},
                         {QStringLiteral("id_number"), person.idNumber},
                         {QStringLiteral("birth_date"), person.birthDate.toString(Qt::ISODate)},
                         {QStringLiteral("registered_on"), registeredOn.toString(Qt::ISODate)},
                         {QStringLiteral("categories"), categories},
                         {QStringLiteral("guardianship_type"), QStringLiteral("fair")},
                         {QStringLiteral("schooling"), QStringLiteral("primary")},
                         {QStringLiteral("health"), QStringLiteral("healthy")},
                         {QStringLiteral("risk_tier"), kRiskTiers.key(tier)},
                         {QStringLiteral("visit_interval"), interval}}));
        return id;
    }

    // A relief household with its head (and other members) as relief_member rows.
    QString addRelief(const Relief& relief)
    {
        const Person head = addPerson(relief.headName, relief.headBirth, relief.orgCode);
        const QString id = uuid();
        insert(QStringLiteral("relief_household"),
               withMeta(id, relief.orgCode,
                        {{QStringLiteral("head_person_id"), head.meta.id},
                         {QStringLiteral("name_key"), rules::pinyinKey(head.name)},
                         {QStringLiteral("id_number"), head.idNumber},
                         {QStringLiteral("birth_date"), head.birthDate.toString(Qt::ISODate)},
                         {QStringLiteral("registered_on"), relief.registeredOn.toString(Qt::ISODate)},
                         {QStringLiteral("category"), relief.category},
                         {QStringLiteral("monthly_amount_fen"), relief.monthlyAmountFen},
                         {QStringLiteral("start_on"), relief.registeredOn.toString(Qt::ISODate)},
                         {QStringLiteral("status"), relief.status},
                         {QStringLiteral("review_cycle"), relief.reviewCycle}}));
        addMember(id, head, QStringLiteral("head"), false);
        for (int i = 0; i < relief.liveMembers + relief.deletedMembers; ++i) {
            const Person member = addPerson(relief.headName + QStringLiteral("家属"), QDate(2000, 1, 1), relief.orgCode);
            addMember(id, member, QStringLiteral("child"), i >= relief.liveMembers);
        }
        return id;
    }

    // A visit of a ledger record; kind visit/household_check/review.
    void addVisit(Ledger ledger, const QString& subjectId, QDate day, const QString& kind = QStringLiteral("visit"),
                  bool deleted = false)
    {
        insert(QStringLiteral("visit"),
               withMeta(uuid(), kGuanghua,
                        {{QStringLiteral("deleted"), deleted ? 1 : 0},
                         {QStringLiteral("ledger"), kLedgers.key(ledger)},
                         {QStringLiteral("subject_id"), subjectId},
                         {QStringLiteral("visit_on"), day.toString(Qt::ISODate)},
                         {QStringLiteral("mode"), QStringLiteral("home")},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("visitors"), QStringLiteral("[]")},
                         {QStringLiteral("visitor_count"), 2}}));
    }

    void exec(const QString& sql)
    {
        QSqlQuery query(this->sql());
        INFO(u8(sql));
        const bool ok = query.exec(sql);
        INFO(u8(query.lastError().text()));
        REQUIRE(ok);
    }

private:
    static QVariantMap withMeta(const QString& id, const QString& orgCode, QVariantMap columns)
    {
        const QString stamp = QStringLiteral("2024-06-15T01:00:00.000Z");
        columns.insert(QStringLiteral("id"), id);
        columns.insert(QStringLiteral("org_code"), orgCode);
        columns.insert(QStringLiteral("created_at"), stamp);
        columns.insert(QStringLiteral("updated_at"), stamp);
        columns.insert(QStringLiteral("updated_by"), QStringLiteral("tester"));
        return columns;
    }

    void addMember(const QString& householdId, const Person& person, const QString& relationship, bool deleted)
    {
        insert(QStringLiteral("relief_member"),
               withMeta(uuid(), person.meta.orgCode,
                        {{QStringLiteral("deleted"), deleted ? 1 : 0},
                         {QStringLiteral("household_id"), householdId},
                         {QStringLiteral("person_id"), person.meta.id},
                         {QStringLiteral("relationship"), relationship},
                         {QStringLiteral("work_ability"), QStringLiteral("full")},
                         {QStringLiteral("health"), QStringLiteral("healthy")}}));
    }

    void insert(const QString& table, const QVariantMap& columns)
    {
        QStringList names;
        QStringList placeholders;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            names << it.key();
            placeholders << u':' + it.key();
        }
        QSqlQuery query(sql());
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))));
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            query.bindValue(u':' + it.key(), it.value());
        const bool ok = query.exec();
        INFO(u8(table) << ": " << u8(query.lastError().text()));
        REQUIRE(ok);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::optional<storage::Database> m_db;
    int m_sequence = 0;
};

} // namespace querytest
