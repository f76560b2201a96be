// wushe-bench: how fast the app answers and how much memory it takes on a county's
// ten years of data (issue 7; how to run it and the figures: docs/benchmarks.md).
//
//   wushe-bench [--db FILE] [--runs N] [--only REGEX] [--plans] [--analyze] [--elderly N] [--pragma SQL]
//
// Works on a copy of FILE in a temporary directory (the file given is never written);
// without --db it makes the county 10-year database with
// `wushe-cli demo --unit 610523000000 --scale 10 --years 10`. Prints a header line,
// then one line per figure:  name<TAB>median_ms<TAB>p95_ms<TAB>peak_rss_mb
// Every other line on stdout starts with '#'; progress goes to stderr.
#include "Bench.h"
#include "BulkInsert.h"
#include "Clock.h"
#include "ExchangeBench.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "quarterly/QuarterlyReport.h"
#include "quarterly/ReportStore.h"
#include "quarterly/Rollup.h"
#include "report/LedgerListDocument.h"
#include "report/QuarterlyReportDocument.h"
#include "report/RegisterPainter.h"
#include "report/PagedRenderer.h"
#include "storage/Database.h"
#include "storage/DueList.h"
#include "storage/LedgerQuery.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdlib>
#include <malloc.h>
#include <optional>

using namespace wushe;
using namespace wushe::bench;

namespace {

const QString kCounty = QStringLiteral("610523000000"); // 大荔县

struct Settings
{
    int runs = 5;
    bool plans = false;
};

template <typename T>
T ok(Result<T> result, const QString& what)
{
    if (!result)
        die(what + QStringLiteral(": ") + result.error().toString());
    return std::move(*result);
}

void ok(Result<void> result, const QString& what)
{
    if (!result)
        die(what + QStringLiteral(": ") + result.error().toString());
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        die(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    return query.next() ? query.value(0) : QVariant();
}

QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        die(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

storage::Database openDb(const QString& path, storage::Database::IntegrityCheck check)
{
    return ok(storage::Database::open(path, {storage::Database::IfMissing::Fail, check}), QStringLiteral("open"));
}

// --- The database measured -------------------------------------------------------

// Copies FILE (and its -wal, which may hold committed pages) into the work directory.
QString copyDatabase(const QString& source, const QDir& work)
{
    if (!QFileInfo(source).isFile())
        die(QStringLiteral("no such file: %1").arg(source));
    const QString target = work.filePath(QStringLiteral("county.db"));
    Report::progress() << "copying " << source << " …" << Qt::endl;
    if (!QFile::copy(source, target))
        die(QStringLiteral("cannot copy %1 to %2").arg(source, target));
    if (QFileInfo::exists(source + QStringLiteral("-wal")) && !QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal")))
        die(QStringLiteral("cannot copy %1-wal").arg(source));
    for (const QString& file : {target, target + QStringLiteral("-wal")})
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

// The county 10-year database, made by the demo generator of this build.
QString generateDatabase(const QDir& work)
{
    const QString target = work.filePath(QStringLiteral("county.db"));
    const QStringList arguments{QStringLiteral("demo"),  QStringLiteral("--db"),    target,
                                QStringLiteral("--unit"), kCounty,                   QStringLiteral("--scale"),
                                QStringLiteral("10"),     QStringLiteral("--years"), QStringLiteral("10")};
    Report::progress() << "generating: " << WUSHE_CLI << ' ' << arguments.join(u' ') << " (minutes) …" << Qt::endl;
    QProcess cli;
    cli.start(QStringLiteral(WUSHE_CLI), arguments);
    if (!cli.waitForFinished(-1) || cli.exitStatus() != QProcess::NormalExit)
        die(QStringLiteral("%1 did not run").arg(QStringLiteral(WUSHE_CLI)));
    Report::progress() << QString::fromUtf8(cli.readAllStandardOutput()) << Qt::flush; // rows per table: not figures
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    if (cli.exitCode() == 2 && errors.contains(QStringLiteral("years")))
        die(QStringLiteral("this build's `wushe-cli demo` has no --years option yet (the demo with ledgers and "
                           "visits has not landed): pass --db FILE with a county 10-year database"));
    if (cli.exitCode() != 0)
        die(QStringLiteral("wushe-cli demo failed (exit %1): %2").arg(cli.exitCode()).arg(errors.trimmed()));
    return target;
}

// --- What the figures need to know about the data -----------------------------------

struct Data
{
    QString path;
    QDate today;
    QString township;     // the township with the most elderly rows
    QString townshipName;
    QStringList villages;
};

Data inspect(const QString& path, const QSqlDatabase& db, Report& report)
{
    Data data;
    data.path = path;
    if (scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE code = '%1'").arg(kCounty)).toInt() != 1)
        die(QStringLiteral("the database is not 大荔县's (%1)").arg(kCounty));
    const qint64 visits = scalar(db, QStringLiteral("SELECT count(*) FROM visit")).toLongLong();
    if (visits == 0)
        die(QStringLiteral("the database has no visits: not a county 10-year database"));
    const QDate fixed = QDate::fromString(qEnvironmentVariable("WUSHE_TODAY"), Qt::ISODate);
    data.today = fixed.isValid()
                     ? fixed
                     : QDate::fromString(scalar(db, QStringLiteral("SELECT max(visit_on) FROM visit WHERE deleted = 0"))
                                             .toString(),
                                         Qt::ISODate);
    const QStringList township =
        column(db, QStringLiteral("SELECT o.code || char(9) || o.name FROM org_unit o WHERE o.level = 'township' "
                                  "ORDER BY (SELECT count(*) FROM elderly_record r WHERE r.deleted = 0 "
                                  "AND r.org_code BETWEEN substr(o.code, 1, 9) || '000' AND substr(o.code, 1, 9) || '999') "
                                  "DESC, o.code LIMIT 1"));
    if (township.isEmpty())
        die(QStringLiteral("no township"));
    data.township = township.first().section(u'\t', 0, 0);
    data.townshipName = township.first().section(u'\t', 1, 1);
    data.villages = column(db, QStringLiteral("SELECT code FROM org_unit WHERE level = 'village' ORDER BY code"));

    QStringList rows;
    for (const char* table : {"person", "elderly_record", "child_record", "relief_household", "relief_member", "visit"})
        rows << QStringLiteral("%1 %2").arg(QLatin1String(table))
                    .arg(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
    const bool stats = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'")).toInt() > 0;
    report.comment(QStringLiteral("database: %1 MB; rows: %2; planner statistics (sqlite_stat1): %3")
                       .arg(QFileInfo(path).size() / (1024 * 1024))
                       .arg(rows.join(QStringLiteral(", ")), stats ? QStringLiteral("yes") : QStringLiteral("no")));
    report.comment(QStringLiteral("today: %1 (%2); township: %3 %4")
                       .arg(data.today.toString(Qt::ISODate),
                            fixed.isValid() ? QStringLiteral("WUSHE_TODAY") : QStringLiteral("newest visit"),
                            data.township, data.townshipName));
    return data;
}

// --- Figures ------------------------------------------------------------------------

void openFigures(const Data& data, const Settings& settings, Report& report, storage::Database::IntegrityCheck check,
                 const QString& name)
{
    if (!report.wanted(name))
        return;
    Report::progress() << name << "…" << Qt::endl;
    resetPeakRss();
    QList<double> ms;
    for (int run = 0; run < settings.runs; ++run) {
        std::optional<storage::Database> db;
        ms << timeMs([&] { db.emplace(openDb(data.path, check)); });
        db.reset(); // closing (and a verified file's PRAGMA optimize) is not part of opening
    }
    report.figure(name, ms, peakRssMb());
}

storage::LedgerFilter filterOf(Ledger ledger, const Data& data, const QString& under = kCounty)
{
    storage::LedgerFilter filter;
    filter.ledger = ledger;
    filter.underCode = under;
    filter.asOf = data.today;
    return filter;
}

constexpr int kPageSize = 100; // LedgerTableModel::kPageSize

// What a ledger page does when its filter or sort changes: count, then the first page.
void countAndPage(const storage::LedgerQuery& query, const storage::LedgerFilter& filter, storage::LedgerSort sort,
                  Qt::SortOrder order = Qt::AscendingOrder)
{
    ok(query.count(filter), QStringLiteral("count"));
    ok(query.page(filter, sort, order, 0, kPageSize), QStringLiteral("page"));
}

void printPlans(Report& report, const storage::LedgerQuery& query, const QString& name,
                const storage::LedgerFilter& filter, storage::LedgerSort sort, Qt::SortOrder order = Qt::AscendingOrder)
{
    report.comment(QStringLiteral("plan %1 (count):\n  %2").arg(name, ok(query.countPlan(filter), name).join(QStringLiteral("\n  "))));
    report.comment(QStringLiteral("plan %1 (page):\n  %2")
                       .arg(name, ok(query.pagePlan(filter, sort, order, 0, kPageSize), name).join(QStringLiteral("\n  "))));
}

void pageFigures(const QSqlDatabase& db, const Data& data, const Settings& settings, Report& report)
{
    const storage::LedgerQuery query(db);
    using storage::LedgerSort;
    struct Case
    {
        QString name;
        storage::LedgerFilter filter;
        LedgerSort sort;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    storage::LedgerFilter overdue = filterOf(Ledger::Elderly, data);
    overdue.overdueOnly = true;
    const QList<Case> cases{
        {QStringLiteral("first_page_name"), filterOf(Ledger::Elderly, data), LedgerSort::Name},
        {QStringLiteral("first_page_name_desc"), filterOf(Ledger::Elderly, data), LedgerSort::Name, Qt::DescendingOrder},
        {QStringLiteral("first_page_id"), filterOf(Ledger::Elderly, data), LedgerSort::IdNumber},
        {QStringLiteral("first_page_birth"), filterOf(Ledger::Elderly, data), LedgerSort::BirthDate},
        {QStringLiteral("first_page_village"), filterOf(Ledger::Elderly, data), LedgerSort::Village},
        {QStringLiteral("first_page_township"), filterOf(Ledger::Elderly, data, data.township), LedgerSort::Name},
        {QStringLiteral("first_page_overdue"), overdue, LedgerSort::Name},
        {QStringLiteral("first_page_name_child"), filterOf(Ledger::Child, data), LedgerSort::Name},
        {QStringLiteral("first_page_name_relief"), filterOf(Ledger::Relief, data), LedgerSort::Name},
    };
    for (const Case& c : cases) {
        report.measure(c.name, settings.runs, [&] { countAndPage(query, c.filter, c.sort, c.order); });
        if (settings.plans && report.wanted(c.name))
            printPlans(report, query, c.name, c.filter, c.sort, c.order);
    }
}

// Search box figures: `queries` different searches of the elderly ledger of the whole
// county (count and first page by name each), median and p95 over the searches.
void searchFigures(const QSqlDatabase& db, const Data& data, const Settings& settings, Report& report)
{
    const storage::LedgerQuery query(db);
    const int queries = 20 * settings.runs;
    QRandomGenerator random(7);
    const auto pick = [&](const QStringList& from) { return from.at(random.bounded(int(from.size()))); };
    // In rowid order: the same searches whatever plan the statistics lead to.
    const QString people = QStringLiteral("FROM elderly_record r JOIN person p ON p.id = r.person_id WHERE r.deleted = 0");

    struct Case
    {
        QString name;
        std::function<QString(int)> term; // the i-th search
    };
    QList<Case> cases;
    if (report.wanted(QStringLiteral("search_name_2char"))) {
        // Drawn from people, not distinct names: common names come up as often as they occur.
        const QStringList names = column(db, QStringLiteral("SELECT p.name %1 AND length(p.name) = 2 ORDER BY r.rowid").arg(people));
        cases.append({QStringLiteral("search_name_2char"), [=](int) { return pick(names); }});
    }
    if (report.wanted(QStringLiteral("search_id_suffix"))) {
        const QStringList ids = column(db, QStringLiteral("SELECT p.id_number %1 ORDER BY r.rowid").arg(people));
        cases.append({QStringLiteral("search_id_suffix"), [=](int i) { return pick(ids).right(i % 2 == 0 ? 4 : 6); }});
    }
    if (report.wanted(QStringLiteral("search_phone"))) {
        const QStringList phones = column(db, QStringLiteral("SELECT p.phone %1 AND p.phone <> '' ORDER BY r.rowid").arg(people));
        cases.append({QStringLiteral("search_phone"), [=](int i) {
                          const QString phone = pick(phones);
                          return i % 2 == 0 ? phone.right(4) : phone;
                      }});
    }
    for (const Case& c : cases) {
        Report::progress() << c.name << "…" << Qt::endl;
        resetPeakRss();
        QList<double> ms;
        qint64 found = 0;
        QString example;
        for (int i = 0; i < queries; ++i) {
            storage::LedgerFilter filter = filterOf(Ledger::Elderly, data);
            filter.search = c.term(i);
            ms << timeMs([&] {
                found += ok(query.count(filter), c.name);
                ok(query.page(filter, storage::LedgerSort::Name, Qt::AscendingOrder, 0, kPageSize), c.name);
            });
            if (i < 2)
                example += (example.isEmpty() ? QString() : QStringLiteral(", ")) + filter.search;
            if (settings.plans && i < 2)
                printPlans(report, query, c.name, filter, storage::LedgerSort::Name);
        }
        report.figure(c.name, ms, peakRssMb());
        report.comment(QStringLiteral("%1: %2 searches (e.g. %3), %4 rows found on average")
                           .arg(c.name).arg(queries).arg(example).arg(double(found) / queries, 0, 'f', 1));
    }
}

void dueFigures(const QSqlDatabase& db, const Data& data, const Settings& settings, Report& report)
{
    const storage::DueList due(db);
    for (const auto& [name, under] : {std::pair{QStringLiteral("due_list_county"), kCounty},
                                      std::pair{QStringLiteral("due_list_township"), data.township}}) {
        qsizetype items = 0;
        report.measure(name, settings.runs, [&] { items = ok(due.dueAndOverdue(under, data.today), name).size(); });
        if (report.wanted(name))
            report.comment(QStringLiteral("%1: %2 items due or overdue on %3 (+7 days)")
                               .arg(name).arg(items).arg(data.today.toString(Qt::ISODate)));
        if (settings.plans && report.wanted(name))
            for (const Ledger ledger : {Ledger::Elderly, Ledger::Child, Ledger::Relief})
                report.comment(QStringLiteral("plan %1 (%2):\n  %3")
                                   .arg(name, kLedgers.key(ledger),
                                        ok(due.plan(ledger, under, data.today), name).join(QStringLiteral("\n  "))));
    }
}

// The printable elderly list of the biggest township, to PDF: the stand-in for the
// quarterly report's PDF until that exists.
void pdfFigure(const QSqlDatabase& db, const Data& data, const Settings& settings, Report& report, const QDir& work)
{
    const QString name = QStringLiteral("ledger_list_pdf");
    qint64 rows = 0;
    int pages = 0;
    report.measure(name, settings.runs, [&] {
        report::LedgerListDocument::Options options;
        options.filter = filterOf(Ledger::Elderly, data, data.township);
        options.unitName = data.townshipName;
        report::RegisterTable table;
        rows = ok(report::LedgerListDocument::build(table, db, options), name);
        const report::PageDecoration decoration{report::LedgerListDocument::title(options),
                                                QStringLiteral("大荔县民政局"), QString(), data.today};
        report::RegisterPainter body(table);
        pages = ok(report::PagedRenderer::writePdf(body, work.filePath(QStringLiteral("list.pdf")),
                                                   QPageLayout::Landscape, decoration),
                   name);
    });
    if (report.wanted(name))
        report.comment(QStringLiteral("%1: %2 rows of %3 on %4 A4 pages").arg(name).arg(rows).arg(data.townshipName).arg(pages));
}

// The quarterly report of the county for the last full quarter before today:
// county_report_figures (every figure, this and last quarter, breakdown, flags),
// report_pdf (figures and PDF), and city_report_figures: 渭南市 adding up 11
// county packages (the county's figures under each county's code).
void quarterlyFigures(const QSqlDatabase& db, const Data& data, const Settings& settings, Report& report, const QDir& work)
{
    const quarterly::Quarter quarter = quarterly::Quarter::containing(data.today).previous();
    quarterly::QuarterlyReport figures(db);
    quarterly::ReportData computed;
    report.measure(QStringLiteral("county_report_figures"), settings.runs,
                   [&] { computed = ok(figures.compute(kCounty, quarter), QStringLiteral("county_report_figures")); });
    if (report.wanted(QStringLiteral("county_report_figures"))) {
        report.comment(QStringLiteral("county_report_figures: %1, %2 figures, %3 flags")
                           .arg(quarter.key())
                           .arg(computed.figures.size())
                           .arg(computed.flags.size()));
        if (settings.plans)
            for (const char* key : {"ledgers.overdue.elderly", "ledgers.visits.elderly", "services.activities"})
                report.comment(QStringLiteral("plan %1:\n  %2")
                                   .arg(QString::fromLatin1(key),
                                        ok(figures.plan(kCounty, quarter, QString::fromLatin1(key)), QStringLiteral("plan"))
                                            .join(QStringLiteral("\n  "))));
    }
    int pages = 0;
    report.measure(QStringLiteral("report_pdf"), settings.runs, [&] {
        const quarterly::ReportData one = ok(figures.compute(kCounty, quarter), QStringLiteral("report_pdf"));
        pages = ok(report::QuarterlyReportDocument::writePdf(work.filePath(QStringLiteral("report.pdf")), one, {}, {}),
                   QStringLiteral("report_pdf"));
    });
    if (report.wanted(QStringLiteral("report_pdf")))
        report.comment(QStringLiteral("report_pdf: %1 A4 pages").arg(pages));

    if (!report.wanted(QStringLiteral("city_report_figures")))
        return;
    if (computed.figures.isEmpty())
        computed = ok(figures.compute(kCounty, quarter), QStringLiteral("city_report_figures"));
    const org::DivisionCatalog catalog = ok(org::DivisionCatalog::loadBundled(), QStringLiteral("catalog"));
    static const FixedClock clock(data.today);
    const storage::WriteContext context{QStringLiteral("bench"), &clock};
    const QString cityPath = work.filePath(QStringLiteral("city.db"));
    QFile::remove(cityPath);
    storage::Database city = ok(org::JurisdictionCreator(catalog).create(cityPath, QStringLiteral("610500000000"), context),
                                QStringLiteral("city database"));
    quarterly::ReportStore store(city.sql(), context);
    const QStringList counties = column(city.sql(), QStringLiteral("SELECT code FROM org_unit WHERE level = 'county' ORDER BY code"));
    for (const QString& code : counties) {
        quarterly::SubmittedReport submitted{computed, {}, 1, QStringLiteral("2026-01-10T00:00:00.000Z")};
        submitted.data.unitCode = code;
        const QJsonObject json = quarterly::ReportJson::toJson(submitted);
        ok(store.insertImported(submitted, quarterly::ReportJson::canonical(json), quarterly::ReportJson::digest(json)),
           QStringLiteral("import"));
    }
    quarterly::Rollup rollup(city.sql(), context);
    qint64 activities = 0;
    report.measure(QStringLiteral("city_report_figures"), settings.runs, [&] {
        const quarterly::ReportData total = ok(rollup.report(quarter), QStringLiteral("city_report_figures"));
        activities = total.find(QStringLiteral("services.activities"))->thisQuarter;
    });
    report.comment(QStringLiteral("city_report_figures: %1 county packages, %2 service activities in all")
                       .arg(counties.size())
                       .arg(activities));
}

// gui_start and gui_tabs: wushe-bench-gui started `runs` times. gui_start is the wall
// time from starting the process to its "ready" line (window painted); gui_tabs the
// time it reports for clicking through the four tabs; the peak RSS is the largest
// any start reached after the tabs.
void guiFigures(const Data& data, const Settings& settings, Report& report, const QDir& work)
{
    if (!report.wanted(QStringLiteral("gui_start")) && !report.wanted(QStringLiteral("gui_tabs")))
        return;
    Report::progress() << "gui_start, gui_tabs…" << Qt::endl;
    const QString helper = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("wushe-bench-gui"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config"))); // not the user's settings
    QList<double> startMs, mainMs, tabsMs;
    double peak = 0;
    for (int run = 0; run < settings.runs; ++run) {
        QProcess gui;
        gui.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        gui.start(helper, {QStringLiteral("--db"), data.path, QStringLiteral("--today"), data.today.toString(Qt::ISODate)});
        double ready = -1;
        QHash<QString, double> values;
        while (gui.state() != QProcess::NotRunning || gui.canReadLine()) {
            if (!gui.canReadLine() && !gui.waitForReadyRead(60000) && !gui.canReadLine())
                break;
            while (gui.canReadLine()) {
                const QStringList fields = QString::fromUtf8(gui.readLine()).trimmed().split(u'\t');
                if (fields.size() != 2)
                    continue;
                if (fields.first() == u"ready")
                    ready = double(timer.nsecsElapsed()) / 1e6;
                values.insert(fields.first(), fields.last().toDouble());
            }
        }
        gui.waitForFinished(60000);
        if (ready < 0 || !values.contains(QStringLiteral("peak_rss")) || gui.exitCode() != 0)
            die(QStringLiteral("wushe-bench-gui failed: %1").arg(QString::fromUtf8(gui.readAllStandardError()).trimmed()));
        startMs << ready;
        mainMs << values.value(QStringLiteral("ready"));
        tabsMs << values.value(QStringLiteral("tabs"));
        peak = std::max(peak, values.value(QStringLiteral("peak_rss")));
    }
    if (report.wanted(QStringLiteral("gui_start")))
        report.figure(QStringLiteral("gui_start"), startMs, peak);
    if (report.wanted(QStringLiteral("gui_tabs")))
        report.figure(QStringLiteral("gui_tabs"), tabsMs, peak);
    report.comment(QStringLiteral("gui_start: median %1 ms of it from main() entry to the painted window")
                       .arg(median(mainMs), 0, 'f', 1));
}

// The floor imports are measured against (see BulkInsert.h): 100,000 elderly rows
// through the SQLite C API (bulk_insert_floor) and through QSqlQuery (bulk_insert_floor_qt).
void bulkInsertFigures(const QSqlDatabase& db, const Data& data, const Settings& settings, Report& report)
{
    const QList<std::pair<QString, InsertApi>> figures{{QStringLiteral("bulk_insert_floor"), InsertApi::Sqlite},
                                                       {QStringLiteral("bulk_insert_floor_qt"), InsertApi::Qt}};
    QList<LedgerImportRow> rows;
    for (const auto& [name, api] : figures) {
        if (!report.wanted(name))
            continue;
        Report::progress() << name << "…" << Qt::endl;
        if (rows.isEmpty())
            rows = makeImportRows(100000, data.villages, 2024, QStringLiteral("610523"));
        resetPeakRss();
        QList<double> ms;
        for (int run = 0; run < settings.runs; ++run)
            ms << bulkInsertFloorMs(db, rows, api);
        report.figure(name, ms, peakRssMb());
        qsizetype grams = 0;
        for (const LedgerImportRow& row : rows)
            grams += row.grams.size();
        report.comment(QStringLiteral("%1: 100000 person + 100000 elderly_record + %2 person_name_index rows into "
                                      "bench_* copies of those tables (same constraints and indexes), one transaction")
                           .arg(name).arg(grams));
    }
}

// Adds made-up elderly people (ID numbers of another region, so none clashes with the
// county's own) until the elderly ledger has `target` rows.
void growElderly(const QSqlDatabase& db, int target, Report& report)
{
    const qint64 have = scalar(db, QStringLiteral("SELECT count(*) FROM elderly_record WHERE deleted = 0")).toLongLong();
    if (target <= have)
        die(QStringLiteral("--elderly %1: the ledger already has %2 rows").arg(target).arg(have));
    Report::progress() << "adding " << target - have << " elderly rows…" << Qt::endl;
    const QStringList villages = column(db, QStringLiteral("SELECT code FROM org_unit WHERE level = 'village' ORDER BY code"));
    addElderly(db, makeImportRows(int(target - have), villages, 1949, QStringLiteral("610528")));
    malloc_trim(0); // the made-up rows are gone: hand their memory back before peak RSS is measured
    report.comment(QStringLiteral("elderly ledger grown from %1 to %2 rows with made-up people (no visits)").arg(have).arg(target));
}

// The 1-, 5- and 15-minute load averages: other work on a shared machine shows in the figures.
QString loadAverage()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (!loadavg.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2);
}

// "# wushe-bench <date>, <runs>, <cores> × <CPU>, <RAM>, <OS>, SQLite <version>"
QString machine(const Settings& settings)
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    qint64 memoryMb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly))
        memoryMb = meminfo.readLine().simplified().split(' ').value(1).toLongLong() / 1024; // MemTotal: N kB
    QString sqlite;
    {
        QSqlDatabase version = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        version.setDatabaseName(QStringLiteral(":memory:"));
        if (version.open())
            sqlite = scalar(version, QStringLiteral("SELECT sqlite_version()")).toString();
        version.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return QStringLiteral("wushe-bench %1; %2 runs per figure; %3 cores (%4); %5 MB RAM; %6; SQLite %7")
        .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
        .arg(settings.runs)
        .arg(QThread::idealThreadCount())
        .arg(cpu)
        .arg(memoryMb)
        .arg(QSysInfo::prettyProductName(), sqlite);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // printouts lay out text: a QGuiApplication, no display
    QGuiApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Speed and memory figures of Wushe (docs/benchmarks.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("County 10-year database to measure (a copy is used). Default: generate one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Only figures whose name matches this regular expression."),
                      QStringLiteral("PATTERN")});
    parser.addOption({QStringLiteral("plans"), QStringLiteral("Also print the query plans (as # lines).")});
    parser.addOption({QStringLiteral("analyze"), QStringLiteral("Run ANALYZE on the copy first (planner statistics).")});
    parser.addOption({QStringLiteral("elderly"),
                      QStringLiteral("First grow the copy's elderly ledger to N rows with made-up people (e.g. 200000, "
                                     "the ledger size of the first-page target)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("pragma"),
                      QStringLiteral("Run this statement on the query connection first, e.g. \"PRAGMA mmap_size = "
                                     "268435456\" (to compare settings; repeatable)."),
                      QStringLiteral("SQL")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Keep the working directory (the copy, the generated databases and files) and "
                                     "print its path, e.g. to profile a command on them.")});
    parser.process(app);
    Settings settings;
    bool runsOk = false;
    settings.runs = parser.value(QStringLiteral("runs")).toInt(&runsOk);
    if (!runsOk || settings.runs < 1)
        die(QStringLiteral("--runs must be a positive number"));
    settings.plans = parser.isSet(QStringLiteral("plans"));
    const QRegularExpression only(parser.value(QStringLiteral("only")));
    if (!only.isValid())
        die(QStringLiteral("--only: %1").arg(only.errorString()));
    Report report(only);

    static QTemporaryDir work; // removed at exit, also after die(), unless --keep
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));
    if (parser.isSet(QStringLiteral("keep"))) {
        work.setAutoRemove(false);
        report.comment(QStringLiteral("working directory (kept): %1").arg(work.path()));
    } else {
        std::atexit([] { work.remove(); });
    }
    const QDir workDir(work.path());
    const QString path = parser.isSet(QStringLiteral("db")) ? copyDatabase(parser.value(QStringLiteral("db")), workDir)
                                                            : generateDatabase(workDir);

    report.header();
    report.comment(machine(settings));
    report.comment(QStringLiteral("load average before: %1").arg(loadAverage()));

    // Queries run on one connection opened the way the GUI opens it (check deferred);
    // never marked verified, so closing it writes nothing (no PRAGMA optimize).
    std::optional<storage::Database> db = openDb(path, storage::Database::IntegrityCheck::Deferred);
    for (const QString& pragma : parser.values(QStringLiteral("pragma"))) {
        ok(storage::execSql(db->sql(), pragma), pragma);
        report.comment(QStringLiteral("on the query connection: %1").arg(pragma));
    }
    if (parser.isSet(QStringLiteral("elderly")))
        growElderly(db->sql(), parser.value(QStringLiteral("elderly")).toInt(), report);
    if (parser.isSet(QStringLiteral("analyze"))) {
        Report::progress() << "ANALYZE…" << Qt::endl;
        ok(storage::execSql(db->sql(), QStringLiteral("ANALYZE")), QStringLiteral("analyze"));
        report.comment(QStringLiteral("ANALYZE was run on the copy before measuring"));
    }
    const Data data = inspect(path, db->sql(), report);

    openFigures(data, settings, report, storage::Database::IntegrityCheck::Deferred, QStringLiteral("open_deferred"));
    report.measure(QStringLiteral("integrity_full"), settings.runs, [&] {
        ok(storage::Database::verify(path, storage::Database::IntegrityCheck::Full), QStringLiteral("integrity_full"));
    });
    pageFigures(db->sql(), data, settings, report);
    searchFigures(db->sql(), data, settings, report);
    dueFigures(db->sql(), data, settings, report);
    pdfFigure(db->sql(), data, settings, report, workDir);
    quarterlyFigures(db->sql(), data, settings, report, workDir);
    guiFigures(data, settings, report, workDir);
    // Closing a quick-checked (verified) database runs PRAGMA optimize, which may write
    // planner statistics: after everything that reads.
    openFigures(data, settings, report, storage::Database::IntegrityCheck::Quick, QStringLiteral("open_quick"));
    bulkInsertFigures(db->sql(), data, settings, report);
    exchangeFigures(settings.runs, report, workDir);

    report.comment(QStringLiteral("load average after: %1").arg(loadAverage()));
    db.reset();
    return 0;
}
