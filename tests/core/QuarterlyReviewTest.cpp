#include "QuarterlyTestSupport.h"

#include "quarterly/QuarterlyReport.h"
#include "quarterly/ReportPackage.h"
#include "quarterly/ReportStore.h"
#include "quarterly/Rollup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;
using namespace wushe::quarterly;

namespace {

const Quarter kQ2{2024, 2};

ReportData figuresOf(const storage::Database& db, const QString& unit)
{
    auto data = QuarterlyReport(db.sql()).compute(unit, kQ2);
    INFO((data ? std::string() : u8(data.error().toString())));
    REQUIRE(data.has_value());
    return *data;
}

// Draft → reviewed → submitted with every signature, reported on `day`.
SubmittedReport submitQuarter(const storage::Database& db, const QString& unit, QDate day, bool amend = false)
{
    ReportStore store(db.sql(), writeContext());
    auto draft = amend ? store.amend(unit, kQ2) : store.openDraft(unit, kQ2);
    REQUIRE(draft.has_value());
    draft->text.unitHead = QStringLiteral("王局长");
    draft->text.reviewer = QStringLiteral("李审核");
    draft->text.preparer = QStringLiteral("张填表");
    draft->text.reportDate = day;
    draft->text.practices = amend ? QStringLiteral("更正后的做法") : QStringLiteral("每周例会");
    REQUIRE(store.saveText(*draft).has_value());
    REQUIRE(store.markReviewed(*draft).has_value());
    auto submitted = store.submit(*draft, figuresOf(db, unit));
    INFO((submitted ? std::string() : u8(submitted.error().toString())));
    REQUIRE(submitted.has_value());
    return *submitted;
}

QString writePackage(const storage::Database& db, const QString& unit, const QString& path)
{
    auto latest = ReportStore(db.sql(), writeContext()).latest(unit, kQ2);
    REQUIRE(latest.has_value());
    REQUIRE(latest->has_value());
    REQUIRE(ReportPackage::write(path, (*latest)->content, (*latest)->digest).has_value());
    return path;
}

qint64 figureIn(const QByteArray& content, const QString& key)
{
    const QJsonArray figures = QJsonDocument::fromJson(content).object().value(QStringLiteral("figures")).toArray();
    for (const QJsonValue& value : figures)
        if (value.toObject().value(QStringLiteral("key")).toString() == key)
            return qint64(value.toObject().value(QStringLiteral("this")).toDouble());
    FAIL("no figure " << u8(key));
    return -1;
}

} // namespace

TEST_CASE("A report goes draft, reviewed, submitted, and an amendment keeps both revisions", "[quarterly]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("county.db")), QStringLiteral("610523000000"));
    const auto f = test::fixture::buildFixture(db.sql());
    ReportStore store(db.sql(), writeContext());

    auto draft = store.openDraft(f.county, kQ2);
    REQUIRE(draft.has_value());
    CHECK(draft->revision == 1);
    CHECK(draft->status == ReportStatus::Draft);
    CHECK(keyOf(store.markReviewed(*draft)) == "report.reviewer");
    CHECK(keyOf(store.submit(*draft, figuresOf(db, f.county))) == "report.status");
    draft->text.reviewer = QStringLiteral("李审核");
    REQUIRE(store.saveText(*draft).has_value());
    REQUIRE(store.markReviewed(*draft).has_value());
    CHECK(keyOf(store.submit(*draft, figuresOf(db, f.county))) == "report.signatures"); // no head, no preparer
    CHECK(draft->status == ReportStatus::Reviewed);

    const SubmittedReport first = submitQuarter(db, f.county, QDate(2024, 7, 10));
    CHECK(first.revision == 1);
    CHECK(keyOf(store.openDraft(f.county, kQ2)) == "report.submitted");
    auto stored = store.latest(f.county, kQ2);
    REQUIRE(stored.has_value());
    REQUIRE(stored->has_value());
    CHECK((*stored)->status == ReportStatus::Submitted);
    CHECK(figureIn((*stored)->content, QStringLiteral("services.activities")) == 5);
    CHECK((*stored)->digest == ReportJson::digest(QJsonDocument::fromJson((*stored)->content).object()));

    // Frozen in the database itself, not only by the program.
    QSqlQuery edit(db.sql());
    CHECK_FALSE(edit.exec(QStringLiteral("UPDATE quarterly_report SET practices = 'x' WHERE id = '%1'").arg((*stored)->meta.id)));
    CHECK_FALSE(edit.exec(QStringLiteral("UPDATE quarterly_report SET deleted = 1 WHERE id = '%1'").arg((*stored)->meta.id)));

    // Data corrected after submission: the submitted figures stay as they were.
    test::fixture::put(db.sql(), QStringLiteral("service_activity"), f.v1,
                         {{QStringLiteral("held_on"), QStringLiteral("2024-06-02")}, {QStringLiteral("kind"), QStringLiteral("visit")},
                          {QStringLiteral("domain"), QStringLiteral("safety")}, {QStringLiteral("title"), QStringLiteral("补录")}});
    const SubmittedReport second = submitQuarter(db, f.county, QDate(2024, 7, 25), true);
    CHECK(second.revision == 2);
    auto all = store.revisions(f.county, kQ2);
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).status == ReportStatus::Submitted);
    CHECK(all->at(1).status == ReportStatus::Submitted);
    CHECK(figureIn(all->at(0).content, QStringLiteral("services.activities")) == 5);
    CHECK(figureIn(all->at(1).content, QStringLiteral("services.activities")) == 6);
    CHECK(u8(all->at(0).text.practices) == "每周例会");
    CHECK(u8(all->at(1).text.practices) == "更正后的做法");
    CHECK(all->at(0).digest != all->at(1).digest);

    // Due, late, submitted: first submission counts for timeliness.
    auto schedule = store.schedule(f.county, Quarter{2024, 1}, Quarter{2024, 3}, QDate(2024, 8, 1));
    REQUIRE(schedule.has_value());
    REQUIRE(schedule->size() == 3);
    CHECK(schedule->at(0).state == ScheduleRow::State::Late);    // 2024Q1 never reported, due April 15
    CHECK(schedule->at(1).state == ScheduleRow::State::OnTime);  // reported July 10, due July 15
    CHECK(schedule->at(1).revisions == 2);
    CHECK(schedule->at(2).state == ScheduleRow::State::Open);    // 2024Q3 still running
    auto early = store.schedule(f.county, Quarter{2024, 1}, Quarter{2024, 1}, QDate(2024, 4, 10));
    REQUIRE(early.has_value());
    CHECK(early->at(0).state == ScheduleRow::State::Due);
}

TEST_CASE("A city imports its counties' packages, refuses bad ones and adds them up", "[quarterly]")
{
    QTemporaryDir dir;
    storage::Database dali = createJurisdiction(dir.filePath(QStringLiteral("dali.db")), QStringLiteral("610523000000"));
    storage::Database tongguan = createJurisdiction(dir.filePath(QStringLiteral("tongguan.db")), QStringLiteral("610522000000"));
    storage::Database changan = createJurisdiction(dir.filePath(QStringLiteral("changan.db")), QStringLiteral("610116000000"));
    const auto fd = test::fixture::buildFixture(dali.sql());
    const auto ft = test::fixture::buildFixture(tongguan.sql());
    test::fixture::put(tongguan.sql(), QStringLiteral("service_activity"), ft.v1,
                         {{QStringLiteral("held_on"), QStringLiteral("2024-06-02")}, {QStringLiteral("kind"), QStringLiteral("visit")},
                          {QStringLiteral("domain"), QStringLiteral("safety")}, {QStringLiteral("title"), QStringLiteral("多一次")},
                          {QStringLiteral("people_served"), 3}});
    submitQuarter(dali, fd.county, QDate(2024, 7, 10));
    submitQuarter(tongguan, ft.county, QDate(2024, 7, 20)); // after July 15: late
    submitQuarter(changan, QStringLiteral("610116000000"), QDate(2024, 7, 5));
    const QString daliPackage = writePackage(dali, fd.county, dir.filePath(QStringLiteral("dali.json")));
    const QString tongguanPackage = writePackage(tongguan, ft.county, dir.filePath(QStringLiteral("tongguan.json")));
    const QString foreignPackage = writePackage(changan, QStringLiteral("610116000000"), dir.filePath(QStringLiteral("changan.json")));

    // A tampered copy: one figure changed, digest left as it was.
    QFile original(daliPackage);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QJsonObject package = QJsonDocument::fromJson(original.readAll()).object();
    QJsonObject content = package.value(QStringLiteral("content")).toObject();
    QJsonArray figures = content.value(QStringLiteral("figures")).toArray();
    QJsonObject first = figures.at(0).toObject();
    first.insert(QStringLiteral("this"), first.value(QStringLiteral("this")).toDouble() + 1);
    figures.replace(0, first);
    content.insert(QStringLiteral("figures"), figures);
    package.insert(QStringLiteral("content"), content);
    QFile tampered(dir.filePath(QStringLiteral("tampered.json")));
    REQUIRE(tampered.open(QIODevice::WriteOnly));
    tampered.write(QJsonDocument(package).toJson());
    tampered.close();

    // A cut-off copy (half the bytes) and another 潼关县 revision 1 with other figures.
    QFile whole(daliPackage);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QFile cut(dir.filePath(QStringLiteral("cut.json")));
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() / 2));
    cut.close();
    storage::Database other = createJurisdiction(dir.filePath(QStringLiteral("tongguan2.db")), QStringLiteral("610522000000"));
    test::fixture::buildFixture(other.sql());
    submitQuarter(other, ft.county, QDate(2024, 7, 12));
    const QString otherPackage = writePackage(other, ft.county, dir.filePath(QStringLiteral("tongguan-other.json")));

    storage::Database city = createJurisdiction(dir.filePath(QStringLiteral("city.db")), QStringLiteral("610500000000"));
    Rollup rollup(city.sql(), writeContext());
    CHECK(keyOf(rollup.importPackage(tampered.fileName())) == "package.damaged");
    REQUIRE(rollup.importPackage(daliPackage).has_value());
    REQUIRE(rollup.importPackage(tongguanPackage).has_value());
    CHECK(keyOf(rollup.importPackage(daliPackage)) == "package.duplicate");
    CHECK(keyOf(rollup.importPackage(foreignPackage)) == "package.foreign");
    CHECK(keyOf(rollup.importPackage(cut.fileName())) == "package.damaged");
    CHECK(keyOf(rollup.importPackage(otherPackage)) == "package.conflict");
    CHECK(keyOf(rollup.importPackage(dir.filePath(QStringLiteral("missing.json")))) == "package.read");

    auto status = rollup.completeness(kQ2, QDate(2024, 8, 1));
    REQUIRE(status.has_value());
    REQUIRE(status->size() == 11); // 渭南市's 11 counties and districts
    int missing = 0;
    for (const MemberStatus& row : *status) {
        if (row.code == fd.county)
            CHECK(row.state == MemberStatus::State::OnTime);
        else if (row.code == ft.county)
            CHECK(row.state == MemberStatus::State::Late);
        else if (row.state == MemberStatus::State::MissingLate)
            ++missing;
    }
    CHECK(missing == 9);

    const ReportData d = figuresOf(dali, fd.county);
    const ReportData t = figuresOf(tongguan, ft.county);
    auto total = rollup.report(kQ2);
    REQUIRE(total.has_value());
    CHECK(total->unitCode == QStringLiteral("610500000000"));
    REQUIRE(total->breakdownUnits.size() == 11);
    for (const Figure& figure : total->figures) {
        INFO(u8(figure.key));
        const Figure* a = d.find(figure.key);
        const Figure* b = t.find(figure.key);
        REQUIRE(a);
        REQUIRE(b);
        if (figure.kind == ValueKind::Ratio)
            continue;
        CHECK(figure.thisQuarter == a->thisQuarter + b->thisQuarter);
        CHECK(figure.lastQuarter == a->lastQuarter + b->lastQuarter);
        CHECK(figure.byUnit.value(fd.county) == a->thisQuarter);
        CHECK(figure.byUnit.value(ft.county) == b->thisQuarter);
    }
    CHECK(total->find(QStringLiteral("services.activities"))->thisQuarter == 11); // 5 + 6
    CHECK(total->find(QStringLiteral("orgs.counting_share"))->thisQuarter == 5556); // 20 of 36, as for one county
    int notReported = 0;
    QStringList late;
    for (const Flag& flag : total->flags) {
        notReported += flag.key == u"rollup.missing" ? 1 : 0;
        if (flag.key == u"rollup.late")
            late << flag.unitName + u' ' + flag.message;
    }
    CHECK(notReported == 9);
    CHECK(late == QStringList{QStringLiteral("潼关县 逾期报送（报出日期2024-07-20，截止2024-07-15）")});

    // A correction from 大荔: both revisions kept, the city adds up the newer one.
    test::fixture::put(dali.sql(), QStringLiteral("service_activity"), fd.v1,
                         {{QStringLiteral("held_on"), QStringLiteral("2024-06-03")}, {QStringLiteral("kind"), QStringLiteral("visit")},
                          {QStringLiteral("domain"), QStringLiteral("safety")}, {QStringLiteral("title"), QStringLiteral("补录")}});
    submitQuarter(dali, fd.county, QDate(2024, 7, 28), true);
    REQUIRE(rollup.importPackage(writePackage(dali, fd.county, dir.filePath(QStringLiteral("dali-2.json")))).has_value());
    auto revisions = ReportStore(city.sql(), writeContext()).revisions(fd.county, kQ2);
    REQUIRE(revisions.has_value());
    CHECK(revisions->size() == 2);
    auto corrected = rollup.report(kQ2);
    REQUIRE(corrected.has_value());
    CHECK(corrected->find(QStringLiteral("services.activities"))->thisQuarter == 12);
    auto again = rollup.completeness(kQ2, QDate(2024, 8, 1));
    REQUIRE(again.has_value());
    for (const MemberStatus& row : *again)
        if (row.code == fd.county) {
            CHECK(row.state == MemberStatus::State::OnTime); // the first revision was on time
            CHECK(row.revision == 2);
        }
}
