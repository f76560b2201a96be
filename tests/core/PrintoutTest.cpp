#include "LedgerTestSupport.h"

#include "report/LedgerListDocument.h"
#include "report/RegisterPainter.h"
#include "report/PagedRenderer.h"
#include "report/PersonFormDocument.h"
#include "storage/ElderlyRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace wushe;
using namespace wushe::test;

namespace {

// Text of a PDF page by page, via poppler's pdftotext (installed by install-deps.sh).
QStringList pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\f', Qt::SkipEmptyParts);
}

void addElderly(LedgerDb& db, int count)
{
    storage::ElderlyRepository repository(db.sql(), db.context());
    ok(storage::inTransaction(db.sql(), [&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            ElderlyRecord record = elderlyRecord(person(QStringLiteral("测试%1").arg(i), bornYearsAgo(70 + i % 20), 100 + i));
            if (auto added = repository.add(record); !added)
                return std::unexpected(added.error());
        }
        return {};
    }));
}

} // namespace

TEST_CASE("A ledger list prints to a multi-page A4 PDF with header rows and footers on every page", "[print]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    LedgerDb db;
    addElderly(db, 120);
    report::LedgerListDocument::Options options;
    options.filter.asOf = kLedgerToday;
    options.unitName = QStringLiteral("大荔县");
    report::RegisterTable table;
    REQUIRE(ok(report::LedgerListDocument::build(table, db.sql(), options)) == 120);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    const report::PageDecoration decoration{report::LedgerListDocument::title(options), QStringLiteral("大荔县民政局"),
                                            QStringLiteral("张三"), kLedgerToday};
    report::RegisterPainter body(table);
    const int pages = ok(report::PagedRenderer::writePdf(body, path, QPageLayout::Landscape, decoration));
    CHECK(pages >= 2);

    // WUSHE_KEEP_OUTPUT=DIR keeps the PDF to look at.
    if (const QString keep = qEnvironmentVariable("WUSHE_KEEP_OUTPUT"); !keep.isEmpty())
        QFile::copy(path, keep + QStringLiteral("/ledger-list.pdf"));
    const QStringList text = pdfPages(path);
    REQUIRE(text.size() == pages);
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        CHECK(text[page].contains(QStringLiteral("大荔县老年人台账")));
        CHECK(text[page].contains(QStringLiteral("序号")));           // the header row repeats
        CHECK(text[page].contains(QStringLiteral("填报单位：大荔县民政局")));
        // pdftotext drops the spaces between the words of the footer.
        QString compact = text[page];
        compact.remove(u' ');
        CHECK(compact.contains(QStringLiteral("第%1页共%2页").arg(page + 1).arg(pages)));
    }
    CHECK(text.join(QString()).contains(QStringLiteral("测试119")));
    // Masked unless asked: no full ID number is printed.
    CHECK_FALSE(text.join(QString()).contains(idNumber(bornYearsAgo(70), 100)));
}

TEST_CASE("A register too wide for the page wraps its widest column and prints every row once", "[print]")
{
    report::RegisterTable table;
    table.heading = QStringLiteral("测试名册");
    table.headers = {QStringLiteral("编号"), QStringLiteral("姓名"), QStringLiteral("备注")};
    const QString longNote = QStringLiteral("长期卧床需要每周上门探访并协调医疗康复资源").repeated(4);
    for (int i = 0; i < 150; ++i)
        table.rows.append({QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("张三"),
                           i % 10 == 0 ? longNote + QStringLiteral("完%1").arg(i) : QStringLiteral("无")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.pdf"));
    report::RegisterPainter body(table);
    const int pages = ok(report::PagedRenderer::writePdf(body, path, QPageLayout::Portrait, {}));
    CHECK(pages >= 3);
    if (const QString keep = qEnvironmentVariable("WUSHE_KEEP_OUTPUT"); !keep.isEmpty())
        QFile::copy(path, keep + QStringLiteral("/register.pdf"));
    const QStringList text = pdfPages(path);
    REQUIRE(text.size() == pages);
    const QString all = text.join(QString());
    for (int i = 0; i < 150; ++i) {
        INFO("row " << i);
        CHECK(all.count(QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0'))) == 1);
    }
    // The long notes wrap inside their cell rather than run off the page: each
    // one's last characters are printed too.
    for (int i = 0; i < 150; i += 10)
        CHECK(all.contains(QStringLiteral("完%1").arg(i)));
    for (const QString& page : text)
        CHECK(page.contains(QStringLiteral("备注")));
}

TEST_CASE("A failed PDF write leaves no file behind", "[print]")
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("内容"));
    const QString path = QStringLiteral("/nonexistent-dir/x.pdf");
    const auto pages = report::PagedRenderer::writePdf(document, path, QPageLayout::Portrait, {});
    REQUIRE_FALSE(pages.has_value());
    CHECK(pages.error().key == QStringLiteral("pdf.open"));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The household check form lists every member and two investigator signatures", "[print]")
{
    LedgerDb db;
    ReliefHousehold h = household({member(person(QStringLiteral("王大明"), bornYearsAgo(50), 11), Relationship::Head),
                                   member(person(QStringLiteral("李秀兰"), bornYearsAgo(48), 12, Sex::Female),
                                          Relationship::Spouse)});
    storage::ReliefRepository repository(db.sql(), db.context());
    ok(storage::inTransaction(db.sql(), [&] { return repository.add(h); }));
    QTextDocument document;
    report::PersonFormDocument::reliefCheck(document, h, QStringLiteral("大荔县 许庄镇 光华社区居委会"));
    const QString text = document.toPlainText();
    CHECK(text.contains(QStringLiteral("家庭经济状况入户核查表")));
    CHECK(text.contains(QStringLiteral("王大明")));
    CHECK(text.contains(QStringLiteral("李秀兰")));
    CHECK(text.contains(QStringLiteral("调查人一（签字）")));
    CHECK(text.contains(QStringLiteral("调查人二（签字）")));
    CHECK(text.contains(QStringLiteral("被调查人（签字）")));
}
