#include "ExchangeBench.h"

#include "BulkInsert.h"
#include "Clock.h"
#include "exchange/ExchangeCatalog.h"
#include "exchange/Importer.h"
#include "operations/Operations.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlQuery>

#include <malloc.h>

namespace wushe::bench {

namespace {

const QString kCounty = QStringLiteral("610523000000");
constexpr int kRows = 100000;

const Clock& benchClock()
{
    static const FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(9, 0)));
    return clock;
}

storage::WriteContext context()
{
    return {QStringLiteral("bench"), &benchClock()};
}

const org::DivisionCatalog& divisions()
{
    static const org::DivisionCatalog catalog = [] {
        auto loaded = org::DivisionCatalog::loadBundled();
        if (!loaded)
            die(loaded.error().toString());
        return std::move(*loaded);
    }();
    return catalog;
}

storage::Database freshDatabase(const QDir& dir, const QString& name)
{
    QFile::remove(dir.filePath(name));
    QFile::remove(dir.filePath(name + QStringLiteral("-wal")));
    QFile::remove(dir.filePath(name + QStringLiteral("-shm")));
    auto db = org::JurisdictionCreator(divisions()).create(dir.filePath(name), kCounty, context());
    if (!db)
        die(db.error().toString());
    return std::move(*db);
}

QStringList villages(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code FROM org_unit WHERE level = 'village' ORDER BY code")))
        die(QStringLiteral("villages"));
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

exchange::ImportReport importOnce(const QDir& dir, const QString& path)
{
    storage::Database db = freshDatabase(dir, QStringLiteral("exchange-import.db"));
    auto units = exchange::UnitResolver::load(db.sql());
    if (!units)
        die(units.error().toString());
    // Through the operations layer, as the GUI and wushe-cli import: one batch, a
    // change-log row for every row inserted.
    ops::Operations operations(db.sql(), {QStringLiteral("bench"), QStringLiteral("bench"), {}, {}}, benchClock());
    auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), db.sql(), operations.context(), &*units);
    auto sheet = exchange::Importer::readFile(path);
    if (!sheet)
        die(sheet.error().toString());
    exchange::Importer importer(db.sql(), *elderly, *units, benchClock().today());
    auto done = operations.importSheet(*elderly, *units, *sheet, importer.detect(*sheet), {}, path);
    if (!done)
        die(done.error().toString());
    if (!done->applied || done->added != kRows)
        die(QStringLiteral("import of %1: rows=%2 added=%3 rejected=%4 (%5)")
                .arg(path)
                .arg(done->rows)
                .arg(done->added)
                .arg(done->rejected)
                .arg(done->rejectedRows.isEmpty() ? QString() : done->rejectedRows.first().reason));
    // Every inserted row is logged: the person and the ledger record of each line.
    auto logged = storage::scalarInt(db.sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'insert'"));
    if (!logged || *logged != 2 * kRows)
        die(QStringLiteral("import of %1: %2 change-log rows for %3 people").arg(path).arg(logged ? *logged : -1).arg(kRows));
    return *done;
}

} // namespace

// The floor of one run, measured right before that run's import: on a shared,
// loaded machine a floor from minutes earlier says nothing about the import.
double floorNow(const QDir& workDir, const QStringList& codes)
{
    const QList<LedgerImportRow> rows = makeImportRows(kRows, codes, 2026, QStringLiteral("610523"));
    storage::Database empty = freshDatabase(workDir, QStringLiteral("exchange-floor.db"));
    return bulkInsertFloorMs(empty.sql(), rows, InsertApi::Sqlite);
}

void exchangeFigures(int runs, Report& report, const QDir& workDir)
{
    const QStringList names{QStringLiteral("xlsx_export_100k"), QStringLiteral("xlsx_import_100k"),
                            QStringLiteral("csv_import_100k"), QStringLiteral("xlsx_import_floor_ratio")};
    if (std::none_of(names.cbegin(), names.cend(), [&](const QString& name) { return report.wanted(name); }))
        return;
    runs = std::min(runs, 3); // a 100k import takes seconds: three runs are enough for a median
    Report::progress() << "exchange: making 100000 elderly rows…" << Qt::endl;
    const QString xlsx = workDir.filePath(QStringLiteral("elderly-100k.xlsx"));
    const QString csv = workDir.filePath(QStringLiteral("elderly-100k.csv"));
    QStringList codes;
    qsizetype columns = 0;
    {
        storage::Database source = freshDatabase(workDir, QStringLiteral("exchange-source.db"));
        codes = villages(source.sql());
        addElderly(source.sql(), makeImportRows(kRows, codes, 2026, QStringLiteral("610523")));
        // Registered when every one of them is 60 or older, one category that needs no age.
        if (auto ok = storage::execSql(source.sql(), QStringLiteral("UPDATE elderly_record SET registered_on = '2026-06-01', categories = 1")); !ok)
            die(ok.error().toString());
        auto units = exchange::UnitResolver::load(source.sql());
        if (!units)
            die(units.error().toString());
        columns = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), source.sql(), context(), &*units)->columns().size();
    }
    // `wushe-cli export`, what a user runs, in its own process: its time and its own
    // peak memory, nothing of this program's.
    const QString sourcePath = workDir.filePath(QStringLiteral("exchange-source.db"));
    const QString log = workDir.filePath(QStringLiteral("export.log"));
    const auto exportTo = [&](const QString& path) {
        const ChildRun run = runChild(QStringLiteral(WUSHE_CLI),
                                      {QStringLiteral("export"), QStringLiteral("--db"), sourcePath, QStringLiteral("--ledger"),
                                       QStringLiteral("elderly"), QStringLiteral("--out"), path, QStringLiteral("--unmasked")},
                                      log, {QStringLiteral("WUSHE_TODAY=") + benchClock().today().toString(Qt::ISODate)});
        QFile output(log);
        output.open(QIODevice::ReadOnly);
        const QByteArray printed = output.readAll().trimmed();
        if (run.exitCode != 0 || !printed.endsWith("\t" + QByteArray::number(kRows)))
            die(QStringLiteral("wushe-cli export to %1 failed (exit %2): %3").arg(path).arg(run.exitCode).arg(QString::fromUtf8(printed)));
        return run;
    };
    if (report.wanted(QStringLiteral("xlsx_export_100k"))) {
        Report::progress() << "xlsx_export_100k…" << Qt::endl;
        QList<double> ms;
        QList<double> cpu;
        double peak = 0;
        for (int run = 0; run < runs; ++run) {
            const ChildRun done = exportTo(xlsx);
            ms << done.ms;
            cpu << done.cpuMs;
            peak = std::max(peak, done.peakRssMb);
        }
        report.figure(QStringLiteral("xlsx_export_100k"), ms, peak);
        report.comment(QStringLiteral("xlsx_export_100k: `wushe-cli export --ledger elderly --unmasked` of %1 rows × %2 columns "
                                      "(opening and checking the file included), %3 MB; CPU %4 ms (median); RSS is the "
                                      "command's own peak")
                           .arg(kRows)
                           .arg(columns)
                           .arg(QFileInfo(xlsx).size() / 1048576.0, 0, 'f', 1)
                           .arg(median(cpu), 0, 'f', 0));
    } else {
        exportTo(xlsx);
    }
    exportTo(csv);
    malloc_trim(0);
    // Each import run: the floor just before it, then the import into a fresh database.
    const auto imports = [&](const QString& name, const QString& path, QList<double>& ratios) {
        Report::progress() << name << "…" << Qt::endl;
        QList<double> ms;
        double peak = 0;
        for (int run = 0; run < runs; ++run) {
            const double floor = floorNow(workDir, codes);
            malloc_trim(0);
            resetPeakRss();
            ms << timeMs([&] { importOnce(workDir, path); });
            peak = std::max(peak, peakRssMb());
            ratios << ms.last() / floor;
            report.comment(QStringLiteral("%1 run %2: %3 ms, bulk_insert_floor right before it %4 ms")
                               .arg(name)
                               .arg(run + 1)
                               .arg(ms.last(), 0, 'f', 0)
                               .arg(floor, 0, 'f', 0));
        }
        report.figure(name, ms, peak);
    };
    QList<double> xlsxRatios;
    QList<double> csvRatios;
    if (report.wanted(QStringLiteral("xlsx_import_100k")) || report.wanted(QStringLiteral("xlsx_import_floor_ratio")))
        imports(QStringLiteral("xlsx_import_100k"), xlsx, xlsxRatios);
    if (report.wanted(QStringLiteral("csv_import_100k")))
        imports(QStringLiteral("csv_import_100k"), csv, csvRatios);
    if (!xlsxRatios.isEmpty())
        report.comment(QStringLiteral("xlsx_import_floor_ratio\t%1\t(median of each xlsx import run over the bulk_insert_floor "
                                      "measured right before it; csv: %2. The imports read the file, check every value and "
                                      "write through the repositories in one transaction)")
                           .arg(median(xlsxRatios), 0, 'f', 2)
                           .arg(csvRatios.isEmpty() ? QStringLiteral("-") : QString::number(median(csvRatios), 'f', 2)));
}

} // namespace wushe::bench
