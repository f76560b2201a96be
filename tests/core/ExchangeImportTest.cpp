#include "ExchangeTestSupport.h"
#include "ImportSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/Gb18030.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"

#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace wushe;
using namespace wushe::test;

namespace {

// A workbook as offices keep them, written with libxlsxwriter in normal mode
// (shared strings, unlike our own constant-memory exports).
class MessyWorkbook
{
public:
    explicit MessyWorkbook(const QString& path)
    {
        m_book = workbook_new(QFile::encodeName(path).constData());
        REQUIRE(m_book);
        m_sheet = workbook_add_worksheet(m_book, "花名册");
        REQUIRE(m_sheet);
    }
    ~MessyWorkbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    void text(int row, int col, const QString& value)
    {
        REQUIRE(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(), nullptr) == LXW_NO_ERROR);
    }
    void number(int row, int col, double value)
    {
        REQUIRE(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, nullptr) == LXW_NO_ERROR);
    }
    void merge(int firstRow, int firstCol, int lastRow, int lastCol, const QString& value)
    {
        REQUIRE(worksheet_merge_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow), lxw_col_t(lastCol),
                                      value.toUtf8().constData(), nullptr)
                == LXW_NO_ERROR);
    }
    void close()
    {
        REQUIRE(workbook_close(m_book) == LXW_NO_ERROR);
        m_book = nullptr;
    }

private:
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
};

struct Imported
{
    exchange::ImportReport report;
    QHash<int, QString> reasons; // sheet row → reason
};

Imported runImport(const LedgerDb& db, const QString& ledger, const exchange::SheetData& sheet, exchange::ImportOptions options)
{
    auto units = exchange::UnitResolver::load(db.sql());
    REQUIRE(units.has_value());
    auto target = exchange::ExchangeCatalog::make(ledger, db.sql(), db.context(), &*units);
    Imported imported{ok(importDetected(db, *target, *units, sheet, options)), {}};
    for (const exchange::RejectedRow& row : imported.report.rejectedRows)
        imported.reasons.insert(row.sourceRow, row.reason);
    if (!imported.report.cancelled)
        CHECK(imported.report.rows == imported.report.added + imported.report.updated + imported.report.rejected);
    return imported;
}

bool mentions(const QString& text, const char* part)
{
    return text.contains(QString::fromUtf8(part));
}

// The elderly register of a township office: two title rows, a two-row header
// with merged cells (赡养人 over 姓名/电话), renamed and shuffled columns, a blank
// row, IDs as numbers, full-width characters and mixed date formats.
QString writeElderlyRegister(const QString& path, QString& idX)
{
    MessyWorkbook book(path);
    book.merge(0, 0, 0, 9, QStringLiteral("大荔县许庄镇特殊困难老年人花名册"));
    book.merge(1, 0, 1, 9, QStringLiteral("填报单位：许庄镇人民政府　　填报日期：2024年6月"));
    book.merge(2, 0, 3, 0, QStringLiteral("序号"));
    book.merge(2, 1, 3, 1, QStringLiteral("姓 名"));
    book.merge(2, 2, 3, 2, QStringLiteral("公民身份号码"));
    book.merge(2, 3, 2, 4, QStringLiteral("赡养人"));
    book.text(3, 3, QStringLiteral("姓名"));
    book.text(3, 4, QStringLiteral("电话"));
    book.merge(2, 5, 3, 5, QStringLiteral("所属村(社区)"));
    book.merge(2, 6, 3, 6, QStringLiteral("老人类别"));
    book.merge(2, 7, 3, 7, QStringLiteral("联系电话"));
    book.merge(2, 8, 3, 8, QStringLiteral("登记日期"));
    book.merge(2, 9, 3, 9, QStringLiteral("风险级别"));

    idX = exchangeIdEndingInX(QDate(1944, 8, 8));
    QString fullWidthX = idX;
    fullWidthX.replace(u'X', QChar(0xFF38)); // Ｘ
    const QString valid1 = idNumber(QDate(1950, 3, 1), 11, Sex::Female);
    const QString dup = idNumber(QDate(1948, 2, 2), 12);
    QString rounded; // what Excel leaves of an ID: 15 digits and 000, the check digit no longer fitting
    for (int sequence = 21; rounded.isEmpty(); ++sequence) {
        const QString candidate = idNumber(QDate(1950, 3, 1), sequence).left(15) + QStringLiteral("000");
        if (rules::IdNumber::checkDigit(QStringView(candidate).left(17)) != u'0')
            rounded = candidate;
    }
    QString wrongCheck = idNumber(QDate(1949, 5, 5), 13);
    wrongCheck[17] = wrongCheck[17] == u'1' ? u'2' : u'1';

    int row = 4;
    const auto person = [&](int seq, const QString& name, const QString& id, const QString& village, const QString& category,
                            const QString& date, const QString& risk = QStringLiteral("一般")) {
        book.number(row, 0, seq);
        book.text(row, 1, name);
        if (!id.isEmpty())
            book.text(row, 2, id);
        book.text(row, 5, village);
        book.text(row, 6, category);
        if (!date.isEmpty())
            book.text(row, 8, date);
        book.text(row, 9, risk);
        ++row;
    };
    // row 5: valid; full-width phone digits, ISO date
    person(1, QStringLiteral("陈玉兰"), valid1, QStringLiteral("光华社区"), QStringLiteral("独居、空巢"), QStringLiteral("2024-03-01"),
           QStringLiteral("重点"));
    book.text(4, 7, QStringLiteral("１３９１２３４５６７８"));
    book.text(4, 3, QStringLiteral("陈 建 军"));
    book.text(4, 4, QStringLiteral("13709130001"));
    // row 6: ID with a full-width Ｘ and spaces, the date as an Excel serial, 村委会 for 村
    person(2, QStringLiteral("杨德胜"), QStringLiteral("　") + fullWidthX + QStringLiteral(" "), QStringLiteral("许庄村委会"),
           QStringLiteral("留守"), QString());
    book.number(5, 8, 45352); // 2024-03-01
    book.text(5, 7, QStringLiteral("0913-2345678"));
    ++row; // row 7: blank
    // row 8: the ID typed as a number: Excel keeps 15 digits
    person(4, QStringLiteral("刘福"), QString(), QStringLiteral("光华社区"), QStringLiteral("独居"), QStringLiteral("2024-03-01"));
    book.number(7, 2, 610523195003011234.0);
    // row 9: the number as Excel displays it, pasted as text
    person(5, QStringLiteral("马秀英"), QStringLiteral("6.10523E+17"), QStringLiteral("光华社区"), QStringLiteral("独居"),
           QStringLiteral("2024-03-01"));
    // row 10: 18 digits whose last three were rounded to zeros
    person(6, QStringLiteral("郭长顺"), rounded, QStringLiteral("光华社区"), QStringLiteral("独居"), QStringLiteral("2024-03-01"));
    // row 11: a typing error in the check digit
    person(7, QStringLiteral("何桂英"), wrongCheck, QStringLiteral("光华社区"), QStringLiteral("独居"), QStringLiteral("2024-03-01"));
    // row 12: no such village
    person(8, QStringLiteral("罗文"), idNumber(QDate(1951, 1, 1), 14), QStringLiteral("幸福村"), QStringLiteral("独居"),
           QStringLiteral("2024-03-01"));
    // rows 13 and 14: one ID twice
    person(9, QStringLiteral("宋国强"), dup, QStringLiteral("光华社区"), QStringLiteral("独居"), QStringLiteral("2024-03-01"));
    person(10, QStringLiteral("宋国强"), dup, QStringLiteral("许庄村"), QStringLiteral("空巢"), QStringLiteral("2024-03-01"));
    // row 15: no name
    person(11, QString(), idNumber(QDate(1952, 2, 2), 15), QStringLiteral("光华社区"), QStringLiteral("独居"), QStringLiteral("2024-03-01"));
    // rows 16–18: the other date forms
    person(12, QStringLiteral("唐淑珍"), idNumber(QDate(1953, 3, 3), 16, Sex::Female), QStringLiteral("光华社区"), QStringLiteral("空巢"),
           QStringLiteral("2024.03"));
    person(13, QStringLiteral("韩德明"), idNumber(QDate(1954, 4, 4), 17), QStringLiteral("光华社区"), QStringLiteral("失能"),
           QStringLiteral("2024年3月"));
    person(14, QStringLiteral("冯玉梅"), idNumber(QDate(1955, 5, 5), 18, Sex::Female), QStringLiteral("许庄村"), QStringLiteral("留守"),
           QStringLiteral("2024/3/1"));
    // row 19: a category the ledger does not have
    person(15, QStringLiteral("邓富贵"), idNumber(QDate(1956, 6, 6), 19), QStringLiteral("光华社区"), QStringLiteral("富裕"),
           QStringLiteral("2024-03-01"));
    // row 20: too young for the elderly ledger
    person(16, QStringLiteral("曹军"), idNumber(QDate(1974, 7, 7), 20), QStringLiteral("光华社区"), QStringLiteral("独居"),
           QStringLiteral("2024-03-01"));
    // row 21: a date nobody can read
    person(17, QStringLiteral("彭兰"), idNumber(QDate(1957, 7, 7), 23, Sex::Female), QStringLiteral("光华社区"), QStringLiteral("独居"),
           QStringLiteral("三月一日"));
    book.close();
    return valid1;
}

} // namespace

TEST_CASE("exchange: a messy elderly register is imported row by row with reasons", "[exchange]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    QString idX;
    const QString chen = writeElderlyRegister(path, idX);
    const exchange::SheetData sheet = ok(exchange::XlsxReader::read(path));

    LedgerDb db;
    auto units = exchange::UnitResolver::load(db.sql());
    REQUIRE(units.has_value());
    auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), db.sql(), db.context(), &*units);
    exchange::Importer importer(db.sql(), *elderly, *units, kLedgerToday);
    const exchange::ColumnMapping mapping = importer.detect(sheet);
    CHECK(mapping.headerRow == 3);
    CHECK(mapping.keys.value(1) == QStringLiteral("name"));
    CHECK(mapping.keys.value(2) == QStringLiteral("id_number"));
    CHECK(mapping.keys.value(3) == QStringLiteral("supporter_name"));
    CHECK(mapping.keys.value(4) == QStringLiteral("supporter_phone"));
    CHECK(mapping.keys.value(5) == QStringLiteral("village"));
    CHECK(mapping.keys.value(6) == QStringLiteral("categories"));
    CHECK(mapping.keys.value(7) == QStringLiteral("phone"));
    CHECK(mapping.keys.value(9) == QStringLiteral("risk_tier"));
    CHECK(mapping.keys.value(0).isEmpty()); // 序号

    const QByteArray empty = exchangeDigest(db.sql());

    SECTION("all or nothing: refused, the database unchanged")
    {
        const Imported all = runImport(db, QStringLiteral("elderly"), sheet, {});
        CHECK_FALSE(all.report.applied);
        CHECK(all.report.rows == 16);
        CHECK(all.report.added == 5);
        CHECK(all.report.rejected == 11);
        CHECK(exchangeDigest(db.sql()) == empty);
    }

    SECTION("dry run: counted, the database unchanged")
    {
        exchange::ImportOptions options;
        options.validRows = true;
        options.dryRun = true;
        const Imported dry = runImport(db, QStringLiteral("elderly"), sheet, options);
        CHECK_FALSE(dry.report.applied);
        CHECK(dry.report.added == 5);
        CHECK(exchangeDigest(db.sql()) == empty);
    }

    SECTION("cancelled: the database unchanged")
    {
        exchange::ImportOptions options;
        options.validRows = true;
        options.progress = [](qint64 done, qint64) { return done < 3; };
        const Imported cancelled = runImport(db, QStringLiteral("elderly"), sheet, options);
        CHECK(cancelled.report.cancelled);
        CHECK_FALSE(cancelled.report.applied);
        CHECK(exchangeDigest(db.sql()) == empty);
    }

    SECTION("valid rows: added, every refusal with its reason, again changes nothing, errors fixed and re-imported")
    {
        exchange::ImportOptions options;
        options.validRows = true;
        const Imported first = runImport(db, QStringLiteral("elderly"), sheet, options);
        CHECK(first.report.applied);
        CHECK(first.report.rows == 16);
        CHECK(first.report.added == 5);
        CHECK(first.report.updated == 0);
        CHECK(first.report.rejected == 11);
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record WHERE deleted = 0")) == 5);
        const auto& why = first.reasons;
        CHECK(why.size() == 11);
        INFO((QStringList(why.values()).join(u'\n')).toStdString());
        CHECK((mentions(why.value(8), "Excel") && mentions(why.value(8), "数字")));
        CHECK((mentions(why.value(9), "Excel") && mentions(why.value(9), "6.10523E+17")));
        CHECK(mentions(why.value(10), "舍入"));
        CHECK(mentions(why.value(11), "身份证号无效"));
        CHECK(mentions(why.value(12), "没有名为“幸福村”的村（社区）"));
        CHECK((mentions(why.value(13), "重复") && mentions(why.value(13), "13、14")));
        CHECK(mentions(why.value(14), "重复"));
        CHECK(mentions(why.value(15), "缺少必填项“姓名”"));
        CHECK(mentions(why.value(19), "“富裕”不是可选的类别"));
        CHECK(mentions(why.value(20), "60岁及以上"));
        CHECK(mentions(why.value(21), "无法识别的日期“三月一日”"));

        // Normalised values as stored.
        storage::PersonRepository people(db.sql(), db.context());
        const auto yang = ok(people.findByIdNumber(idX));
        REQUIRE(yang.has_value());
        CHECK(yang->name == QStringLiteral("杨德胜"));
        CHECK(yang->phone == QStringLiteral("0913-2345678"));
        CHECK(yang->meta.orgCode == kOtherVillage); // 许庄村委会 → 许庄村
        const auto yangRecord = ok(storage::ElderlyRepository(db.sql(), db.context()).findByPerson(yang->meta.id));
        REQUIRE(yangRecord.has_value());
        CHECK(yangRecord->registeredOn == QDate(2024, 3, 1));
        CHECK(yangRecord->categories == quint32(ElderlyCategory::LeftBehind));
        const auto chenPerson = ok(people.findByIdNumber(chen));
        REQUIRE(chenPerson.has_value());
        CHECK(chenPerson->phone == QStringLiteral("13912345678"));
        const auto chenRecord = ok(storage::ElderlyRepository(db.sql(), db.context()).findByPerson(chenPerson->meta.id));
        REQUIRE(chenRecord.has_value());
        CHECK(chenRecord->supporterName == QStringLiteral("陈建军"));
        CHECK(chenRecord->supporterPhone == QStringLiteral("13709130001"));
        CHECK(chenRecord->riskTier == RiskTier::Key);
        CHECK(chenRecord->categories == (quint32(ElderlyCategory::LivingAlone) | quint32(ElderlyCategory::EmptyNest)));
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record WHERE registered_on = '2024-03-01'")) == 5);

        // The same file again: nothing changes.
        const QByteArray after = exchangeDigest(db.sql());
        const Imported again = runImport(db, QStringLiteral("elderly"), sheet, options);
        CHECK(again.report.added == 0);
        CHECK(again.report.updated == 5);
        CHECK(again.report.unchanged == 5);
        CHECK(again.report.rejected == 11);
        CHECK(exchangeDigest(db.sql()) == after);

        // The error workbook: original values and the reason; corrected, it imports.
        const QString errors = dir.filePath(QStringLiteral("errors.xlsx"));
        ok(exchange::Importer::writeErrors(errors, QStringLiteral("老年人台账"), first.report));
        exchange::SheetData rejected = ok(exchange::XlsxReader::read(errors));
        REQUIRE(rejected.rows.size() == 2 + 11);
        CHECK(rejected.rows[1].last().text == QStringLiteral("错误原因"));
        CHECK(rejected.rows[2][1].text == QStringLiteral("刘福"));
        CHECK(mentions(rejected.rows[2].last().text, "第8行"));
        CHECK_FALSE(rejected.rows[2][2].number); // written back as text
        // Correct 刘福's ID and 罗文's village; the rest stays wrong.
        for (QList<exchange::InCell>& cells : rejected.rows) {
            if (cells.value(1).text == QStringLiteral("刘福"))
                cells[2] = {idNumber(QDate(1950, 3, 1), 30), false};
            if (cells.value(1).text == QStringLiteral("罗文"))
                cells[5] = {QStringLiteral("光华社区"), false};
        }
        const Imported fixed = runImport(db, QStringLiteral("elderly"), rejected, options);
        CHECK(fixed.report.rows == 11);
        CHECK(fixed.report.added == 2);
        CHECK(fixed.report.rejected == 9);
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record WHERE deleted = 0")) == 7);
    }
}

TEST_CASE("exchange: relief households from merged household cells, one row per member", "[exchange]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relief.xlsx"));
    const QString head = idNumber(QDate(1980, 1, 1), 40);
    const QString wife = idNumber(QDate(1982, 2, 2), 41, Sex::Female);
    const QString son = exchangeIdEndingInX(QDate(2012, 3, 3));
    const QString other = idNumber(QDate(1970, 4, 4), 42);
    {
        MessyWorkbook book(path);
        book.merge(0, 0, 0, 7, QStringLiteral("许庄镇农村低保花名册"));
        const QStringList headers{QStringLiteral("户主"), QStringLiteral("户主身份证号码"), QStringLiteral("所属村(社区)"),
                                  QStringLiteral("保障类别"), QStringLiteral("月保障金额"), QStringLiteral("姓名"),
                                  QStringLiteral("身份证号"), QStringLiteral("与户主关系")};
        for (int c = 0; c < headers.size(); ++c)
            book.text(1, c, headers[c]);
        book.merge(2, 0, 4, 0, QStringLiteral("赵铁柱"));
        book.merge(2, 1, 4, 1, head);
        book.merge(2, 2, 4, 2, QStringLiteral("光华社区"));
        book.merge(2, 3, 4, 3, QStringLiteral("农村低保"));
        book.number(2, 4, 480.5);
        book.merge(2, 4, 4, 4, QStringLiteral("480.5"));
        const QList<QStringList> members{{QStringLiteral("赵铁柱"), head, QStringLiteral("户主")},
                                         {QStringLiteral("孙秀兰"), wife, QStringLiteral("配偶")},
                                         {QStringLiteral("赵小军"), son, QStringLiteral("子女")}};
        for (int m = 0; m < members.size(); ++m)
            for (int c = 0; c < 3; ++c)
                book.text(2 + m, 5 + c, members[m][c]);
        // A household whose two rows disagree on the category.
        for (int r = 5; r < 7; ++r) {
            book.text(r, 0, QStringLiteral("钱多"));
            book.text(r, 1, other);
            book.text(r, 2, QStringLiteral("光华社区"));
            book.text(r, 3, r == 5 ? QStringLiteral("农村低保") : QStringLiteral("临时救助"));
            book.text(r, 4, QStringLiteral("300元"));
        }
        book.text(5, 5, QStringLiteral("钱多"));
        book.text(5, 6, other);
        book.text(5, 7, QStringLiteral("户主"));
        book.text(6, 5, QStringLiteral("钱小多"));
        book.text(6, 6, idNumber(QDate(2000, 5, 5), 43));
        book.text(6, 7, QStringLiteral("子女"));
        book.close();
    }
    const exchange::SheetData sheet = ok(exchange::XlsxReader::read(path));
    LedgerDb db;
    exchange::ImportOptions options;
    options.validRows = true;
    const Imported imported = runImport(db, QStringLiteral("relief"), sheet, options);
    CHECK(imported.report.rows == 5);
    CHECK(imported.report.added == 3);
    CHECK(imported.report.rejected == 2);
    CHECK(mentions(imported.reasons.value(6), "不一致"));
    CHECK(mentions(imported.reasons.value(7), "不一致"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_household WHERE deleted = 0")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member WHERE deleted = 0")) == 3);
    CHECK(db.count(QStringLiteral("SELECT monthly_amount_fen FROM relief_household")) == 48050);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_household h JOIN person p ON p.id = h.head_person_id "
                                  "WHERE p.id_number = :id"),
                   {{QStringLiteral(":id"), head}})
          == 1);
}

TEST_CASE("exchange: CSV in UTF-8 without BOM and in GB18030, with quotes and a title row", "[exchange]")
{
    const QString id = idNumber(QDate(1950, 3, 1), 50, Sex::Female);
    const QString text = QStringLiteral("许庄镇老年人名单,,,,\r\n"
                                        "姓名,身份证号码,村（社区）,类别,住址\r\n"
                                        "王淑芬,%1,光华社区,独居,\"光华社区3组, 12号\"\r\n"
                                        "\r\n")
                             .arg(id);
    for (const bool gb : {false, true}) {
        DYNAMIC_SECTION((gb ? "GB18030" : "UTF-8"))
        {
            const QByteArray bytes = gb ? ok(exchange::Gb18030::encode(text)) : text.toUtf8();
            const exchange::SheetData sheet = ok(exchange::CsvReader::parse(bytes));
            LedgerDb db;
            const Imported imported = runImport(db, QStringLiteral("elderly"), sheet, {});
            CHECK(imported.report.rows == 1);
            CHECK(imported.report.added == 1);
            CHECK(imported.report.applied);
            const auto person = ok(storage::PersonRepository(db.sql(), db.context()).findByIdNumber(id));
            REQUIRE(person.has_value());
            CHECK(person->name == QStringLiteral("王淑芬"));
            CHECK(person->address == QStringLiteral("光华社区3组, 12号"));
        }
    }
}

TEST_CASE("exchange: values are normalised the way offices type them", "[exchange]")
{
    using exchange::InCell;
    using exchange::ValueNormalizer;
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("1950-03-01"), false})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("1950/3/1"), false})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("1950.03"), false})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("1950.03"), true})) == QDate(1950, 3, 1)); // typed into a number cell
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("1950年3月"), false})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("1950年3月1日"), false})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("１９５０－０３－０１"), false})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("18323"), true})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("19500301"), false})) == QDate(1950, 3, 1));
    CHECK(ok(ValueNormalizer::parseDate({QStringLiteral("1950-03-01 00:00:00"), false})) == QDate(1950, 3, 1));
    CHECK_FALSE(ValueNormalizer::parseDate({QStringLiteral("1950-02-30"), false}).has_value());
    CHECK_FALSE(ValueNormalizer::parseDate({QStringLiteral("1950"), false}).has_value());

    const ValueNormalizer normalizer(kLedgerToday);
    exchange::ExchangeColumn money;
    money.kind = exchange::CellKind::Money;
    CHECK(ok(normalizer.normalize({QStringLiteral("1,234.5元"), false}, money)).toLongLong() == 123450);
    CHECK(ok(normalizer.normalize({QStringLiteral("480"), true}, money)).toLongLong() == 48000);
    exchange::ExchangeColumn flag;
    flag.kind = exchange::CellKind::Bool;
    CHECK(ok(normalizer.normalize({QStringLiteral("是"), false}, flag)).toBool());
    CHECK_FALSE(ok(normalizer.normalize({QStringLiteral("否"), false}, flag)).toBool());
    CHECK(normalizer.normalize({QStringLiteral("   "), false}, flag)->isNull());
    exchange::ExchangeColumn phone;
    phone.kind = exchange::CellKind::Phone;
    CHECK(ok(normalizer.normalize({QStringLiteral("13912345678"), true}, phone)).toString() == QStringLiteral("13912345678"));
}
