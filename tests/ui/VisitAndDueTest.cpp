#include "DueListModel.h"
#include "DuePage.h"
#include "VisitDialog.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "rules/IdNumber.h"
#include "storage/ReliefRepository.h"
#include "storage/Transaction.h"
#include "storage/VisitRepository.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

using uitest::validId;

struct ReliefFixture : uitest::CountyDb
{
    ReliefHousehold household;

    ReliefFixture()
    {
        household.meta.orgCode = QStringLiteral("610523101001");
        household.registeredOn = QDate(2025, 1, 10);
        household.startOn = QDate(2025, 1, 1);
        household.monthlyAmountFen = 52000;
        ReliefMember head;
        head.person.idNumber = validId(QStringLiteral("19700101"), 11);
        head.person.name = QStringLiteral("王大明");
        head.relationship = Relationship::Head;
        household.members = {head};
        storage::ReliefRepository repository(db->sql(), {QStringLiteral("test"), &clock});
        REQUIRE(storage::inTransaction(db->sql(), [&] { return repository.add(household); }));
    }
};

} // namespace

TEST_CASE("A household check with one investigator is refused and the dialog keeps its input", "[ui][visit]")
{
    ReliefFixture f;
    ui::VisitDialog dialog(f.ops(), Ledger::Relief, f.household.meta.id, QStringLiteral("王大明"));
    dialog.setKind(VisitKind::HouseholdCheck);
    dialog.setVisitors({{QStringLiteral("李社工"), VisitorRole::SocialWorker}});
    dialog.setFindings(QStringLiteral("家中有一辆三轮车"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().contains(QStringLiteral("两名")));
    CHECK(dialog.visit().findings == QStringLiteral("家中有一辆三轮车"));

    dialog.setVisitors({{QStringLiteral("李社工"), VisitorRole::SocialWorker}, {QStringLiteral("张干部"), VisitorRole::Staff}});
    REQUIRE(dialog.save());
    auto history = storage::VisitRepository(f.db->sql(), {QStringLiteral("test"), &f.clock}).history(f.household.meta.id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().kind == VisitKind::HouseholdCheck);
    CHECK(history->first().visitors.size() == 2);
}

TEST_CASE("The due page lists a never-checked household once its review is due", "[ui][due]")
{
    ReliefFixture f;
    ui::DuePage page(f.db->sql(), f.clock, &f.notifier);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setUnit(QStringLiteral("610523000000"));
    page.setDate(QDate(2025, 6, 30)); // registered 2025-01-10, yearly review: not yet due
    page.reload();
    CHECK(page.model()->rowCount() == 0);
    page.setDate(QDate(2026, 6, 30));
    page.reload();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, ui::DueListModel::NameColumn).data().toString() == QStringLiteral("王大明"));
    CHECK(page.model()->overdueCount() == 1);
    CHECK(page.summaryText().contains(QStringLiteral("逾期 1")));
}
