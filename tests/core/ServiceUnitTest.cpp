#include "TestSupport.h"

#include "rules/IdNumber.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

const QString kXuzhuang = QStringLiteral("610523101000");       // 许庄镇
const QString kXuzhuangVillage = QStringLiteral("610523101001"); // 光华社区

ServiceUnit station(const QString& orgCode, ServiceTier tier = ServiceTier::TownshipStation)
{
    ServiceUnit unit;
    unit.meta.orgCode = orgCode;
    unit.tier = tier;
    unit.name = QStringLiteral("许庄镇社会工作服务站");
    unit.establishedOn = QDate(2023, 5, 1);
    unit.phone = QStringLiteral("0913-1234567");
    return unit;
}

StationStaff staffMember(const ServiceUnit& unit, const char* name, QDate start, QDate end = {})
{
    StationStaff staff;
    staff.meta.orgCode = unit.meta.orgCode;
    staff.serviceUnitId = unit.meta.id;
    staff.name = QString::fromUtf8(name);
    staff.startOn = start;
    staff.endOn = end;
    return staff;
}

struct Fixture
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("units.db")), QStringLiteral("610523000000"));
    storage::ServiceUnitRepository repository{db.sql(), writeContext()};
};

} // namespace

TEST_CASE_METHOD(Fixture, "A township station is validated and stamped", "[service_unit]")
{
    ServiceUnit unit = station(kXuzhuang);
    REQUIRE(repository.add(unit).has_value());
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(unit.meta.id).hasMatch());
    CHECK(unit.meta.version == 1);
    CHECK(u8(unit.meta.updatedBy) == "tester");
    CHECK(unit.meta.createdAt == fixedClock().now());
    const auto stored = repository.find(unit.meta.id).value();
    REQUIRE(stored);
    CHECK(u8(stored->name) == "许庄镇社会工作服务站");
    CHECK(stored->meta.version == 1);
    CHECK(stored->establishedOn == QDate(2023, 5, 1));

    ServiceUnit onVillage = station(kXuzhuangVillage);
    CHECK(keyOf(repository.add(onVillage)) == "service_unit.tier");
    ServiceUnit second = station(kXuzhuang);
    CHECK(keyOf(repository.add(second)) == "service_unit.duplicate");
    ServiceUnit future = station(QStringLiteral("610523102000"));
    future.establishedOn = kToday.addDays(1);
    CHECK(keyOf(repository.add(future)) == "service_unit.established_on");
    ServiceUnit badPhone = station(QStringLiteral("610523102000"));
    badPhone.phone = QStringLiteral("12345");
    CHECK(keyOf(repository.add(badPhone)) == "phone.format");
    CHECK(repository.under(QStringLiteral("610523000000")).value().size() == 1);
}

TEST_CASE_METHOD(Fixture, "Updates are versioned and stale writes refused", "[service_unit]")
{
    ServiceUnit unit = station(kXuzhuang);
    REQUIRE(repository.add(unit).has_value());
    ServiceUnit stale = unit;
    unit.address = QStringLiteral("许庄镇政府路1号");
    REQUIRE(repository.update(unit).has_value());
    CHECK(unit.meta.version == 2);
    CHECK(repository.find(unit.meta.id).value()->meta.version == 2);
    CHECK(u8(repository.find(unit.meta.id).value()->address) == "许庄镇政府路1号");

    stale.note = QStringLiteral("旧版本上的修改");
    CHECK(keyOf(repository.update(stale)) == "db.conflict");
    CHECK(repository.find(unit.meta.id).value()->note.isEmpty());
}

TEST_CASE_METHOD(Fixture, "Removing a station leaves a tombstone", "[service_unit]")
{
    ServiceUnit unit = station(kXuzhuang);
    REQUIRE(repository.add(unit).has_value());
    REQUIRE(repository.remove(unit).has_value());
    const auto stored = repository.find(unit.meta.id).value();
    REQUIRE(stored);
    CHECK(stored->meta.deleted);
    CHECK(stored->meta.version == 2);
    CHECK(repository.under(kXuzhuang).value().isEmpty());
    CHECK_FALSE(repository.forOrg(kXuzhuang, ServiceTier::TownshipStation).value());

    ServiceUnit successor = station(kXuzhuang);
    REQUIRE(repository.add(successor).has_value());
    CHECK(repository.under(kXuzhuang).value().size() == 1);
    CHECK(storage::scalarInt(db.sql(), QStringLiteral("SELECT count(*) FROM service_unit")).value() == 2);
}

TEST_CASE_METHOD(Fixture, "Station staff are listed by the days they serve", "[service_unit]")
{
    ServiceUnit unit = station(kXuzhuang);
    REQUIRE(repository.add(unit).has_value());
    StationStaff head = staffMember(unit, "王伟", QDate(2023, 5, 1));
    head.post = StaffPost::Head;
    head.idNumber = QStringLiteral("610523198001011230");
    head.phone = QStringLiteral("13912345678");
    StationStaff left = staffMember(unit, "李娜", QDate(2023, 6, 1), QDate(2024, 12, 31));
    StationStaff joined = staffMember(unit, "张敏", QDate(2025, 3, 1));
    for (StationStaff* member : {&head, &left, &joined}) {
        const auto added = repository.addStaff(*member);
        INFO((added ? std::string() : u8(added.error().toString())));
        REQUIRE(added.has_value());
        CHECK(member->meta.version == 1);
    }
    const auto names = [&](QDate day) {
        const QList<StationStaff> staff = repository.staffOf(unit.meta.id, day).value();
        QStringList result;
        for (const StationStaff& s : staff)
            result << s.name;
        return u8(result.join(u','));
    };
    CHECK(names(QDate(2023, 5, 15)) == "王伟");
    CHECK(names(QDate(2024, 12, 31)) == "王伟,李娜");
    CHECK(names(QDate(2025, 1, 1)) == "王伟");
    CHECK(names(kToday) == "王伟,张敏");
    CHECK(names({}) == "王伟,李娜,张敏");

    StationStaff badId = staffMember(unit, "赵刚", QDate(2024, 1, 1));
    badId.idNumber = QStringLiteral("610523198001011231");
    CHECK_THAT(keyOf(repository.addStaff(badId)), Catch::StartsWith("id."));
}

TEST_CASE_METHOD(Fixture, "Community rooms have no station staff", "[service_unit]")
{
    ServiceUnit room = station(kXuzhuangVillage, ServiceTier::CommunityRoom);
    room.name = QStringLiteral("光华社区社会工作室");
    REQUIRE(repository.add(room).has_value());
    StationStaff staff = staffMember(room, "王伟", QDate(2024, 1, 1));
    CHECK(keyOf(repository.addStaff(staff)) == "staff.unit");
    CHECK(repository.staffOf(room.meta.id).value().isEmpty());
}
