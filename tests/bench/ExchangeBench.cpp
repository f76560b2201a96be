#include "ExchangeBench.h"

#include "BulkInsert.h"
#include "Clock.h"
#include "exchange/ExchangeCatalog.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
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
    auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), db.sql(), context(), &*units);
    exchange::ImportReport report;
    auto sheet = exchange::Importer::readFile(path);
    if (!sheet)
        die(sheet.error().toString());
    exchange::Importer importer(db.sql(), *elderly, *units, benchClock().today());
    auto done = importer.run(*sheet, importer.detect(*sheet), {});
    if (!done)
        die(done.error().toString());
    if (!done->applied || done->added != kRows)
        die(QStringLiteral("import of %1: rows=%2 added=%3 rejected=%4 (%5)")
                .arg(path)
                .arg(done->rows)
                .arg(done->added)
                .arg(done->rejected)
                .arg(done->rejectedRows.isEmpty() ? QString() : done->rejectedRows.first().reason));
    return *done;
}

} // namespace

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
    double floorMs = 0;
    {
        storage::Database source = freshDatabase(workDir, QStringLiteral("exchange-source.db"));
        const QStringList codes = villages(source.sql());
        {
            const QList<LedgerImportRow> rows = makeImportRows(kRows, codes, 2026, QStringLiteral("610523"));
            addElderly(source.sql(), rows);
            // Registered when every one of them is 60 or older, one category that needs no age.
            if (auto ok = storage::execSql(source.sql(), QStringLiteral("UPDATE elderly_record SET registered_on = '2026-06-01', categories = 1")); !ok)
                die(ok.error().toString());
            storage::Database empty = freshDatabase(workDir, QStringLiteral("exchange-floor.db"));
            QList<double> floors;
            for (int run = 0; run < runs; ++run)
                floors << bulkInsertFloorMs(empty.sql(), rows, InsertApi::Sqlite);
            floorMs = median(floors);
        }
        malloc_trim(0);
        auto units = exchange::UnitResolver::load(source.sql());
        if (!units)
            die(units.error().toString());
        auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), source.sql(), context(), &*units);
        exchange::ExportScope scope;
        scope.filter.asOf = benchClock().today();
        exchange::ExportOptions options;
        options.unmasked = true;
        options.unitName = QStringLiteral("大荔县民政局");
        options.date = benchClock().today();
        const auto exportTo = [&](const QString& path) {
            options.path = path;
            auto written = exchange::Exporter::run(*elderly, scope, *units, options);
            if (!written || *written != kRows)
                die(QStringLiteral("export to %1 failed").arg(path));
        };
        resetPeakRss();
        report.comment(QStringLiteral("xlsx_export_100k: process RSS before the export %1 MB (the peak includes it)")
                           .arg(peakRssMb(), 0, 'f', 1));
        report.measure(QStringLiteral("xlsx_export_100k"), runs, [&] { exportTo(xlsx); });
        exportTo(csv);
        report.comment(QStringLiteral("xlsx_export_100k: %1 elderly rows × %2 columns, constant-memory libxlsxwriter, %3 MB")
                           .arg(kRows)
                           .arg(elderly->columns().size())
                           .arg(QFileInfo(xlsx).size() / 1048576.0, 0, 'f', 1));
    }
    malloc_trim(0);
    QList<double> xlsxMs;
    if (report.wanted(QStringLiteral("xlsx_import_100k")) || report.wanted(QStringLiteral("xlsx_import_floor_ratio"))) {
        Report::progress() << "xlsx_import_100k…" << Qt::endl;
        resetPeakRss();
        report.comment(QStringLiteral("imports: process RSS before %1 MB").arg(peakRssMb(), 0, 'f', 1));
        for (int run = 0; run < runs; ++run)
            xlsxMs << timeMs([&] { importOnce(workDir, xlsx); });
        report.figure(QStringLiteral("xlsx_import_100k"), xlsxMs, peakRssMb());
    }
    if (report.wanted(QStringLiteral("csv_import_100k"))) {
        Report::progress() << "csv_import_100k…" << Qt::endl;
        resetPeakRss();
        QList<double> ms;
        for (int run = 0; run < runs; ++run)
            ms << timeMs([&] { importOnce(workDir, csv); });
        report.figure(QStringLiteral("csv_import_100k"), ms, peakRssMb());
    }
    if (!xlsxMs.isEmpty())
        report.comment(QStringLiteral("xlsx_import_floor_ratio\t%1\t(xlsx_import_100k median %2 ms / bulk_insert_floor %3 ms "
                                      "on an empty database, same 100000 rows; the imports read the file, check every value "
                                      "and write through the repositories in one transaction)")
                           .arg(median(xlsxMs) / floorMs, 0, 'f', 2)
                           .arg(median(xlsxMs), 0, 'f', 0)
                           .arg(floorMs, 0, 'f', 0));
}

} // namespace wushe::bench
