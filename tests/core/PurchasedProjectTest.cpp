#include "CharityTestSupport.h"

#include "storage/PurchasedProjectRepository.h"

using namespace wushe;
using namespace wushe::test;
using storage::PurchasedProjectRepository;

namespace {

ProjectSpending spending(const PurchasedProject& project, SpendingKind kind, qint64 amountFen)
{
    ProjectSpending s;
    s.projectId = project.meta.id;
    s.spentOn = QDate(2024, 4, 30);
    s.kind = kind;
    s.amountFen = amountFen;
    return s;
}

} // namespace

TEST_CASE("purchased services: the labour share is integer per mille")
{
    CHECK(perMille(6'000'000, 10'000'000) == 600);
    CHECK(perMille(1, 3) == 333);
    CHECK(perMille(2, 3) == 667);   // rounded half up
    CHECK(perMille(1, 2000) == 1);  // 0.5 ‰ → 1
    CHECK(perMille(0, 10) == 0);
    CHECK(perMille(5, 0) == 0);
    CHECK(perMille(9'000'000'000'000LL, 9'000'000'000'000LL) == 1000); // no overflow in fen of billions

    LedgerDb db;
    PurchasedProjectRepository repo(db.sql(), db.context());
    PurchasedProject project = purchasedProject(10'000'000);
    ok(repo.add(project));
    for (auto [kind, fen] : {std::pair{SpendingKind::Labour, qint64(4'000'000)}, {SpendingKind::Activity, qint64(2'500'000)},
                             {SpendingKind::Labour, qint64(2'000'000)}, {SpendingKind::Training, qint64(1'000'000)},
                             {SpendingKind::Admin, qint64(500'000)}}) {
        ProjectSpending s = spending(project, kind, fen);
        ok(repo.addSpending(s));
        CHECK(s.meta.orgCode == kCounty);
    }
    const SpendingSummary summary = ok(repo.spendingSummary(project.meta.id));
    CHECK(summary.totalFen == 10'000'000);
    CHECK(summary.labourFen == 6'000'000);
    CHECK(summary.labourPerMille == 600);
    REQUIRE(summary.byKind.size() == 5);
    CHECK(summary.byKind.front() == std::pair{SpendingKind::Labour, qint64(6'000'000)});
    CHECK(summary.byKind.at(4) == std::pair{SpendingKind::Other, qint64(0)});
    CHECK(ok(repo.spendingSummary({kCounty, QDate(2024, 4, 1), QDate(2024, 6, 30)})).labourPerMille == 600);
    CHECK(ok(repo.spendingSummary({kCounty, QDate(2024, 7, 1), QDate(2024, 9, 30)})).totalFen == 0);

    // The contract is spent: one more fen is refused.
    ProjectSpending more = spending(project, SpendingKind::Other, 1);
    CHECK(refused(repo.addSpending(more)).key == QStringLiteral("project_spending.over_contract"));
    project.contractAmountFen = 9'999'999;
    CHECK(refused(repo.update(project)).key == QStringLiteral("purchased_project.overspent"));
}

TEST_CASE("purchased services: an evaluation score is 0 to 100")
{
    LedgerDb db;
    PurchasedProjectRepository repo(db.sql(), db.context());
    PurchasedProject project = purchasedProject(300'000'00);
    ok(repo.add(project));
    ProjectEvaluation evaluation;
    evaluation.projectId = project.meta.id;
    evaluation.evaluatedOn = QDate(2024, 6, 1);
    evaluation.evaluatorKind = EvaluatorKind::ThirdParty;
    for (int bad : {-1, 101}) {
        evaluation.score = bad;
        CHECK(refused(repo.addEvaluation(evaluation)).key == QStringLiteral("project_evaluation.score"));
    }
    for (int good : {0, 100}) {
        ProjectEvaluation e = evaluation;
        e.score = good;
        ok(repo.addEvaluation(e));
    }
    evaluation.score = 86;
    ok(repo.addEvaluation(evaluation));
    CHECK(evaluation.grade == QStringLiteral("良好"));
    CHECK(ok(repo.evaluationsOf(project.meta.id)).size() == 3);
    CHECK_FALSE(storage::execSql(db.sql(), QStringLiteral("UPDATE project_evaluation SET score = 101")).has_value());
}

TEST_CASE("purchased services: deleting is a tombstone")
{
    LedgerDb db;
    PurchasedProjectRepository repo(db.sql(), db.context());
    PurchasedProject project = purchasedProject(100'000'00);
    ok(repo.add(project));
    CHECK(ok(repo.under({kTownship, {}, {}})).isEmpty()); // the county's project is not the township's
    CHECK(ok(repo.under({kCounty, QDate(2024, 10, 1), QDate(2024, 12, 31)})).size() == 1);
    ok(repo.remove(project));
    CHECK(ok(repo.under({kCounty, {}, {}})).isEmpty());
    const auto stored = ok(repo.find(project.meta.id));
    REQUIRE(stored.has_value());
    CHECK(stored->meta.deleted);
    CHECK(stored->meta.version == 2);
    ProjectSpending late = spending(project, SpendingKind::Labour, 1);
    CHECK(refused(repo.addSpending(late)).key == QStringLiteral("purchased_project.missing"));
    CHECK_FALSE(storage::execSql(db.sql(), QStringLiteral("DELETE FROM purchased_project")).has_value());
}
