// How often records are visited, and the due date both in C++ and in SQL.

#include "LedgerTestSupport.h"

#include "rules/VisitSchedule.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace wushe;
using namespace wushe::test;
using rules::nextDue;
using rules::visitInterval;

namespace {

ElderlyRecord elderly(RiskTier tier, quint32 categories)
{
    ElderlyRecord record;
    record.riskTier = tier;
    record.categories = categories;
    return record;
}

ChildRecord child(RiskTier tier)
{
    ChildRecord record;
    record.riskTier = tier;
    record.categories = quint32(ChildCategory::LeftBehind);
    return record;
}

constexpr quint32 kVeryOld = quint32(ElderlyCategory::VeryOld);
constexpr quint32 kLivingAlone = quint32(ElderlyCategory::LivingAlone);

// An in-memory SQLite connection, removed again at the end of the test.
class MemoryDb
{
public:
    MemoryDb()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
    }
    ~MemoryDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name = QStringLiteral("visit-schedule-test");
};

} // namespace

TEST_CASE("schedule: 高风险 weekly, 重点 monthly, 一般 quarterly")
{
    CHECK(visitInterval(elderly(RiskTier::High, kVeryOld)) == VisitInterval::Week);
    CHECK(visitInterval(elderly(RiskTier::Key, kVeryOld)) == VisitInterval::Month);
    CHECK(visitInterval(elderly(RiskTier::General, kVeryOld)) == VisitInterval::Quarter);
    CHECK(visitInterval(child(RiskTier::High)) == VisitInterval::Week);
    CHECK(visitInterval(child(RiskTier::Key)) == VisitInterval::Month);
    CHECK(visitInterval(child(RiskTier::General)) == VisitInterval::Quarter);
}

TEST_CASE("schedule: 特殊困难老年人 at least monthly, never less often than their tier")
{
    CHECK(visitInterval(elderly(RiskTier::General, kLivingAlone)) == VisitInterval::Month);
    CHECK(visitInterval(elderly(RiskTier::General, kLivingAlone | kVeryOld)) == VisitInterval::Month);
    CHECK(visitInterval(elderly(RiskTier::High, kLivingAlone)) == VisitInterval::Week);
    CHECK(visitInterval(elderly(RiskTier::General, quint32(ElderlyCategory::EconomicDifficulty)))
          == VisitInterval::Quarter);
}

TEST_CASE("schedule: relief households reviewed yearly or half-yearly")
{
    ReliefHousehold h;
    h.reviewCycle = ReviewCycle::Year;
    CHECK(visitInterval(h) == VisitInterval::Year);
    h.reviewCycle = ReviewCycle::HalfYear;
    CHECK(visitInterval(h) == VisitInterval::HalfYear);
}

TEST_CASE("schedule: due dates clamp to the end of a shorter month")
{
    CHECK(nextDue(QDate(2024, 12, 28), VisitInterval::Week) == QDate(2025, 1, 4));
    CHECK(nextDue(QDate(2024, 1, 31), VisitInterval::Month) == QDate(2024, 2, 29));
    CHECK(nextDue(QDate(2023, 1, 31), VisitInterval::Month) == QDate(2023, 2, 28));
    CHECK(nextDue(QDate(2023, 11, 30), VisitInterval::Quarter) == QDate(2024, 2, 29));
    CHECK(nextDue(QDate(2024, 8, 31), VisitInterval::HalfYear) == QDate(2025, 2, 28));
    CHECK(nextDue(QDate(2024, 2, 29), VisitInterval::Year) == QDate(2025, 2, 28));
    CHECK(nextDue(QDate(2024, 6, 15), VisitInterval::Year) == QDate(2025, 6, 15));
}

TEST_CASE("schedule: nextDueSql gives the same day as nextDue")
{
    MemoryDb memory;
    QSqlQuery query(memory.db());
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE cases (last TEXT, interval TEXT)")));
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO cases VALUES (:last, :interval)")));
    const QList<QDate> days{QDate(2024, 1, 31), QDate(2023, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31),
                            QDate(2024, 5, 31), QDate(2024, 8, 31), QDate(2023, 8, 29), QDate(2024, 10, 31),
                            QDate(2024, 11, 30), QDate(2024, 12, 28), QDate(2024, 12, 31), QDate(2023, 2, 28),
                            QDate(2024, 6, 15), QDate(2000, 1, 1)};
    int rows = 0;
    for (const QDate day : days) {
        for (const auto& entry : kVisitIntervals.entries()) {
            query.bindValue(QStringLiteral(":last"), day.toString(Qt::ISODate));
            query.bindValue(QStringLiteral(":interval"), QString::fromLatin1(entry.key));
            REQUIRE(query.exec());
            ++rows;
        }
    }

    REQUIRE(query.exec(QStringLiteral("SELECT last, interval, %1 FROM cases")
                           .arg(rules::nextDueSql(QStringLiteral("last"), QStringLiteral("interval")))));
    int compared = 0;
    while (query.next()) {
        const QDate last = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const auto interval = kVisitIntervals.fromKey(query.value(1).toString());
        REQUIRE(interval.has_value());
        INFO(query.value(0).toString().toStdString() << " + " << query.value(1).toString().toStdString());
        CHECK(QDate::fromString(query.value(2).toString(), Qt::ISODate) == nextDue(last, *interval));
        ++compared;
    }
    CHECK(compared == rows);
    CHECK(rows == days.size() * 5);
}
