#include "TestSupport.h"

#include "storage/OrgUnitRepository.h"

#include <QDir>
#include <QResource>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

const QString kDali = QStringLiteral("610523000000"); // 大荔县

// Counts per level below and including `root`, straight from the CSV in the source
// tree (parent walk), independent of DivisionCatalog.
QMap<QString, int> csvCounts(const QString& root)
{
    QFile file(sourcePath(QStringLiteral("resources/data/shaanxi_divisions.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> parentOf;
    QHash<QString, QString> levelOf;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.trimmed().split(u',');
        parentOf.insert(fields[0], fields[3]);
        levelOf.insert(fields[0], fields[2]);
    }
    QMap<QString, int> counts;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        for (QString code = it.key(); !code.isEmpty(); code = parentOf.value(code)) {
            if (code == root) {
                ++counts[levelOf.value(it.key())];
                break;
            }
        }
    }
    return counts;
}

QMap<QString, int> dbCounts(const storage::Database& db)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(QStringLiteral("SELECT level, count(*) FROM org_unit GROUP BY level")));
    QMap<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

std::string describe(const QMap<QString, int>& counts)
{
    std::string text;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        text += u8(it.key()) + '=' + std::to_string(it.value()) + ' ';
    return text;
}

QStringList codes(const QList<OrgUnit>& units)
{
    QStringList result;
    for (const OrgUnit& unit : units)
        result << unit.code;
    return result;
}

} // namespace

TEST_CASE("The bundled division list is complete and stored compressed", "[org]")
{
    CHECK(catalog().size() == 21809);
    CHECK(QResource(org::DivisionCatalog::bundledPath()).compressionAlgorithm() != QResource::NoCompression);
    REQUIRE(catalog().find(kDali));
    CHECK(u8(catalog().find(kDali)->name) == "大荔县");
}

TEST_CASE("A county database holds the county, its townships and villages", "[org]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("dali.db")), kDali);
    const auto units = storage::OrgUnitRepository(db.sql()).all().value();
    REQUIRE(units.size() == 319);
    CHECK(u8(units.first().name) == "大荔县");
    CHECK(units.first().depth == 0);
    CHECK(std::count_if(units.cbegin(), units.cend(), [](const OrgUnit& u) { return u.level == OrgLevel::Township; }) == 17);
    CHECK(std::count_if(units.cbegin(), units.cend(), [](const OrgUnit& u) { return u.level == OrgLevel::Village; }) == 301);
    for (const OrgUnit& unit : units) {
        INFO(u8(unit.code) << ' ' << u8(unit.name) << ' ' << u8(unit.kind));
        if (unit.kind == u"街道" || unit.kind == u"社区")
            CHECK(unit.areaType == AreaType::Urban);
        else if (unit.kind == u"镇" || unit.kind == u"乡" || unit.kind == u"村")
            CHECK(unit.areaType == AreaType::Rural);
        else
            CHECK(unit.areaType == AreaType::Other);
    }
    CHECK(units == catalog().subtree(kDali));
    CHECK(u8(db.meta(QStringLiteral("jurisdiction_code"))) == "610523000000");
}

TEST_CASE("Jurisdictions of every level hold exactly their subtree of the CSV", "[org]")
{
    const QString code = GENERATE(QStringLiteral("610102000000"), QStringLiteral("610581000000"),
                                  QStringLiteral("610403000000"), QStringLiteral("610500000000"),
                                  QStringLiteral("610523101000"));
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("unit.db")), code);
    const auto expected = csvCounts(code);
    INFO(u8(code) << " csv: " << describe(expected));
    CHECK(expected.value(QStringLiteral("village")) > 0);
    CHECK(describe(dbCounts(db)) == describe(expected));
}

TEST_CASE("Only cities, counties and townships can be jurisdictions", "[org]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.db"));
    const auto create = [&](const char* code) {
        return org::JurisdictionCreator(catalog()).create(path, QString::fromLatin1(code), writeContext());
    };
    CHECK(keyOf(create("610000000000")) == "unit.level");  // province
    CHECK(keyOf(create("610523101001")) == "unit.level");  // a village of 许庄镇
    CHECK(keyOf(create("610599000000")) == "unit.unknown");
    CHECK(keyOf(create("abc")) == "unit.unknown");
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("An existing file is never overwritten", "[org]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.db"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("someone else's data");
    }
    const QByteArray before = sha256(path);
    CHECK(keyOf(org::JurisdictionCreator(catalog()).create(path, kDali, writeContext())) == "db.exists");
    CHECK(sha256(path) == before);
}

TEST_CASE("Subtree queries agree with the catalog", "[org]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("tree.db")), kDali);
    const storage::OrgUnitRepository repository(db.sql());
    for (const OrgUnit& township : catalog().children(kDali)) {
        INFO(u8(township.code));
        CHECK(codes(repository.subtree(township.code).value()) == codes(catalog().subtree(township.code)));
        CHECK(codes(repository.children(township.code).value()) == codes(catalog().children(township.code)));
    }
    // subtreeRange holds exactly the subtree, across the whole province.
    for (const char* root : {"610000000000", "610500000000", "610523000000", "610523101000", "610523101001"}) {
        const OrgUnit* unit = catalog().find(QString::fromLatin1(root));
        REQUIRE(unit);
        const CodeRange range = subtreeRange(unit->code, unit->level);
        const QStringList inside = codes(catalog().subtree(unit->code));
        qsizetype inRange = 0;
        for (const OrgUnit& other : catalog().all())
            inRange += range.contains(other.code) ? 1 : 0;
        INFO(root);
        CHECK(inRange == inside.size());
        CHECK(std::all_of(inside.cbegin(), inside.cend(), [&](const QString& c) { return range.contains(c); }));
    }
    CHECK(repository.subtree(QStringLiteral("610102000000")).value().isEmpty());
}

TEST_CASE("Division list errors name the line and column", "[org]")
{
    const QByteArray header = "code,name,level,parent_code,kind,pilot_county\n"
                              "610000000000,陕西省,province,,省,\n";
    const auto error = [&](const QByteArray& row) {
        auto result = org::DivisionCatalog::parse(header + row);
        REQUIRE_FALSE(result.has_value());
        CHECK(u8(result.error().key) == "divisions.parse");
        return u8(result.error().message);
    };
    CHECK_THAT(error("610100000000,西安市,city,610000000000,地级市\n"),
               Catch::Contains("第3行") && Catch::Contains("应有6列，实际5列"));
    CHECK_THAT(error("61010000000X,西安市,city,610000000000,地级市,\n"),
               Catch::Contains("第3行") && Catch::Contains("code") && Catch::Contains("61010000000X"));
    CHECK_THAT(error("610100000000,西安市,metropolis,610000000000,地级市,\n"),
               Catch::Contains("第3行") && Catch::Contains("level"));
    CHECK_THAT(error("\n610100000000,西安市,city,6100,地级市,\n"), Catch::Contains("第4行") && Catch::Contains("parent_code"));
    CHECK(org::DivisionCatalog::parse(header + "610100000000,西安市,city,610000000000,地级市,\n").value().size() == 2);
}
