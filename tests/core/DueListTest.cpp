#include "QueryTestData.h"

#include "storage/DueList.h"

using namespace querytest;
using wushe::storage::DueItem;
using wushe::storage::DueList;

namespace {

constexpr quint32 kPoor = quint32(ElderlyCategory::EconomicDifficulty);

QList<DueItem> dueOf(const TestDb& db, const QString& under, QDate day, int horizon)
{
    auto items = DueList(db.sql()).dueAndOverdue(under, day, horizon);
    INFO((items ? std::string() : u8(items.error().toString())));
    REQUIRE(items.has_value());
    return *items;
}

// "name:days_overdue" per item, in list order.
std::string summary(const QList<DueItem>& items)
{
    QStringList parts;
    for (const DueItem& item : items)
        parts << QStringLiteral("%1:%2").arg(item.name).arg(item.daysOverdue);
    return u8(parts.join(u' '));
}

// On 2024-06-15: 甲 14 days overdue, 丁 5 days overdue, 乙 due in 5 days, 丙 in 15 days.
struct Scene
{
    TestDb db;
    QString jia, yi, bing, ding;

    Scene()
    {
        jia = db.addElderly(QStringLiteral("甲"), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::Key, QDate(2024, 1, 2));
        db.addVisit(Ledger::Elderly, jia, QDate(2024, 5, 1)); // monthly: due 06-01
        db.addVisit(Ledger::Elderly, jia, QDate(2024, 6, 10), QStringLiteral("visit"), true); // deleted: not counted
        yi = db.addChild(QStringLiteral("乙"), QDate(2014, 1, 1), kChaoyi, quint32(ChildCategory::PoorFamily),
                         RiskTier::High, QDate(2024, 1, 2));
        db.addVisit(Ledger::Child, yi, QDate(2024, 6, 13)); // weekly: due 06-20
        bing = db.addElderly(QStringLiteral("丙"), QDate(1950, 1, 1), kXuzhuangCun, kPoor, RiskTier::General,
                             QDate(2024, 3, 30)); // never visited, quarterly: due 06-30
        Relief relief{QStringLiteral("丁")};
        relief.registeredOn = QDate(2023, 6, 10); // yearly review due 2024-06-10
        ding = db.addRelief(relief);
        db.addVisit(Ledger::Relief, ding, QDate(2024, 6, 1)); // a plain visit is no review
    }
};

} // namespace

TEST_CASE("due list: most overdue first, within the horizon", "[DueList]")
{
    Scene scene;
    const auto items = dueOf(scene.db, {}, kToday, 7);
    CHECK(summary(items) == "甲:14 丁:5 乙:-5");
    REQUIRE(items.size() == 3);
    CHECK(items[0].ledger == Ledger::Elderly);
    CHECK(items[0].recordId == scene.jia);
    CHECK(iso(items[0].lastVisit) == "2024-05-01");
    CHECK(iso(items[0].due) == "2024-06-01");
    CHECK(items[0].interval == VisitInterval::Month);
    CHECK(items[0].villageName == QStringLiteral("光华社区居委会"));
    CHECK(items[1].ledger == Ledger::Relief);
    CHECK(items[1].interval == VisitInterval::Year);
    CHECK_FALSE(items[1].lastVisit.isValid());
    CHECK(items[2].ledger == Ledger::Child);
    CHECK(items[2].interval == VisitInterval::Week);
    CHECK(items[2].idNumber.size() == 18);

    CHECK(summary(dueOf(scene.db, {}, kToday, 0)) == "甲:14 丁:5");
    CHECK(summary(dueOf(scene.db, {}, kToday, 15)) == "甲:14 丁:5 乙:-5 丙:-15");
    // On May 31 乙's June visit has not happened yet: weekly from registration (Jan 9).
    CHECK(summary(dueOf(scene.db, {}, QDate(2024, 5, 31), 0)) == "乙:143");
}

TEST_CASE("due list: only below the unit", "[DueList]")
{
    Scene scene; // 甲 丁 in 光华社区, 丙 in 许庄村 (both 许庄镇), 乙 in 朝邑
    CHECK(summary(dueOf(scene.db, kXuzhuang, kToday, 15)) == "甲:14 丁:5 丙:-15");
    CHECK(summary(dueOf(scene.db, kChaoyi, kToday, 15)) == "乙:-5");
    CHECK(summary(dueOf(scene.db, kCounty, kToday, 15)) == "甲:14 丁:5 乙:-5 丙:-15");
    const auto unknown = DueList(scene.db.sql()).dueAndOverdue(QStringLiteral("610523999999"), kToday, 7);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().key == QStringLiteral("unit.unknown"));
}

TEST_CASE("due list: a review resets the clock, stopped households never appear", "[DueList]")
{
    Scene scene;
    scene.db.addVisit(Ledger::Relief, scene.ding, QDate(2024, 6, 12), QStringLiteral("household_check"));
    CHECK(summary(dueOf(scene.db, {}, kToday, 7)) == "甲:14 乙:-5");

    Relief stopped{QStringLiteral("戊")};
    stopped.status = QStringLiteral("stopped");
    stopped.registeredOn = QDate(2022, 1, 1); // long overdue, but no longer reviewed
    scene.db.addRelief(stopped);
    Relief reduced{QStringLiteral("己")};
    reduced.status = QStringLiteral("reduced");
    reduced.reviewCycle = QStringLiteral("half_year");
    reduced.registeredOn = QDate(2023, 12, 1); // due 2024-06-01
    scene.db.addRelief(reduced);
    CHECK(summary(dueOf(scene.db, {}, kToday, 7)) == "甲:14 己:14 乙:-5");
}

TEST_CASE("due list: equal days keep ledger order, then pinyin order", "[DueList]")
{
    TestDb db;
    for (const char* name : {"张", "阿", "陈"})
        db.addElderly(QString::fromUtf8(name), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::Key, QDate(2024, 5, 1));
    db.addChild(QStringLiteral("白"), QDate(2014, 1, 1), kGuanghua, quint32(ChildCategory::PoorFamily), RiskTier::Key,
                QDate(2024, 5, 1));
    CHECK(summary(dueOf(db, {}, kToday, 0)) == "阿:14 陈:14 张:14 白:14");
}

TEST_CASE("due list: a bad day or horizon is refused", "[DueList]")
{
    TestDb db;
    const auto undated = DueList(db.sql()).dueAndOverdue({}, QDate(), 7);
    REQUIRE_FALSE(undated.has_value());
    CHECK(undated.error().key == QStringLiteral("due.date"));
    const auto negative = DueList(db.sql()).dueAndOverdue({}, kToday, -1);
    REQUIRE_FALSE(negative.has_value());
    CHECK(negative.error().key == QStringLiteral("due.horizon"));
}
