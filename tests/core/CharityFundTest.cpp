#include "CharityTestSupport.h"

#include "storage/CharityRepository.h"
#include "storage/Transaction.h"

using namespace wushe;
using namespace wushe::test;
using storage::CharityRepository;

TEST_CASE("charity: a fund's balance is initial + in − out, in fen")
{
    LedgerDb db;
    CharityRepository repo(db.sql(), db.context());
    CharityFund fund = charityFund(100'000'00); // 100,000.00 元
    ok(repo.addFund(fund));
    CHECK(ok(repo.balance(fund.meta.id)) == 100'000'00);

    FundFlow in = fundFlow(fund, FlowDirection::In, 2'500'55);
    ok(repo.addFlow(in));
    CHECK(in.meta.orgCode == kCounty); // the flow belongs where the fund is
    FundFlow out = fundFlow(fund, FlowDirection::Out, 102'500'00);
    ok(repo.addFlow(out));
    CHECK(ok(repo.balance(fund.meta.id)) == 55); // 0.55 元 left, exactly
    CHECK(ok(repo.flowsOf(fund.meta.id)).size() == 2);
}

TEST_CASE("charity: an outflow that would overdraw the fund is refused")
{
    LedgerDb db;
    CharityRepository repo(db.sql(), db.context());
    CharityFund fund = charityFund(1'000'00);
    ok(repo.addFund(fund));
    FundFlow out = fundFlow(fund, FlowDirection::Out, 1'000'01); // one fen too much
    CHECK(refused(repo.addFlow(out)).key == QStringLiteral("charity_fund.overdraft"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM charity_fund_flow")) == 0);

    FundFlow exact = fundFlow(fund, FlowDirection::Out, 1'000'00);
    ok(repo.addFlow(exact));
    CHECK(ok(repo.balance(fund.meta.id)) == 0);

    SECTION("raising an outflow past the balance is refused too")
    {
        exact.amountFen += 1;
        CHECK(refused(repo.updateFlow(exact)).key == QStringLiteral("charity_fund.overdraft"));
    }
    SECTION("so is lowering the initial amount below what was spent")
    {
        fund.initialAmountFen = 999'99;
        CHECK(refused(repo.updateFund(fund)).key == QStringLiteral("charity_fund.overdraft"));
    }
    SECTION("and removing an inflow that was spent")
    {
        FundFlow in = fundFlow(fund, FlowDirection::In, 500'00);
        ok(repo.addFlow(in));
        FundFlow spent = fundFlow(fund, FlowDirection::Out, 300'00);
        ok(repo.addFlow(spent));
        CHECK(refused(repo.removeFlow(in)).key == QStringLiteral("charity_fund.overdraft"));
        ok(repo.removeFlow(spent));
        ok(repo.removeFlow(in));
        CHECK(ok(repo.balance(fund.meta.id)) == 0);
    }
}

TEST_CASE("charity: amounts are never negative")
{
    LedgerDb db;
    CharityRepository repo(db.sql(), db.context());
    CharityFund fund = charityFund(-1);
    CHECK(refused(repo.addFund(fund)).key == QStringLiteral("charity_fund.amount"));
    fund.initialAmountFen = 0;
    ok(repo.addFund(fund));
    FundFlow zero = fundFlow(fund, FlowDirection::In, 0);
    CHECK(refused(repo.addFlow(zero)).key == QStringLiteral("charity_fund_flow.amount"));
    FundFlow negative = fundFlow(fund, FlowDirection::In, -5);
    CHECK(refused(repo.addFlow(negative)).key == QStringLiteral("charity_fund_flow.amount"));

    Donation goods;
    goods.meta.orgCode = kVillage;
    goods.receivedOn = QDate(2024, 6, 1);
    goods.donorName = QStringLiteral("大荔县恒通商贸有限公司");
    goods.donorKind = DonorKind::Company;
    goods.kind = DonationKind::Goods;
    goods.amountFen = -100;
    goods.goodsDescription = QStringLiteral("大米50袋");
    CHECK(refused(repo.addDonation(goods)).key == QStringLiteral("donation.amount"));
    goods.amountFen = 2'750'00;
    goods.fundId = fund.meta.id;
    ok(repo.addDonation(goods));
    const auto stored = ok(repo.findDonation(goods.meta.id));
    REQUIRE(stored.has_value());
    CHECK(stored->amountFen == 2'750'00);
    CHECK(stored->fundId == fund.meta.id);
    CHECK(stored->projectId.isEmpty());
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM donation WHERE project_id IS NULL")) == 1);
}

TEST_CASE("charity: deleting a fund or a supermarket is a tombstone")
{
    LedgerDb db;
    CharityRepository repo(db.sql(), db.context());
    CharityFund fund = charityFund(10'00);
    ok(repo.addFund(fund));
    CharitySupermarket market;
    market.meta.orgCode = kTownship;
    market.name = QStringLiteral("许庄镇慈善超市");
    market.openedOn = QDate(2022, 9, 1);
    ok(repo.addSupermarket(market));
    CHECK(ok(repo.supermarkets({kCounty, {}, {}})).size() == 1);

    ok(repo.removeFund(fund));
    ok(repo.removeSupermarket(market));
    CHECK(fund.meta.deleted);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM charity_fund WHERE deleted = 1 AND version = 2")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM charity_supermarket WHERE deleted = 1")) == 1);
    CHECK(ok(repo.supermarkets({kCounty, {}, {}})).isEmpty());
    CHECK(ok(repo.funds({kCounty, {}, {}})).isEmpty());
    FundFlow late = fundFlow(fund, FlowDirection::In, 1);
    CHECK(refused(repo.addFlow(late)).key == QStringLiteral("charity_fund.missing"));
    // A hard delete is refused by the trigger.
    CHECK_FALSE(storage::execSql(db.sql(), QStringLiteral("DELETE FROM charity_fund")).has_value());
}

TEST_CASE("charity: lists are by unit and period")
{
    LedgerDb db;
    CharityRepository repo(db.sql(), db.context());
    for (const QDate day : {QDate(2024, 1, 5), QDate(2024, 3, 31), QDate(2024, 4, 1)}) {
        Donation money;
        money.meta.orgCode = kVillage;
        money.receivedOn = day;
        money.donorKind = DonorKind::Anonymous;
        money.amountFen = 200'00;
        ok(repo.addDonation(money));
    }
    CHECK(ok(repo.donations({kTownship, QDate(2024, 1, 1), QDate(2024, 3, 31)})).size() == 2);
    CHECK(ok(repo.donations({kOtherVillage, QDate(2024, 1, 1), QDate(2024, 3, 31)})).isEmpty());
    CHECK(ok(repo.donations({kCounty, QDate(2024, 4, 1), {}})).size() == 1);
}
