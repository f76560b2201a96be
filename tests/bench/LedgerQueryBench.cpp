// Timing of LedgerQuery and DueList on a large database (not a test; not run by ctest).
//
//   wushe_query_bench NEW.db [ELDERLY=200000] [CHILDREN=8000] [RELIEF=10000] [VISITS=1500000]
//
// Creates a 大荔县 database, fills it with prepared INSERTs in one transaction
// (person, person_name_index, the three ledgers, relief heads as members, visits
// spread over the last two years), then prints the median and best of 5 runs of
// each query, and the query plans, first without statistics, then after ANALYZE.
#include "Clock.h"
#include "demo/ChineseNames.h"
#include "domain/ElderlyRecord.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "rules/PinyinKey.h"
#include "rules/VisitSchedule.h"
#include "storage/DueList.h"
#include "storage/LedgerQuery.h"
#include "storage/PersonRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

using namespace wushe;

namespace {

QTextStream out(stdout);
const QDate kToday(2024, 6, 15);
const QString kStamp = QStringLiteral("2024-06-15T01:00:00.000Z");

[[noreturn]] void die(const QString& message)
{
    out << "FAILED: " << message << Qt::endl;
    std::exit(1);
}

template <typename T>
T check(Result<T> result, const char* what)
{
    if (!result)
        die(QString::fromLatin1(what) + u' ' + result.error().toString());
    return std::move(*result);
}

void check(Result<void> result, const char* what)
{
    if (!result)
        die(QString::fromLatin1(what) + u' ' + result.error().toString());
}

// A prepared INSERT bound by column name.
class Insert
{
public:
    Insert(const QSqlDatabase& db, const QString& table, const QStringList& columns) : m_query(db)
    {
        QStringList placeholders;
        for (const QString& column : columns)
            placeholders << u':' + column;
        if (!m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(table, columns.join(u','), placeholders.join(u','))))
            die(m_query.lastError().text());
    }
    Insert& set(const QString& column, const QVariant& value)
    {
        m_query.bindValue(u':' + column, value);
        return *this;
    }
    void exec()
    {
        if (!m_query.exec())
            die(m_query.lastError().text());
    }

private:
    QSqlQuery m_query;
};

const QStringList kMeta{QStringLiteral("id"), QStringLiteral("org_code"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at"), QStringLiteral("updated_by")};

struct Generator
{
    explicit Generator(QSqlDatabase database) : db(std::move(database)) {}

    QSqlDatabase db;
    QRandomGenerator random{2024};
    demo::ChineseNames names{random};
    QStringList villages;
    QHash<QString, int> sequences; // per birth date: IDs stay unique
    QStringList elderlyIds, childIds, reliefIds;

    Insert person{db, QStringLiteral("person"),
                  kMeta + QStringList{QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("name_key"),
                                      QStringLiteral("sex"), QStringLiteral("birth_date"), QStringLiteral("phone"),
                                      QStringLiteral("id_reversed"), QStringLiteral("phone_reversed")}};
    Insert gram{db, QStringLiteral("person_name_index"), {QStringLiteral("gram"), QStringLiteral("person_id")}};

    struct Made
    {
        QString id, orgCode, idNumber, name, birth;
        QByteArray nameKey;
    };

    Made addPerson(QDate from, QDate to)
    {
        Made made;
        const QDate birth = names.dateBetween(from, to);
        // 389 is prime to 1000: distinct, spread-out sequence numbers per birth day.
        const int sequence = (sequences[birth.toString(Qt::ISODate)]++ * 389 + 17) % 1000;
        const bool male = sequence % 2 == 1;
        const QString first17 = QStringLiteral("610523") + birth.toString(QStringLiteral("yyyyMMdd"))
                              + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        made.id = names.uuid();
        made.orgCode = villages.at(random.bounded(int(villages.size())));
        made.idNumber = first17 + rules::IdNumber::checkDigit(first17);
        made.name = names.fullName(male ? rules::Sex::Male : rules::Sex::Female);
        made.nameKey = rules::pinyinKey(made.name);
        made.birth = birth.toString(Qt::ISODate);
        const QString phone = random.bounded(10) < 7 ? names.mobilePhone() : QStringLiteral(""); // NOT NULL
        QString idReversed = made.idNumber, phoneReversed = phone;
        std::reverse(idReversed.begin(), idReversed.end());
        std::reverse(phoneReversed.begin(), phoneReversed.end());
        person.set(QStringLiteral("id"), made.id).set(QStringLiteral("org_code"), made.orgCode);
        person.set(QStringLiteral("created_at"), kStamp).set(QStringLiteral("updated_at"), kStamp);
        person.set(QStringLiteral("updated_by"), QStringLiteral("bench"));
        person.set(QStringLiteral("id_number"), made.idNumber).set(QStringLiteral("name"), made.name);
        person.set(QStringLiteral("name_key"), made.nameKey).set(QStringLiteral("sex"), male ? "male" : "female");
        person.set(QStringLiteral("birth_date"), made.birth).set(QStringLiteral("phone"), phone);
        person.set(QStringLiteral("id_reversed"), idReversed).set(QStringLiteral("phone_reversed"), phoneReversed);
        person.exec();
        for (const QString& piece : storage::PersonRepository::nameGrams(made.name)) {
            gram.set(QStringLiteral("gram"), piece).set(QStringLiteral("person_id"), made.id);
            gram.exec();
        }
        return made;
    }

    // The ledger columns every ledger row has (meta, person copies, registration).
    static void common(Insert& insert, const Made& made, const QString& id, const QString& personColumn,
                       const QString& registeredOn)
    {
        insert.set(QStringLiteral("id"), id).set(QStringLiteral("org_code"), made.orgCode);
        insert.set(QStringLiteral("created_at"), kStamp).set(QStringLiteral("updated_at"), kStamp);
        insert.set(QStringLiteral("updated_by"), QStringLiteral("bench")).set(personColumn, made.id);
        insert.set(QStringLiteral("name_key"), made.nameKey).set(QStringLiteral("id_number"), made.idNumber);
        insert.set(QStringLiteral("birth_date"), made.birth).set(QStringLiteral("registered_on"), registeredOn);
    }

    QString registration() { return names.dateBetween(QDate(2020, 1, 1), kToday).toString(Qt::ISODate); }

    void addElderly(int count)
    {
        Insert insert(db, QStringLiteral("elderly_record"),
                      kMeta + QStringList{QStringLiteral("person_id"), QStringLiteral("name_key"),
                                          QStringLiteral("id_number"), QStringLiteral("birth_date"),
                                          QStringLiteral("registered_on"), QStringLiteral("categories"),
                                          QStringLiteral("family_structure"), QStringLiteral("health_status"),
                                          QStringLiteral("care_situation"), QStringLiteral("risk_tier"),
                                          QStringLiteral("visit_interval")});
        for (int i = 0; i < count; ++i) {
            const Made made = addPerson(QDate(1925, 1, 1), QDate(1960, 12, 31));
            ElderlyRecord record; // for the interval rule
            record.categories = 1u << random.bounded(9);
            const int tier = random.bounded(10);
            record.riskTier = tier == 0 ? RiskTier::High : tier < 4 ? RiskTier::Key : RiskTier::General;
            const QString id = names.uuid();
            common(insert, made, id, QStringLiteral("person_id"), registration());
            insert.set(QStringLiteral("categories"), record.categories);
            insert.set(QStringLiteral("family_structure"), QStringLiteral("couple"));
            insert.set(QStringLiteral("health_status"), QStringLiteral("basically_healthy"));
            insert.set(QStringLiteral("care_situation"), QStringLiteral("children"));
            insert.set(QStringLiteral("risk_tier"), kRiskTiers.key(record.riskTier));
            insert.set(QStringLiteral("visit_interval"), kVisitIntervals.key(rules::visitInterval(record)));
            insert.exec();
            elderlyIds << id;
        }
    }

    void addChildren(int count)
    {
        Insert insert(db, QStringLiteral("child_record"),
                      kMeta + QStringList{QStringLiteral("person_id"), QStringLiteral("name_key"),
                                          QStringLiteral("id_number"), QStringLiteral("birth_date"),
                                          QStringLiteral("registered_on"), QStringLiteral("categories"),
                                          QStringLiteral("guardianship_type"), QStringLiteral("schooling"),
                                          QStringLiteral("health"), QStringLiteral("risk_tier"),
                                          QStringLiteral("visit_interval")});
        for (int i = 0; i < count; ++i) {
            const Made made = addPerson(QDate(2008, 1, 1), QDate(2020, 12, 31));
            const int tier = random.bounded(10);
            const QString id = names.uuid();
            common(insert, made, id, QStringLiteral("person_id"), registration());
            insert.set(QStringLiteral("categories"), 1u << random.bounded(6));
            insert.set(QStringLiteral("guardianship_type"), QStringLiteral("fair"));
            insert.set(QStringLiteral("schooling"), QStringLiteral("primary"));
            insert.set(QStringLiteral("health"), QStringLiteral("healthy"));
            insert.set(QStringLiteral("risk_tier"), tier == 0 ? "high" : tier < 4 ? "key" : "general");
            insert.set(QStringLiteral("visit_interval"), tier == 0 ? "week" : tier < 4 ? "month" : "quarter");
            insert.exec();
            childIds << id;
        }
    }

    void addRelief(int count)
    {
        Insert insert(db, QStringLiteral("relief_household"),
                      kMeta + QStringList{QStringLiteral("head_person_id"), QStringLiteral("name_key"),
                                          QStringLiteral("id_number"), QStringLiteral("birth_date"),
                                          QStringLiteral("registered_on"), QStringLiteral("category"),
                                          QStringLiteral("monthly_amount_fen"), QStringLiteral("start_on"),
                                          QStringLiteral("status"), QStringLiteral("review_cycle")});
        Insert member(db, QStringLiteral("relief_member"),
                      kMeta + QStringList{QStringLiteral("household_id"), QStringLiteral("person_id"),
                                          QStringLiteral("relationship"), QStringLiteral("work_ability"),
                                          QStringLiteral("health")});
        for (int i = 0; i < count; ++i) {
            const Made made = addPerson(QDate(1940, 1, 1), QDate(1990, 12, 31));
            const QString id = names.uuid();
            const QString registered = registration();
            common(insert, made, id, QStringLiteral("head_person_id"), registered);
            insert.set(QStringLiteral("category"), random.bounded(10) < 8 ? "dibao_rural" : "tekun_dispersed");
            insert.set(QStringLiteral("monthly_amount_fen"), 30000 + random.bounded(40000));
            insert.set(QStringLiteral("start_on"), registered);
            insert.set(QStringLiteral("status"), random.bounded(20) == 0 ? "stopped" : "active");
            insert.set(QStringLiteral("review_cycle"), random.bounded(3) == 0 ? "half_year" : "year");
            insert.exec();
            member.set(QStringLiteral("id"), names.uuid()).set(QStringLiteral("org_code"), made.orgCode);
            member.set(QStringLiteral("created_at"), kStamp).set(QStringLiteral("updated_at"), kStamp);
            member.set(QStringLiteral("updated_by"), QStringLiteral("bench"));
            member.set(QStringLiteral("household_id"), id).set(QStringLiteral("person_id"), made.id);
            member.set(QStringLiteral("relationship"), QStringLiteral("head"));
            member.set(QStringLiteral("work_ability"), QStringLiteral("full"));
            member.set(QStringLiteral("health"), QStringLiteral("healthy"));
            member.exec();
            reliefIds << id;
        }
    }

    void addVisits(int count)
    {
        Insert insert(db, QStringLiteral("visit"),
                      kMeta + QStringList{QStringLiteral("ledger"), QStringLiteral("subject_id"),
                                          QStringLiteral("visit_on"), QStringLiteral("mode"), QStringLiteral("kind"),
                                          QStringLiteral("visitors"), QStringLiteral("visitor_count")});
        const qsizetype subjects = elderlyIds.size() + childIds.size() + reliefIds.size();
        for (int i = 0; i < count && subjects > 0; ++i) {
            qsizetype pick = qsizetype(random.bounded(quint64(subjects)));
            QString ledger = QStringLiteral("elderly");
            const QStringList* ids = &elderlyIds;
            if (pick >= elderlyIds.size()) {
                pick -= elderlyIds.size();
                ledger = QStringLiteral("child");
                ids = &childIds;
                if (pick >= childIds.size()) {
                    pick -= childIds.size();
                    ledger = QStringLiteral("relief");
                    ids = &reliefIds;
                }
            }
            const bool relief = ledger == u"relief";
            insert.set(QStringLiteral("id"), names.uuid()).set(QStringLiteral("org_code"), villages.first());
            insert.set(QStringLiteral("created_at"), kStamp).set(QStringLiteral("updated_at"), kStamp);
            insert.set(QStringLiteral("updated_by"), QStringLiteral("bench"));
            insert.set(QStringLiteral("ledger"), ledger).set(QStringLiteral("subject_id"), ids->at(pick));
            insert.set(QStringLiteral("visit_on"),
                       names.dateBetween(kToday.addYears(-2), kToday).toString(Qt::ISODate));
            insert.set(QStringLiteral("mode"), QStringLiteral("home"));
            insert.set(QStringLiteral("kind"), relief ? (random.bounded(2) ? "household_check" : "review") : "visit");
            insert.set(QStringLiteral("visitors"), QStringLiteral("[]")).set(QStringLiteral("visitor_count"), 2);
            insert.exec();
        }
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Runs `work` 5 times; prints the median and the best time in ms and what it returned.
void timeIt(const QString& label, const std::function<QString()>& work)
{
    QList<double> times;
    QString result;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        result = work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    out << "  " << label.leftJustified(44) << QString::number(median(times), 'f', 1).rightJustified(8) << " ms  (best "
        << QString::number(*std::min_element(times.cbegin(), times.cend()), 'f', 1) << ")  " << result << Qt::endl;
}

void printPlan(const QString& label, const QStringList& plan)
{
    out << "  -- " << label << '\n';
    for (const QString& line : plan)
        out << "     " << line << '\n';
    out.flush();
}

storage::LedgerFilter filterFor(const QString& search = {})
{
    storage::LedgerFilter filter;
    filter.asOf = kToday;
    filter.search = search;
    return filter;
}

void measure(const QSqlDatabase& db, const QString& township, const QString& sampleId, const QString& samplePhone,
             const QString& commonName, const QString& rareName)
{
    storage::LedgerQuery query(db);
    const auto pageOf = [&](const storage::LedgerFilter& filter, storage::LedgerSort sort,
                            Qt::SortOrder order = Qt::AscendingOrder, qint64 offset = 0) {
        return [=, &query] {
            const auto rows = check(query.page(filter, sort, order, offset, 50), "page");
            return QStringLiteral("%1 rows, first %2").arg(rows.size()).arg(rows.isEmpty() ? QString() : rows.first().name);
        };
    };
    const auto countOf = [&](const storage::LedgerFilter& filter) {
        return [=, &query] { return QStringLiteral("%1 rows").arg(check(query.count(filter), "count")); };
    };
    using storage::LedgerSort;
    storage::LedgerFilter inTownship = filterFor();
    inTownship.underCode = township;
    storage::LedgerFilter overdue = filterFor();
    overdue.overdueOnly = true;
    storage::LedgerFilter alone = filterFor();
    alone.categoryMask = quint32(ElderlyCategory::LivingAlone);

    timeIt(QStringLiteral("count, whole jurisdiction"), countOf(filterFor()));
    timeIt(QStringLiteral("first page by name"), pageOf(filterFor(), LedgerSort::Name));
    timeIt(QStringLiteral("first page by name, descending"), pageOf(filterFor(), LedgerSort::Name, Qt::DescendingOrder));
    timeIt(QStringLiteral("first page by ID number"), pageOf(filterFor(), LedgerSort::IdNumber));
    timeIt(QStringLiteral("first page by birth date"), pageOf(filterFor(), LedgerSort::BirthDate));
    timeIt(QStringLiteral("first page by village"), pageOf(filterFor(), LedgerSort::Village));
    timeIt(QStringLiteral("page at offset 100000 by name"), pageOf(filterFor(), LedgerSort::Name, Qt::AscendingOrder, 100000));
    timeIt(QStringLiteral("township: count"), countOf(inTownship));
    timeIt(QStringLiteral("township: first page by name"), pageOf(inTownship, LedgerSort::Name));
    timeIt(QStringLiteral("category 独居: first page by name"), pageOf(alone, LedgerSort::Name));
    timeIt(QStringLiteral("search ") + commonName + QStringLiteral(": count"), countOf(filterFor(commonName)));
    timeIt(QStringLiteral("search ") + commonName + QStringLiteral(": first page"), pageOf(filterFor(commonName), LedgerSort::Name));
    timeIt(QStringLiteral("search ") + rareName + QStringLiteral(": first page"), pageOf(filterFor(rareName), LedgerSort::Name));
    timeIt(QStringLiteral("search 王 (1 char): first page"), pageOf(filterFor(QStringLiteral("王")), LedgerSort::Name));
    timeIt(QStringLiteral("search ID last 4 ") + sampleId.right(4) + QStringLiteral(": page"),
           pageOf(filterFor(sampleId.right(4)), LedgerSort::Name));
    timeIt(QStringLiteral("search ID last 6: page"), pageOf(filterFor(sampleId.right(6)), LedgerSort::Name));
    timeIt(QStringLiteral("search exact ID: page"), pageOf(filterFor(sampleId), LedgerSort::Name));
    timeIt(QStringLiteral("search phone last 4 ") + samplePhone.right(4) + QStringLiteral(": page"),
           pageOf(filterFor(samplePhone.right(4)), LedgerSort::Name));
    timeIt(QStringLiteral("search exact phone: page"), pageOf(filterFor(samplePhone), LedgerSort::Name));
    timeIt(QStringLiteral("overdue only: first page by name"), pageOf(overdue, LedgerSort::Name));
    timeIt(QStringLiteral("overdue only: count"), countOf(overdue));
    storage::DueList due(db);
    timeIt(QStringLiteral("due list, township"), [&] {
        return QStringLiteral("%1 items").arg(check(due.dueAndOverdue(township, kToday), "due").size());
    });
    timeIt(QStringLiteral("due list, whole jurisdiction"), [&] {
        return QStringLiteral("%1 items").arg(check(due.dueAndOverdue({}, kToday), "due").size());
    });

    out << "\n  Query plans\n";
    printPlan(QStringLiteral("count"), check(query.countPlan(filterFor()), "plan"));
    printPlan(QStringLiteral("first page by name"),
              check(query.pagePlan(filterFor(), LedgerSort::Name, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("first page by ID"),
              check(query.pagePlan(filterFor(), LedgerSort::IdNumber, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("township by name"),
              check(query.pagePlan(inTownship, LedgerSort::Name, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("2-char name search"),
              check(query.pagePlan(filterFor(commonName), LedgerSort::Name, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("3-char name search"),
              check(query.pagePlan(filterFor(rareName), LedgerSort::Name, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("ID suffix search"),
              check(query.pagePlan(filterFor(sampleId.right(4)), LedgerSort::Name, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("exact phone"),
              check(query.pagePlan(filterFor(samplePhone), LedgerSort::Name, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("overdue only"),
              check(query.pagePlan(overdue, LedgerSort::Name, Qt::AscendingOrder, 0, 50), "plan"));
    printPlan(QStringLiteral("due list (relief)"), check(due.plan(Ledger::Relief, {}, kToday), "plan"));
    printPlan(QStringLiteral("due list (elderly, township)"), check(due.plan(Ledger::Elderly, township, kToday), "plan"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(QStringLiteral("usage: wushe_query_bench NEW.db [ELDERLY] [CHILDREN] [RELIEF] [VISITS]"));
    const auto number = [&](int index, int fallback) { return args.size() > index ? args.at(index).toInt() : fallback; };
    const int elderly = number(2, 200000), children = number(3, 8000), relief = number(4, 10000),
              visits = number(5, 1500000);

    const FixedClock clock(kToday);
    std::optional<storage::Database> database;
    if (QFileInfo::exists(args.at(1))) { // measure again on a database filled before
        database.emplace(check(storage::Database::open(args.at(1), {storage::Database::IfMissing::Fail,
                                                                    storage::Database::IntegrityCheck::Quick}),
                               "open"));
        for (const char* table : {"sqlite_stat1", "sqlite_stat4"}) // back to "no statistics"
            check(storage::execSql(database->sql(), QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))),
                  "drop stats");
        out << "Reusing " << args.at(1) << '\n';
    } else {
        const auto catalog = check(org::DivisionCatalog::loadBundled(), "catalog");
        database.emplace(check(org::JurisdictionCreator(catalog).create(args.at(1), QStringLiteral("610523000000"),
                                                                        {QStringLiteral("bench"), &clock}),
                               "create"));
        Generator generator(database->sql());
        QSqlQuery villages(database->sql());
        if (!villages.exec(QStringLiteral("SELECT code FROM org_unit WHERE level = 'village' ORDER BY code")))
            die(villages.lastError().text());
        while (villages.next())
            generator.villages << villages.value(0).toString();

        QElapsedTimer timer;
        timer.start();
        check(storage::execSql(database->sql(), QStringLiteral("BEGIN")), "begin");
        generator.addElderly(elderly);
        generator.addChildren(children);
        generator.addRelief(relief);
        const qint64 peopleMs = timer.restart();
        generator.addVisits(visits);
        check(storage::execSql(database->sql(), QStringLiteral("COMMIT")), "commit");
        out << QStringLiteral("Filled %1 elderly, %2 children, %3 households in %4 s; %5 visits in %6 s\n")
                   .arg(elderly).arg(children).arg(relief).arg(double(peopleMs) / 1000, 0, 'f', 1).arg(visits)
                   .arg(double(timer.elapsed()) / 1000, 0, 'f', 1);
    }
    const QSqlDatabase db = database->sql();
    // e.g. WUSHE_BENCH_PRAGMA="PRAGMA mmap_size = 268435456" to compare connection settings.
    if (const QString pragma = qEnvironmentVariable("WUSHE_BENCH_PRAGMA"); !pragma.isEmpty()) {
        check(storage::execSql(db, pragma), "pragma");
        out << pragma << '\n';
    }

    // A sample person with a phone, a common 2-character and a rare 3-character name.
    QSqlQuery sample(db);
    if (!sample.exec(QStringLiteral("SELECT p.id_number, p.phone FROM elderly_record r JOIN person p ON p.id = r.person_id "
                                    "WHERE p.phone <> '' LIMIT 1 OFFSET 777"))
        || !sample.next())
        die(QStringLiteral("no sample person"));
    const QString sampleId = sample.value(0).toString();
    const QString samplePhone = sample.value(1).toString();
    if (!sample.exec(QStringLiteral("SELECT name FROM person WHERE length(name) = 3 LIMIT 1 OFFSET 42")) || !sample.next())
        die(QStringLiteral("no 3-character name"));
    const QString rareName = sample.value(0).toString();
    const QString township = QStringLiteral("610523101000");

    out << "\nWithout statistics (a new database):\n";
    measure(db, township, sampleId, samplePhone, QStringLiteral("王伟"), rareName);
    QElapsedTimer timer;
    timer.start();
    check(storage::execSql(db, QStringLiteral("ANALYZE")), "analyze");
    out << "\nAfter ANALYZE (" << timer.elapsed() << " ms):\n";
    measure(db, township, sampleId, samplePhone, QStringLiteral("王伟"), rareName);
    return 0;
}
