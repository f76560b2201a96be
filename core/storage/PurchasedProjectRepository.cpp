#include "storage/PurchasedProjectRepository.h"

#include "domain/Money.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<PurchasedProject> kProjects{
    QStringLiteral("purchased_project"),
    QStringLiteral("name, buyer, contractor, contract_amount_fen, starts_on, ends_on, domain, published, note"),
    QStringLiteral("org_code, starts_on, name"),
    [](const PurchasedProject& p) {
        return QVariantMap{{QStringLiteral(":name"), p.name.trimmed()},
                           {QStringLiteral(":buyer"), p.buyer.trimmed()},
                           {QStringLiteral(":contractor"), p.contractor.trimmed()},
                           {QStringLiteral(":contract_amount_fen"), p.contractAmountFen},
                           {QStringLiteral(":starts_on"), dateValue(p.startsOn)},
                           {QStringLiteral(":ends_on"), dateValue(p.endsOn)},
                           {QStringLiteral(":domain"), idValue(p.domain)},
                           {QStringLiteral(":published"), p.published ? 1 : 0},
                           {QStringLiteral(":note"), p.note}};
    },
    [](const QSqlQuery& q, int i, PurchasedProject& p) {
        p.name = q.value(i).toString();
        p.buyer = q.value(i + 1).toString();
        p.contractor = q.value(i + 2).toString();
        p.contractAmountFen = q.value(i + 3).toLongLong();
        p.startsOn = dateOf(q.value(i + 4));
        p.endsOn = dateOf(q.value(i + 5));
        p.domain = q.value(i + 6).toString();
        p.published = q.value(i + 7).toInt() != 0;
        p.note = q.value(i + 8).toString();
    }};

const RegistryTable<ProjectSpending> kSpending{
    QStringLiteral("project_spending"),
    QStringLiteral("project_id, spent_on, kind, amount_fen, note"),
    QStringLiteral("spent_on, created_at"),
    [](const ProjectSpending& s) {
        return QVariantMap{{QStringLiteral(":project_id"), s.projectId},
                           {QStringLiteral(":spent_on"), dateValue(s.spentOn)},
                           {QStringLiteral(":kind"), kSpendingKinds.key(s.kind)},
                           {QStringLiteral(":amount_fen"), s.amountFen},
                           {QStringLiteral(":note"), s.note}};
    },
    [](const QSqlQuery& q, int i, ProjectSpending& s) {
        s.projectId = q.value(i).toString();
        s.spentOn = dateOf(q.value(i + 1));
        s.kind = kSpendingKinds.fromKey(q.value(i + 2).toString()).value_or(SpendingKind::Other);
        s.amountFen = q.value(i + 3).toLongLong();
        s.note = q.value(i + 4).toString();
    }};

const RegistryTable<ProjectEvaluation> kEvaluations{
    QStringLiteral("project_evaluation"),
    QStringLiteral("project_id, evaluated_on, evaluator_kind, score, grade, published"),
    QStringLiteral("evaluated_on, created_at"),
    [](const ProjectEvaluation& e) {
        return QVariantMap{{QStringLiteral(":project_id"), e.projectId},
                           {QStringLiteral(":evaluated_on"), dateValue(e.evaluatedOn)},
                           {QStringLiteral(":evaluator_kind"), kEvaluatorKinds.key(e.evaluatorKind)},
                           {QStringLiteral(":score"), e.score},
                           {QStringLiteral(":grade"), e.grade.trimmed()},
                           {QStringLiteral(":published"), e.published ? 1 : 0}};
    },
    [](const QSqlQuery& q, int i, ProjectEvaluation& e) {
        e.projectId = q.value(i).toString();
        e.evaluatedOn = dateOf(q.value(i + 1));
        e.evaluatorKind = kEvaluatorKinds.fromKey(q.value(i + 2).toString()).value_or(EvaluatorKind::ThirdParty);
        e.score = q.value(i + 3).toInt();
        e.grade = q.value(i + 4).toString();
        e.published = q.value(i + 5).toInt() != 0;
    }};

} // namespace

QString PurchasedProjectRepository::gradeOfScore(int score)
{
    if (score >= 90)
        return QCoreApplication::translate("PurchasedProjectRepository", "优秀");
    if (score >= 80)
        return QCoreApplication::translate("PurchasedProjectRepository", "良好");
    if (score >= 60)
        return QCoreApplication::translate("PurchasedProjectRepository", "合格");
    return QCoreApplication::translate("PurchasedProjectRepository", "不合格");
}

// ---- projects ------------------------------------------------------------

Result<void> PurchasedProjectRepository::validate(const PurchasedProject& project) const
{
    if (project.name.trimmed().isEmpty())
        return fail(QStringLiteral("purchased_project.name"),
                    QCoreApplication::translate("PurchasedProjectRepository", "项目名称不能为空"));
    if (auto org = requireOrg(m_db, project.meta.orgCode, QStringLiteral("purchased_project.org")); !org)
        return std::unexpected(org.error());
    if (project.buyer.trimmed().isEmpty())
        return fail(QStringLiteral("purchased_project.buyer"),
                    QCoreApplication::translate("PurchasedProjectRepository", "请填写购买方"));
    if (project.contractor.trimmed().isEmpty())
        return fail(QStringLiteral("purchased_project.contractor"),
                    QCoreApplication::translate("PurchasedProjectRepository", "请填写承接机构"));
    if (project.contractAmountFen < 0)
        return fail(QStringLiteral("purchased_project.amount"),
                    QCoreApplication::translate("PurchasedProjectRepository", "合同金额不能为负数"));
    if (!project.startsOn.isValid() || !project.endsOn.isValid())
        return fail(QStringLiteral("purchased_project.period"),
                    QCoreApplication::translate("PurchasedProjectRepository", "请填写服务期限的起止日期"));
    if (project.endsOn < project.startsOn)
        return fail(QStringLiteral("purchased_project.period"),
                    QCoreApplication::translate("PurchasedProjectRepository", "结束日期不能早于开始日期"));
    return {};
}

Result<void> PurchasedProjectRepository::add(PurchasedProject& project)
{
    if (auto ok = validate(project); !ok)
        return ok;
    return insertRow(m_db, m_context, kProjects, project);
}

Result<void> PurchasedProjectRepository::update(PurchasedProject& project)
{
    if (auto ok = validate(project); !ok)
        return ok;
    auto spent = spendingSummary(project.meta.id);
    if (!spent)
        return std::unexpected(spent.error());
    if (spent->totalFen > project.contractAmountFen) {
        return fail(QStringLiteral("purchased_project.overspent"),
                    QCoreApplication::translate("PurchasedProjectRepository", "已支出%1元，合同金额不能少于此数")
                        .arg(formatYuan(spent->totalFen)));
    }
    return updateRow(m_db, m_context, kProjects, project);
}

Result<void> PurchasedProjectRepository::remove(PurchasedProject& project)
{
    return tombstoneRow(m_db, m_context, kProjects, project);
}

Result<std::optional<PurchasedProject>> PurchasedProjectRepository::find(const QString& id) const
{
    return findRow(m_db, kProjects, id);
}

Result<QList<PurchasedProject>> PurchasedProjectRepository::under(const UnitPeriod& scope) const
{
    return listUnder(m_db, kProjects, scope, QStringLiteral("starts_on"), QStringLiteral("ends_on"));
}

Result<PurchasedProject> PurchasedProjectRepository::liveProject(const QString& projectId) const
{
    auto project = find(projectId);
    if (!project)
        return std::unexpected(project.error());
    if (!*project || (*project)->meta.deleted)
        return fail(QStringLiteral("purchased_project.missing"),
                    QCoreApplication::translate("PurchasedProjectRepository", "所选项目不存在或已删除"));
    return **project;
}

// ---- spending ------------------------------------------------------------

Result<void> PurchasedProjectRepository::validate(ProjectSpending& spending) const
{
    auto project = liveProject(spending.projectId);
    if (!project)
        return std::unexpected(project.error());
    spending.meta.orgCode = project->meta.orgCode;
    if (!spending.spentOn.isValid())
        return fail(QStringLiteral("project_spending.spent_on"),
                    QCoreApplication::translate("PurchasedProjectRepository", "请填写支出日期"));
    if (spending.spentOn > m_context.clock->today())
        return fail(QStringLiteral("project_spending.spent_on"),
                    QCoreApplication::translate("PurchasedProjectRepository", "支出日期不能晚于今天"));
    if (spending.amountFen <= 0)
        return fail(QStringLiteral("project_spending.amount"),
                    QCoreApplication::translate("PurchasedProjectRepository", "支出金额应大于零"));
    auto spent = scalarInt(m_db,
                           QStringLiteral("SELECT coalesce(sum(amount_fen), 0) FROM project_spending "
                                          "WHERE project_id = :project AND deleted = 0 AND id IS NOT :self"),
                           {{QStringLiteral(":project"), spending.projectId}, {QStringLiteral(":self"), spending.meta.id}});
    if (!spent)
        return std::unexpected(spent.error());
    if (*spent + spending.amountFen > project->contractAmountFen) {
        return fail(QStringLiteral("project_spending.over_contract"),
                    QCoreApplication::translate("PurchasedProjectRepository", "累计支出%1元将超过合同金额%2元")
                        .arg(formatYuan(*spent + spending.amountFen), formatYuan(project->contractAmountFen)));
    }
    return {};
}

Result<void> PurchasedProjectRepository::addSpending(ProjectSpending& spending)
{
    if (auto ok = validate(spending); !ok)
        return ok;
    return insertRow(m_db, m_context, kSpending, spending);
}

Result<void> PurchasedProjectRepository::updateSpending(ProjectSpending& spending)
{
    if (auto ok = validate(spending); !ok)
        return ok;
    return updateRow(m_db, m_context, kSpending, spending);
}

Result<void> PurchasedProjectRepository::removeSpending(ProjectSpending& spending)
{
    return tombstoneRow(m_db, m_context, kSpending, spending);
}

Result<QList<ProjectSpending>> PurchasedProjectRepository::spendingOf(const QString& projectId) const
{
    return selectRows(m_db, kSpending, QStringLiteral("project_id = :project AND deleted = 0"),
                      {{QStringLiteral(":project"), projectId}});
}

Result<SpendingSummary> PurchasedProjectRepository::summarize(const QString& where, const QVariantMap& binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT kind, sum(amount_fen) FROM project_spending WHERE %1 GROUP BY kind")
                                     .arg(where));
        !ok)
        return std::unexpected(ok.error());
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (auto ok = exec(query, QStringLiteral("sum project_spending")); !ok)
        return std::unexpected(ok.error());
    QHash<QString, qint64> sums;
    while (query.next())
        sums.insert(query.value(0).toString(), query.value(1).toLongLong());
    SpendingSummary summary;
    for (const auto& entry : kSpendingKinds.entries()) {
        const qint64 amount = sums.value(QString::fromLatin1(entry.key));
        summary.byKind.append({entry.value, amount});
        summary.totalFen += amount;
        if (entry.value == SpendingKind::Labour)
            summary.labourFen = amount;
    }
    summary.labourPerMille = perMille(summary.labourFen, summary.totalFen);
    return summary;
}

Result<SpendingSummary> PurchasedProjectRepository::spendingSummary(const QString& projectId) const
{
    return summarize(QStringLiteral("project_id = :project AND deleted = 0"), {{QStringLiteral(":project"), projectId}});
}

Result<SpendingSummary> PurchasedProjectRepository::spendingSummary(const UnitPeriod& scope) const
{
    QVariantMap binds;
    auto where = unitPeriodWhere(m_db, scope, QStringLiteral("spent_on"), QStringLiteral("spent_on"), binds);
    if (!where)
        return std::unexpected(where.error());
    return summarize(*where + QStringLiteral(" AND deleted = 0 AND project_id IN "
                                             "(SELECT id FROM purchased_project WHERE deleted = 0)"),
                     binds);
}

// ---- evaluations ---------------------------------------------------------

Result<void> PurchasedProjectRepository::validate(ProjectEvaluation& evaluation) const
{
    auto project = liveProject(evaluation.projectId);
    if (!project)
        return std::unexpected(project.error());
    evaluation.meta.orgCode = project->meta.orgCode;
    if (!evaluation.evaluatedOn.isValid())
        return fail(QStringLiteral("project_evaluation.evaluated_on"),
                    QCoreApplication::translate("PurchasedProjectRepository", "请填写评估日期"));
    if (evaluation.evaluatedOn > m_context.clock->today())
        return fail(QStringLiteral("project_evaluation.evaluated_on"),
                    QCoreApplication::translate("PurchasedProjectRepository", "评估日期不能晚于今天"));
    if (evaluation.score < 0 || evaluation.score > 100)
        return fail(QStringLiteral("project_evaluation.score"),
                    QCoreApplication::translate("PurchasedProjectRepository", "评估得分应在0到100之间"));
    if (evaluation.grade.trimmed().isEmpty())
        evaluation.grade = gradeOfScore(evaluation.score);
    return {};
}

Result<void> PurchasedProjectRepository::addEvaluation(ProjectEvaluation& evaluation)
{
    if (auto ok = validate(evaluation); !ok)
        return ok;
    return insertRow(m_db, m_context, kEvaluations, evaluation);
}

Result<void> PurchasedProjectRepository::updateEvaluation(ProjectEvaluation& evaluation)
{
    if (auto ok = validate(evaluation); !ok)
        return ok;
    return updateRow(m_db, m_context, kEvaluations, evaluation);
}

Result<void> PurchasedProjectRepository::removeEvaluation(ProjectEvaluation& evaluation)
{
    return tombstoneRow(m_db, m_context, kEvaluations, evaluation);
}

Result<QList<ProjectEvaluation>> PurchasedProjectRepository::evaluationsOf(const QString& projectId) const
{
    return selectRows(m_db, kEvaluations, QStringLiteral("project_id = :project AND deleted = 0"),
                      {{QStringLiteral(":project"), projectId}});
}

} // namespace wushe::storage
