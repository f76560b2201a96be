#include "QueryTestData.h"

#include "storage/LedgerQuery.h"

using namespace querytest;
using wushe::storage::LedgerFilter;
using wushe::storage::LedgerQuery;
using wushe::storage::LedgerRow;
using wushe::storage::LedgerSort;

namespace {

constexpr quint32 kAlone = quint32(ElderlyCategory::LivingAlone);       // visited at least monthly
constexpr quint32 kPoor = quint32(ElderlyCategory::EconomicDifficulty); // interval from the tier alone

LedgerFilter elderly(const QString& search = {})
{
    LedgerFilter filter;
    filter.asOf = kToday;
    filter.search = search;
    return filter;
}

QList<LedgerRow> pageOf(const TestDb& db, const LedgerFilter& filter, LedgerSort sort = LedgerSort::Name,
                        Qt::SortOrder order = Qt::AscendingOrder, qint64 offset = 0, int limit = 100)
{
    auto rows = LedgerQuery(db.sql()).page(filter, sort, order, offset, limit);
    INFO((rows ? std::string() : u8(rows.error().toString())));
    REQUIRE(rows.has_value());
    return *rows;
}

qint64 countOf(const TestDb& db, const LedgerFilter& filter)
{
    auto count = LedgerQuery(db.sql()).count(filter);
    INFO((count ? std::string() : u8(count.error().toString())));
    REQUIRE(count.has_value());
    return *count;
}

std::string names(const QList<LedgerRow>& rows)
{
    QStringList list;
    for (const LedgerRow& row : rows)
        list << row.name;
    return u8(list.join(u' '));
}

// 张三 陈二 白一 阿四 in three villages of two townships, all born 1950.
void addFour(TestDb& db)
{
    const QDate born(1950, 3, 1);
    db.addElderly(QStringLiteral("张三"), born, kGuanghua, kPoor, RiskTier::General, QDate(2024, 1, 2), QStringLiteral("13912345678"));
    db.addElderly(QStringLiteral("陈二"), born.addDays(1), kXuzhuangCun, kAlone, RiskTier::Key, QDate(2024, 1, 2), QStringLiteral("13800005678"));
    db.addElderly(QStringLiteral("白一"), born.addDays(2), kChaoyi, kPoor, RiskTier::High, QDate(2024, 1, 2));
    db.addElderly(QStringLiteral("阿四"), born.addDays(3), kGuanghua, kAlone | kPoor, RiskTier::General, QDate(2024, 1, 2));
}

} // namespace

TEST_CASE("names sort in pinyin order, both ways", "[LedgerQuery]")
{
    TestDb db;
    addFour(db);
    CHECK(names(pageOf(db, elderly())) == "阿四 白一 陈二 张三");
    CHECK(names(pageOf(db, elderly(), LedgerSort::Name, Qt::DescendingOrder)) == "张三 陈二 白一 阿四");
}

TEST_CASE("ID number, birth date and village sorts", "[LedgerQuery]")
{
    TestDb db;
    addFour(db);
    // Born a day apart in the order added, so ID and birth order are the order added.
    CHECK(names(pageOf(db, elderly(), LedgerSort::IdNumber)) == "张三 陈二 白一 阿四");
    CHECK(names(pageOf(db, elderly(), LedgerSort::BirthDate, Qt::DescendingOrder)) == "阿四 白一 陈二 张三");
    // 光华社区 (…101001: 阿四, 张三), 许庄村 (…101200: 陈二), 朝邑 (…102001: 白一).
    CHECK(names(pageOf(db, elderly(), LedgerSort::Village)) == "阿四 张三 陈二 白一");
    CHECK(names(pageOf(db, elderly(), LedgerSort::Village, Qt::DescendingOrder)) == "白一 陈二 张三 阿四");
}

TEST_CASE("count and pages of offset/limit cover every row once", "[LedgerQuery]")
{
    TestDb db;
    const QStringList all{QStringLiteral("赵一"), QStringLiteral("钱二"), QStringLiteral("孙三"), QStringLiteral("李四"),
                          QStringLiteral("周五"), QStringLiteral("吴六"), QStringLiteral("郑七")};
    for (const QString& name : all)
        db.addElderly(name, QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::General, QDate(2024, 1, 2));
    CHECK(countOf(db, elderly()) == 7);
    const auto first = pageOf(db, elderly(), LedgerSort::Name, Qt::AscendingOrder, 0, 3);
    const auto second = pageOf(db, elderly(), LedgerSort::Name, Qt::AscendingOrder, 3, 3);
    const auto last = pageOf(db, elderly(), LedgerSort::Name, Qt::AscendingOrder, 6, 3);
    CHECK(first.size() == 3);
    CHECK(second.size() == 3);
    CHECK(last.size() == 1);
    CHECK(names(first + second + last) == names(pageOf(db, elderly())));
    CHECK(names(first + second + last) == "李四 钱二 孙三 吴六 赵一 郑七 周五");
    CHECK(pageOf(db, elderly(), LedgerSort::Name, Qt::AscendingOrder, 7, 3).isEmpty());
}

TEST_CASE("name search: one character, two characters inside longer names, whole names", "[LedgerQuery]")
{
    TestDb db;
    for (const char* name : {"王小明", "李小明", "小明", "张明小", "明月"})
        db.addElderly(QString::fromUtf8(name), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::General, QDate(2024, 1, 2));
    CHECK(names(pageOf(db, elderly(QStringLiteral("小明")))) == "李小明 王小明 小明");
    CHECK(countOf(db, elderly(QStringLiteral("小明"))) == 3);
    CHECK(names(pageOf(db, elderly(QStringLiteral(" 王小明　")))) == "王小明");
    CHECK(names(pageOf(db, elderly(QStringLiteral("明")))) == "李小明 明月 王小明 小明 张明小");
    CHECK(names(pageOf(db, elderly(QStringLiteral("月")))) == "明月");
    CHECK(pageOf(db, elderly(QStringLiteral("小明明"))).isEmpty());
    CHECK(pageOf(db, elderly(QStringLiteral("赵"))).isEmpty());
}

TEST_CASE("ID search: exact number and last digits with X, full-width and lower-case", "[LedgerQuery]")
{
    TestDb db;
    addFour(db);
    int sequence = 501; // other IDs of this test end in 0nn + check digit
    while (idNumber(QDate(1948, 8, 8), sequence).back() != u'X')
        ++sequence;
    const QString withX = idNumber(QDate(1948, 8, 8), sequence);
    db.addElderly(QStringLiteral("刘叉"), QDate(1948, 8, 8), kChaoyi, kPoor, RiskTier::General, QDate(2024, 1, 2), {}, withX);

    const QString lastFour = withX.right(4).toLower();
    CHECK(names(pageOf(db, elderly(lastFour))) == "刘叉");
    QString fullWidth; // ０-９ and ｘ as typed with a Chinese input method
    for (QChar c : lastFour)
        fullWidth += c == u'x' ? QChar(0xFF58) : QChar(0xFF10 + (c.unicode() - u'0'));
    CHECK(names(pageOf(db, elderly(fullWidth))) == "刘叉");
    CHECK(names(pageOf(db, elderly(withX.toLower()))) == "刘叉");

    const QString chenId = pageOf(db, elderly(QStringLiteral("陈二"))).value(0).idNumber;
    REQUIRE(chenId.size() == 18);
    CHECK(names(pageOf(db, elderly(chenId))) == "陈二");
    CHECK(countOf(db, elderly(chenId)) == 1);
    const QChar wrongCheck = chenId.back() == u'1' ? u'2' : u'1';
    CHECK(pageOf(db, elderly(chenId.left(17) + wrongCheck)).isEmpty());
}

TEST_CASE("phone search: exact mobile and last digits", "[LedgerQuery]")
{
    TestDb db;
    addFour(db); // 张三 13912345678, 陈二 13800005678
    CHECK(names(pageOf(db, elderly(QStringLiteral("5678")))) == "陈二 张三");
    CHECK(names(pageOf(db, elderly(QStringLiteral("45678")))) == "张三");
    CHECK(names(pageOf(db, elderly(QStringLiteral("13912345678")))) == "张三");
    CHECK(names(pageOf(db, elderly(QStringLiteral("１３９ １２３４ ５６７８")))) == "张三");
    CHECK(pageOf(db, elderly(QStringLiteral("13912340000"))).isEmpty());
}

TEST_CASE("underCode: jurisdiction, township, village", "[LedgerQuery]")
{
    TestDb db;
    addFour(db); // 光华社区: 阿四 张三; 许庄村: 陈二 (both 许庄镇); 朝邑居委会: 白一
    LedgerFilter filter = elderly();
    filter.underCode = kCounty;
    CHECK(countOf(db, filter) == 4);
    filter.underCode = kXuzhuang;
    CHECK(names(pageOf(db, filter)) == "阿四 陈二 张三");
    CHECK(countOf(db, filter) == 3);
    filter.underCode = kGuanghua;
    CHECK(names(pageOf(db, filter)) == "阿四 张三");
    filter.underCode = kChaoyi;
    CHECK(names(pageOf(db, filter)) == "白一");
    filter.underCode = QStringLiteral("610523999999");
    const auto unknown = LedgerQuery(db.sql()).count(filter);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().key == QStringLiteral("unit.unknown"));
}

TEST_CASE("category mask and risk tier filters", "[LedgerQuery]")
{
    TestDb db;
    addFour(db); // 陈二 独居, 阿四 独居+经济困难, 张三 白一 经济困难
    LedgerFilter filter = elderly();
    filter.categoryMask = kAlone;
    CHECK(names(pageOf(db, filter)) == "阿四 陈二");
    filter.categoryMask = kAlone | kPoor;
    CHECK(countOf(db, filter) == 4);
    filter.categoryMask = quint32(ElderlyCategory::VeryOld);
    CHECK(countOf(db, filter) == 0);
    filter.categoryMask = 0;
    filter.riskTier = RiskTier::High;
    CHECK(names(pageOf(db, filter)) == "白一");
    filter.riskTier = RiskTier::General;
    CHECK(names(pageOf(db, filter)) == "阿四 张三");
    const LedgerRow ah = pageOf(db, filter).value(0);
    CHECK(ah.categories == QStringLiteral("独居、经济困难"));
    CHECK(ah.riskOrStatus == QStringLiteral("一般"));
    CHECK(ah.villageName == QStringLiteral("光华社区居委会"));
    CHECK(ah.age == 74);
}

TEST_CASE("last visit and next due: weekly, monthly, quarterly, never visited", "[LedgerQuery]")
{
    TestDb db;
    const QString weekly = db.addElderly(QStringLiteral("周"), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::High, QDate(2024, 1, 2));
    const QString monthly = db.addElderly(QStringLiteral("月"), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::Key, QDate(2024, 1, 2));
    const QString quarterly = db.addElderly(QStringLiteral("季"), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::General, QDate(2024, 1, 2));
    db.addElderly(QStringLiteral("新"), QDate(1950, 1, 1), kGuanghua, kAlone, RiskTier::General, QDate(2024, 5, 20));
    db.addVisit(Ledger::Elderly, weekly, QDate(2024, 6, 3));
    db.addVisit(Ledger::Elderly, weekly, QDate(2024, 6, 10));
    db.addVisit(Ledger::Elderly, weekly, QDate(2024, 6, 14), QStringLiteral("visit"), true); // deleted: not counted
    db.addVisit(Ledger::Elderly, weekly, QDate(2024, 6, 20)); // after asOf: not counted
    db.addVisit(Ledger::Elderly, monthly, QDate(2024, 1, 31));
    db.addVisit(Ledger::Elderly, quarterly, QDate(2024, 4, 1));

    QHash<QString, LedgerRow> byName;
    for (const LedgerRow& row : pageOf(db, elderly()))
        byName.insert(row.name, row);
    const LedgerRow w = byName.value(QStringLiteral("周"));
    CHECK(w.interval == VisitInterval::Week);
    CHECK(iso(w.lastVisit) == "2024-06-10");
    CHECK(iso(w.nextDue) == "2024-06-17");
    CHECK_FALSE(w.overdue);
    const LedgerRow m = byName.value(QStringLiteral("月"));
    CHECK(m.interval == VisitInterval::Month);
    CHECK(iso(m.nextDue) == "2024-02-29"); // Jan 31 + 1 month, clamped like QDate
    CHECK(m.overdue);
    const LedgerRow q = byName.value(QStringLiteral("季"));
    CHECK(q.interval == VisitInterval::Quarter);
    CHECK(iso(q.nextDue) == "2024-07-01");
    CHECK_FALSE(q.overdue);
    const LedgerRow n = byName.value(QStringLiteral("新")); // 独居: monthly; never visited
    CHECK(n.interval == VisitInterval::Month);
    CHECK_FALSE(n.lastVisit.isValid());
    CHECK(iso(n.nextDue) == "2024-06-20");
    CHECK_FALSE(n.overdue);
}

TEST_CASE("overdue only, as of an injected date", "[LedgerQuery]")
{
    TestDb db;
    const QString monthly = db.addElderly(QStringLiteral("月"), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::Key, QDate(2024, 1, 2));
    const QString quarterly = db.addElderly(QStringLiteral("季"), QDate(1950, 1, 1), kGuanghua, kPoor, RiskTier::General, QDate(2024, 1, 10));
    db.addVisit(Ledger::Elderly, monthly, QDate(2024, 4, 20));  // due 2024-05-20
    db.addVisit(Ledger::Elderly, quarterly, QDate(2024, 5, 1)); // due 2024-08-01
    LedgerFilter filter = elderly();
    filter.overdueOnly = true;
    CHECK(names(pageOf(db, filter)) == "月");
    CHECK(countOf(db, filter) == 1);
    filter.asOf = QDate(2024, 8, 1);
    CHECK(countOf(db, filter) == 1); // due on the day itself is not overdue yet
    filter.asOf = QDate(2024, 8, 2);
    CHECK(names(pageOf(db, filter)) == "季 月");
    filter.asOf = QDate(2024, 4, 30); // 季's May visit not made yet: due from registration (04-10)
    CHECK(names(pageOf(db, filter)) == "季");
    filter.asOf = QDate(2024, 4, 5); // 月 due 02-02 (overdue); 季 due 04-10
    CHECK(names(pageOf(db, filter)) == "月");
}

TEST_CASE("children ledger rows", "[LedgerQuery]")
{
    TestDb db;
    const QString id = db.addChild(QStringLiteral("小红"), QDate(2015, 6, 16), kChaoyi,
                                   quint32(ChildCategory::LeftBehind) | quint32(ChildCategory::Orphan), RiskTier::Key,
                                   QDate(2024, 3, 1));
    db.addChild(QStringLiteral("小刚"), QDate(2014, 1, 1), kGuanghua, quint32(ChildCategory::PoorFamily), RiskTier::High,
                QDate(2024, 3, 1));
    db.addVisit(Ledger::Child, id, QDate(2024, 5, 10));
    LedgerFilter filter = elderly(QStringLiteral("红"));
    filter.ledger = Ledger::Child;
    const auto rows = pageOf(db, filter);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].recordId == id);
    CHECK(rows[0].categories == QStringLiteral("留守儿童、孤儿"));
    CHECK(rows[0].riskOrStatus == QStringLiteral("重点"));
    CHECK(rows[0].age == 8); // birthday tomorrow
    CHECK(iso(rows[0].nextDue) == "2024-06-10");
    CHECK(rows[0].overdue);
    filter.search.clear();
    filter.categoryMask = quint32(ChildCategory::PoorFamily);
    CHECK(names(pageOf(db, filter)) == "小刚");
    CHECK(countOf(db, elderly()) == 0); // nothing leaks into the elderly ledger
}

TEST_CASE("relief ledger rows: head, household size, reviews only", "[LedgerQuery]")
{
    TestDb db;
    Relief dibao{QStringLiteral("马户主")};
    dibao.monthlyAmountFen = 45000;
    dibao.liveMembers = 2;
    dibao.deletedMembers = 1;
    dibao.reviewCycle = QStringLiteral("half_year");
    const QString id = db.addRelief(dibao);
    db.addVisit(Ledger::Relief, id, QDate(2024, 2, 1), QStringLiteral("review"));
    db.addVisit(Ledger::Relief, id, QDate(2024, 5, 1)); // a plain visit is no review
    Relief tekun{QStringLiteral("牛特困")};
    tekun.category = QStringLiteral("tekun_dispersed");
    tekun.status = QStringLiteral("stopped");
    db.addRelief(tekun);

    LedgerFilter filter = elderly();
    filter.ledger = Ledger::Relief;
    CHECK(countOf(db, filter) == 2);
    filter.reliefCategory = ReliefCategory::DibaoRural;
    const auto rows = pageOf(db, filter);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].name == QStringLiteral("马户主"));
    CHECK(rows[0].householdSize == 3);
    CHECK(rows[0].monthlyAmountFen == 45000);
    CHECK(rows[0].categories == QStringLiteral("农村低保"));
    CHECK(rows[0].riskOrStatus == QStringLiteral("在保"));
    CHECK(rows[0].interval == VisitInterval::HalfYear);
    CHECK(iso(rows[0].lastVisit) == "2024-02-01");
    CHECK(iso(rows[0].nextDue) == "2024-08-01");
    filter.reliefCategory = ReliefCategory::TekunDispersed;
    const auto stopped = pageOf(db, filter);
    REQUIRE(stopped.size() == 1);
    CHECK(stopped[0].riskOrStatus == QStringLiteral("停保"));
    CHECK_FALSE(stopped[0].nextDue.isValid()); // no longer reviewed
    CHECK_FALSE(stopped[0].overdue);
}

TEST_CASE("bad paging and a missing date are refused", "[LedgerQuery]")
{
    TestDb db;
    LedgerFilter filter = elderly();
    const auto negative = LedgerQuery(db.sql()).page(filter, LedgerSort::Name, Qt::AscendingOrder, -1, 10);
    REQUIRE_FALSE(negative.has_value());
    CHECK(negative.error().key == QStringLiteral("query.paging"));
    filter.asOf = {};
    const auto undated = LedgerQuery(db.sql()).count(filter);
    REQUIRE_FALSE(undated.has_value());
    CHECK(undated.error().key == QStringLiteral("query.as_of"));
}

TEST_CASE("filters combine: unit, category, tier, search and overdue together", "[LedgerQuery]")
{
    TestDb db;
    addFour(db); // 张三 光华 13912345678 一般; 陈二 许庄村 13800005678 重点 独居
    db.addElderly(QStringLiteral("张五"), QDate(1951, 1, 1), kChaoyi, kPoor, RiskTier::General, QDate(2024, 1, 2),
                  QStringLiteral("13700005678"));
    LedgerFilter filter = elderly(QStringLiteral("5678"));
    filter.underCode = kXuzhuang;
    filter.categoryMask = kPoor;
    filter.riskTier = RiskTier::General;
    filter.overdueOnly = true; // quarterly from 2024-01-02: due 04-02
    CHECK(names(pageOf(db, filter)) == "张三");
    CHECK(countOf(db, filter) == 1);
    filter.underCode = kCounty;
    CHECK(names(pageOf(db, filter)) == "张三 张五");
    filter.asOf = QDate(2024, 4, 1);
    CHECK(countOf(db, filter) == 0);
}

TEST_CASE("the first page of the whole jurisdiction is read in index order", "[LedgerQuery]")
{
    TestDb db;
    addFour(db);
    // The page subquery (indented) must walk the sort index, not sort the ledger; only
    // the outer query sorts the page's own rows.
    const auto inner = [&](LedgerSort sort) {
        auto plan = LedgerQuery(db.sql()).pagePlan(elderly(), sort, Qt::AscendingOrder, 0, 50);
        REQUIRE(plan.has_value());
        QStringList lines;
        for (const QString& line : *plan)
            if (line.startsWith(u' '))
                lines << line.trimmed();
        return u8(lines.join(u'|'));
    };
    CHECK_THAT(inner(LedgerSort::Name), Catch::Contains("USING INDEX elderly_record_name"));
    CHECK_THAT(inner(LedgerSort::IdNumber), Catch::Contains("USING INDEX elderly_record_id_number"));
    CHECK_THAT(inner(LedgerSort::Name), !Catch::Contains("TEMP B-TREE"));
    CHECK_THAT(inner(LedgerSort::IdNumber), !Catch::Contains("TEMP B-TREE"));
    auto search = LedgerQuery(db.sql()).pagePlan(elderly(QStringLiteral("张三")), LedgerSort::Name, Qt::AscendingOrder, 0, 50);
    REQUIRE(search.has_value());
    CHECK_THAT(u8(search->join(u'|')), Catch::Contains("person_name_index") || Catch::Contains("SEARCH g USING PRIMARY KEY"));
}
