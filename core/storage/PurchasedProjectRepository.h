#pragma once

#include "Error.h"
#include "domain/PurchasedProject.h"
#include "storage/RegistryTable.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// 政府购买服务项目 with their spending (by kind, labour first) and evaluations.
// Amounts in fen, never negative; spending never exceeds the contract amount;
// scores 0–100. Spending and evaluations belong where their project is.
class PurchasedProjectRepository
{
public:
    PurchasedProjectRepository(QSqlDatabase db, WriteContext context)
        : m_db(std::move(db)), m_context(std::move(context))
    {
    }

    Result<void> add(PurchasedProject& project);
    Result<void> update(PurchasedProject& project); // the contract amount cannot drop below what is spent
    Result<void> remove(PurchasedProject& project); // tombstone; spending and evaluations stay
    Result<std::optional<PurchasedProject>> find(const QString& id) const;
    // Live projects under the unit whose contract period overlaps the period.
    Result<QList<PurchasedProject>> under(const UnitPeriod& scope) const;

    Result<void> addSpending(ProjectSpending& spending);
    Result<void> updateSpending(ProjectSpending& spending);
    Result<void> removeSpending(ProjectSpending& spending);
    Result<QList<ProjectSpending>> spendingOf(const QString& projectId) const;
    // Sum per kind (every kind, labour first) and the labour share in ‰.
    Result<SpendingSummary> spendingSummary(const QString& projectId) const;
    // The same over every live project's spending under the unit, spent within the period.
    Result<SpendingSummary> spendingSummary(const UnitPeriod& scope) const;

    // An empty grade is filled from the score (gradeOfScore).
    Result<void> addEvaluation(ProjectEvaluation& evaluation);
    Result<void> updateEvaluation(ProjectEvaluation& evaluation);
    Result<void> removeEvaluation(ProjectEvaluation& evaluation);
    Result<QList<ProjectEvaluation>> evaluationsOf(const QString& projectId) const;

    // 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格.
    static QString gradeOfScore(int score);

private:
    Result<void> validate(const PurchasedProject& project) const;
    Result<void> validate(ProjectSpending& spending) const;
    Result<void> validate(ProjectEvaluation& evaluation) const;
    Result<PurchasedProject> liveProject(const QString& projectId) const;
    Result<SpendingSummary> summarize(const QString& where, const QVariantMap& binds) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
