#include "ExchangeTestSupport.h"
#include "ImportSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"
#include "rules/PhoneNumber.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

struct Format
{
    const char* suffix;
    exchange::CsvEncoding encoding;
};

exchange::ImportReport importFile(const LedgerDb& db, const QString& ledger, const QString& path, exchange::ImportOptions options = {})
{
    auto units = exchange::UnitResolver::load(db.sql());
    REQUIRE(units.has_value());
    auto target = exchange::ExchangeCatalog::make(ledger, db.sql(), db.context(), &*units);
    auto sheet = ok(exchange::Importer::readFile(path));
    return ok(importDetected(db, *target, *units, sheet, options));
}

qint64 exportFile(const LedgerDb& db, const QString& ledger, const QString& path, bool unmasked, exchange::CsvEncoding encoding)
{
    auto units = exchange::UnitResolver::load(db.sql());
    REQUIRE(units.has_value());
    auto source = exchange::ExchangeCatalog::make(ledger, db.sql(), db.context(), &*units);
    exchange::ExportScope scope;
    scope.filter.asOf = kLedgerToday;
    exchange::ExportOptions options;
    options.path = path;
    options.unmasked = unmasked;
    options.encoding = encoding;
    options.unitName = QStringLiteral("大荔县民政局");
    options.date = kLedgerToday;
    return ok(exchange::Exporter::run(*source, scope, *units, options));
}

} // namespace

TEST_CASE("exchange: every ledger survives xlsx and csv into an empty database", "[exchange]")
{
    LedgerDb source;
    fillExchangeSample(source);
    QTemporaryDir dir;
    for (const Format format : {Format{"xlsx", exchange::CsvEncoding::Utf8Bom}, Format{"csv", exchange::CsvEncoding::Utf8Bom},
                                Format{"gb.csv", exchange::CsvEncoding::Gb18030}}) {
        for (const QString& ledger : exchange::ExchangeCatalog::names()) {
            DYNAMIC_SECTION(ledger.toStdString() << " as " << format.suffix)
            {
                const QList<QStringList> expected = exchangeRows(source, ledger);
                REQUIRE(!expected.isEmpty());
                const QString path = dir.filePath(ledger + QStringLiteral(".") + QString::fromLatin1(format.suffix));
                CHECK(exportFile(source, ledger, path, true, format.encoding) == expected.size());

                LedgerDb target;
                exchangeStation(target); // stations are not part of the exchange
                const exchange::ImportReport report = importFile(target, ledger, path);
                INFO((report.rejectedRows.isEmpty() ? std::string() : (report.rejectedRows.first().reason).toStdString()));
                CHECK(report.rows == expected.size());
                CHECK(report.added == expected.size());
                CHECK(report.rejected == 0);
                CHECK(report.applied);
                CHECK(exchangeRows(target, ledger) == expected);
                if (ledger == u"social-workers") // two stations of one name: each worker got the one of the township
                    CHECK(target.count(QStringLiteral("SELECT count(*) FROM social_worker w JOIN service_unit u ON u.id = w.service_unit_id "
                                                      "WHERE substr(u.org_code, 1, 9) = substr(w.org_code, 1, 9)"))
                          == 2);

                // The same file again changes nothing.
                const QByteArray before = exchangeDigest(target.sql());
                const exchange::ImportReport again = importFile(target, ledger, path);
                CHECK(again.rows == expected.size());
                CHECK(again.added == 0);
                CHECK(again.updated == expected.size());
                CHECK(again.unchanged == expected.size());
                CHECK(again.rejected == 0);
                CHECK(exchangeDigest(target.sql()) == before);
            }
        }
    }
}

TEST_CASE("exchange: exported files keep IDs and phones as text and dates as dates", "[exchange]")
{
    LedgerDb source;
    fillExchangeSample(source);
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("elderly.xlsx"));
    exportFile(source, QStringLiteral("elderly"), xlsx, true, exchange::CsvEncoding::Utf8Bom);
    const exchange::SheetData sheet = ok(exchange::XlsxReader::read(xlsx));
    REQUIRE(sheet.rows.size() == 4); // title, header, two records
    CHECK(sheet.rows[0][0].text.contains(QStringLiteral("老年人台账")));
    CHECK(sheet.rows[0].last().text == sheet.rows[0][0].text); // the title is merged across the columns
    const QList<exchange::InCell>& header = sheet.rows[1];
    const auto at = [&](const exchange::SheetData& s, int row, const QString& name) {
        for (int c = 0; c < s.rows[1].size(); ++c)
            if (s.rows[1][c].text == name)
                return s.rows[row].value(c);
        FAIL("no column " << (name).toStdString());
        return exchange::InCell{};
    };
    CHECK(header[0].text == QStringLiteral("姓名"));
    bool sawX = false;
    bool sawLandline = false;
    for (int r = 2; r < 4; ++r) {
        const exchange::InCell id = at(sheet, r, QStringLiteral("身份证号"));
        CHECK_FALSE(id.number);
        CHECK(id.text.size() == 18);
        sawX = sawX || id.text.endsWith(u'X');
        const exchange::InCell phone = at(sheet, r, QStringLiteral("联系电话"));
        CHECK_FALSE(phone.number);
        sawLandline = sawLandline || phone.text == QStringLiteral("0913-2345678");
        const exchange::InCell registered = at(sheet, r, QStringLiteral("登记日期"));
        CHECK(registered.number); // a real Excel date: the serial of 2024-06-15
        CHECK(registered.text == QString::number(QDate(1899, 12, 30).daysTo(kLedgerToday)));
    }
    CHECK(sawX);
    CHECK(sawLandline);

    // Money as a number with two decimals.
    const QString relief = dir.filePath(QStringLiteral("relief.xlsx"));
    exportFile(source, QStringLiteral("relief"), relief, true, exchange::CsvEncoding::Utf8Bom);
    const exchange::SheetData households = ok(exchange::XlsxReader::read(relief));
    const exchange::InCell amount = at(households, 2, QStringLiteral("月保障金额（元）"));
    CHECK(amount.number);
    CHECK(amount.text == QStringLiteral("1234.56"));

    // Masked unless asked: the file says so in its title.
    const QString masked = dir.filePath(QStringLiteral("masked.csv"));
    exportFile(source, QStringLiteral("elderly"), masked, false, exchange::CsvEncoding::Utf8Bom);
    QFile file(masked);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("********")));
    CHECK(text.contains(rules::maskPhoneNumber(QStringLiteral("0913-2345678"))));
    CHECK_FALSE(text.contains(QStringLiteral("0913-2345678")));

    // A masked export cannot be imported by mistake: every row says why.
    LedgerDb target;
    const exchange::ImportReport report = importFile(target, QStringLiteral("elderly"), masked);
    CHECK(report.rejected == report.rows);
    CHECK((report.rejectedRows.first().reason).toStdString().find("脱敏") != std::string::npos);
}

TEST_CASE("exchange: GB18030 CSV is written and recognised", "[exchange]")
{
    LedgerDb source;
    fillExchangeSample(source);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gb.csv"));
    exportFile(source, QStringLiteral("elderly"), path, true, exchange::CsvEncoding::Gb18030);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK((exchange::CsvReader::detectEncoding(bytes)).toStdString() == "GB18030");
    CHECK(bytes.contains(QByteArray("\xD0\xD5\xC3\xFB"))); // 姓名 in GBK
    const exchange::SheetData sheet = ok(exchange::CsvReader::parse(bytes));
    CHECK(sheet.rows[0][0].text == QStringLiteral("姓名"));
    CHECK((exchange::CsvReader::detectEncoding(QByteArray("\xE5\xA7\x93\xE5\x90\x8D"))).toStdString() == "UTF-8");
}

TEST_CASE("exchange: the 探访记录 sheet lists the visits of the exported records", "[exchange]")
{
    LedgerDb source;
    fillExchangeSample(source);
    QSqlQuery first(source.sql());
    REQUIRE(first.exec(QStringLiteral("SELECT id FROM elderly_record ORDER BY id LIMIT 1")));
    REQUIRE(first.next());
    Visit v = visit(Ledger::Elderly, first.value(0).toString(), QDate(2024, 6, 1),
                    {{QStringLiteral("刘晓燕"), VisitorRole::SocialWorker}, {QStringLiteral("周志远"), VisitorRole::Volunteer}});
    v.actions = QStringLiteral("联系子女");
    ok(storage::VisitRepository(source.sql(), source.context()).add(v));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("visits.xlsx"));
    auto units = exchange::UnitResolver::load(source.sql());
    REQUIRE(units.has_value());
    auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), source.sql(), source.context(), &*units);
    exchange::ExportScope scope;
    scope.filter.asOf = kLedgerToday;
    exchange::ExportOptions options;
    options.path = path;
    options.withVisits = true;
    options.date = kLedgerToday;
    CHECK(ok(exchange::Exporter::run(*elderly, scope, *units, options)) == 2);
    const exchange::SheetData visits = ok(exchange::XlsxReader::read(path, 1));
    REQUIRE(visits.rows.size() == 3); // title, header, one visit
    CHECK(visits.rows[1][2].text == QStringLiteral("日期"));
    CHECK(visits.rows[2][1].text.contains(QStringLiteral("********"))); // masked like the first sheet
    CHECK(visits.rows[2][2].number);
    CHECK(visits.rows[2][2].text == QString::number(QDate(1899, 12, 30).daysTo(QDate(2024, 6, 1))));
    CHECK(visits.rows[2][5].text == QStringLiteral("刘晓燕（社会工作者）、周志远（志愿者）"));
    CHECK(visits.rows[2][7].text == QStringLiteral("联系子女"));
    // The first sheet is still the ledger, as imports read it.
    CHECK(ok(exchange::XlsxReader::read(path)).rows.size() == 4);
    CHECK_FALSE(exchange::XlsxReader::read(path, 2).has_value());
}

TEST_CASE("exchange: a cancelled or failed export leaves no file behind", "[exchange]")
{
    LedgerDb source;
    fillExchangeSample(source);
    auto units = exchange::UnitResolver::load(source.sql());
    REQUIRE(units.has_value());
    auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), source.sql(), source.context(), &*units);
    exchange::ExportScope scope;
    scope.filter.asOf = kLedgerToday;
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("cancel.xlsx"), QStringLiteral("cancel.csv")}) {
        exchange::ExportOptions options;
        options.path = dir.filePath(name);
        options.progress = [](qint64, qint64) { return false; };
        const auto cancelled = exchange::Exporter::run(*elderly, scope, *units, options);
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().key == QStringLiteral("exchange.cancelled"));
    }
    // An existing file is replaced only by a complete one: a failed export keeps it.
    const QString kept = dir.filePath(QStringLiteral("kept.xlsx"));
    {
        QFile file(kept);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("previous export");
    }
    exchange::ExportOptions options;
    options.path = kept;
    options.progress = [](qint64, qint64) { return false; }; // the user cancels
    CHECK_FALSE(exchange::Exporter::run(*elderly, scope, *units, options).has_value());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("kept.xlsx")});
    QFile file(kept);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("previous export"));

    // Into a directory that does not exist: an error, nothing written.
    options.path = dir.filePath(QStringLiteral("missing/out.xlsx"));
    options.progress = {};
    const auto failed = exchange::Exporter::run(*elderly, scope, *units, options);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().key == QStringLiteral("exchange.write"));
}
