#include "operations/Operations.h"

#include "exchange/Importer.h"
#include "operations/ChangeNotifier.h"
#include "operations/RecordTraits.h"
#include "quarterly/PilotTownships.h"
#include "quarterly/ReportJson.h"
#include "quarterly/ReportStore.h"
#include "quarterly/Rollup.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ChangeReverter.h"
#include "storage/Transaction.h"
#include "storage/WriteGate.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace wushe::ops {

namespace {

// What a record is called in the change summary: its person, name or title.
template <typename Record>
QString recordName(const Record& record)
{
    if constexpr (requires { record.person.name; })
        return record.person.name;
    else if constexpr (requires { record.name; })
        return record.name;
    else if constexpr (requires { record.title; })
        return record.title;
    else if constexpr (requires { record.topic; })
        return record.topic;
    else if constexpr (requires { record.members; }) {
        return record.members.isEmpty() ? QString() : record.members.first().person.name;
    } else
        return {};
}

template <typename Record>
QString summaryOf(const char* verb, const Record& record)
{
    const QString label = QCoreApplication::translate("Operations", RecordTraits<Record>::label);
    const QString name = recordName(record);
    const QString action = QCoreApplication::translate("Operations", verb);
    return name.isEmpty() ? QStringLiteral("%1%2").arg(action, label) : QStringLiteral("%1%2：%3").arg(action, label, name);
}

storage::LedgerLink linkOf(const storage::LedgerLink& link)
{
    return link;
}

storage::LedgerLink linkOf(const QList<storage::LedgerLink>& links)
{
    storage::LedgerLink any;
    for (const storage::LedgerLink& link : links) {
        any.linkedExistingPerson = any.linkedExistingPerson || link.linkedExistingPerson;
        for (const QString& other : link.otherLedgers)
            if (!any.otherLedgers.contains(other))
                any.otherLedgers << other;
    }
    return any;
}

storage::LedgerLink linkOf(bool linkedExistingPerson)
{
    return {linkedExistingPerson, {}};
}

template <typename Added>
Result<storage::LedgerLink> asLink(Added added)
{
    if (!added)
        return std::unexpected(added.error());
    if constexpr (std::is_void_v<typename Added::value_type>)
        return storage::LedgerLink{};
    else
        return linkOf(*added);
}

} // namespace

// ---- Scope ------------------------------------------------------------------

struct Operations::Scope::State
{
    State(Operations& ops, QString k, QString s, OperationOptions o)
        : operations(ops), kind(std::move(k)), summary(std::move(s)), options(o)
    {
    }
    Operations& operations;
    QString kind;
    QString summary;
    OperationOptions options;
    std::optional<storage::Transaction> transaction;
    bool gateEntered = false;
    qint64 batch = 0;
};

Operations::Scope::Scope(Operations& operations, QString kind, QString summary, OperationOptions options)
    : m_state(std::make_unique<State>(operations, std::move(kind), std::move(summary), options))
{
}

Operations::Scope::~Scope()
{
    if (m_state->gateEntered)
        storage::WriteGate::leave(m_state->operations.m_db);
    // An uncommitted transaction rolls back here: the batch and its rows vanish with it.
}

Result<void> Operations::Scope::begin()
{
    Operations& ops = m_state->operations;
    m_state->transaction.emplace(ops.m_db);
    if (!m_state->transaction->isActive())
        return std::unexpected(m_state->transaction->error());
    storage::WriteGate::enter(ops.m_db);
    m_state->gateEntered = true;
    storage::ChangeBatch batch;
    batch.startedAt = ops.m_clock.now().toUTC();
    batch.operatorLogin = ops.m_operator.login;
    batch.operatorName = ops.m_operator.printedName();
    batch.operatorRole = ops.m_operator.role;
    batch.operatorUnit = ops.m_operator.unitCode;
    batch.kind = m_state->kind;
    batch.summary = m_state->summary;
    batch.reverts = m_state->options.reverts;
    batch.logRows = m_state->options.logRows;
    batch.bulkInserts = m_state->options.bulkInserts;
    auto opened = storage::ChangeLogRepository(ops.m_db).openBatch(batch);
    if (!opened)
        return std::unexpected(opened.error());
    m_state->batch = *opened;
    return {};
}

Result<Change> Operations::Scope::commitChange()
{
    Operations& ops = m_state->operations;
    auto touched = storage::ChangeLogRepository(ops.m_db).closeBatch(m_state->batch);
    if (!touched)
        return std::unexpected(touched.error());
    if (auto ok = m_state->transaction->commit(); !ok)
        return std::unexpected(ok.error());
    // Views that answer the notification read; nothing they do writes under this batch.
    storage::WriteGate::leave(ops.m_db);
    m_state->gateEntered = false;
    Change change;
    change.batch = m_state->batch;
    change.kind = m_state->kind;
    change.summary = m_state->summary;
    change.tables = touched->tables;
    change.orgCodes = touched->orgCodes;
    change.rowIds = touched->rowIds;
    change.rows = touched->rows;
    change.undoable = m_state->options.undoable && touched->rows > 0;
    change.reverts = m_state->options.reverts;
    if (ops.m_notifier)
        emit ops.m_notifier->changed(change);
    return change;
}

Result<void> Operations::Scope::commit()
{
    auto change = commitChange();
    if (!change)
        return std::unexpected(change.error());
    return {};
}

// ---- Operations -------------------------------------------------------------

Operations::Operations(QSqlDatabase db, Operator who, const Clock& clock, ChangeNotifier* notifier)
    : m_db(std::move(db)), m_operator(std::move(who)), m_clock(clock), m_notifier(notifier)
{
    if (m_operator.login.trimmed().isEmpty())
        m_operator.login = QStringLiteral("unknown");
    storage::WriteGate::guard(m_db);
}

Operations::~Operations()
{
    storage::WriteGate::unguard(m_db);
}

void Operations::setOperator(Operator who)
{
    m_operator = std::move(who);
    if (m_operator.login.trimmed().isEmpty())
        m_operator.login = QStringLiteral("unknown");
}

template <typename Record>
Result<storage::LedgerLink> Operations::save(Record& record)
{
    using Traits = RecordTraits<Record>;
    const bool adding = record.meta.isNew();
    Record edited = record; // the caller's copy changes only when the save commits
    auto saved = run(
        QStringLiteral("%1.save").arg(QLatin1String(Traits::table)), summaryOf(adding ? QT_TRANSLATE_NOOP("Operations", "新增") : QT_TRANSLATE_NOOP("Operations", "修改"), record),
        [&]() -> Result<storage::LedgerLink> {
            typename Traits::Repository repository(m_db, context());
            if constexpr (requires { Traits::add(repository, edited); }) {
                if (adding)
                    return asLink(Traits::add(repository, edited));
                return asLink(Traits::update(repository, edited));
            } else {
                if (adding)
                    return asLink(repository.add(edited));
                return asLink(repository.update(edited));
            }
        },
        {.undoable = true});
    if (saved)
        record = std::move(edited);
    return saved;
}

template <typename Record>
Result<void> Operations::remove(Record& record)
{
    using Traits = RecordTraits<Record>;
    Record edited = record;
    auto removed = run(
        QStringLiteral("%1.remove").arg(QLatin1String(Traits::table)), summaryOf(QT_TRANSLATE_NOOP("Operations", "删除"), record),
        [&]() -> Result<void> {
            typename Traits::Repository repository(m_db, context());
            if constexpr (requires { Traits::remove(repository, edited); })
                return Traits::remove(repository, edited);
            else
                return repository.remove(edited);
        },
        {.undoable = true});
    if (removed)
        record = std::move(edited);
    return removed;
}

#define WUSHE_OPERATIONS_FOR(RecordType)                                                                               \
    template Result<storage::LedgerLink> Operations::save<RecordType>(RecordType&);                                   \
    template Result<void> Operations::remove<RecordType>(RecordType&);
WUSHE_OPERATIONS_FOR(ElderlyRecord)
WUSHE_OPERATIONS_FOR(ChildRecord)
WUSHE_OPERATIONS_FOR(ReliefHousehold)
WUSHE_OPERATIONS_FOR(Visit)
WUSHE_OPERATIONS_FOR(SocialWorker)
WUSHE_OPERATIONS_FOR(CommunityOrg)
WUSHE_OPERATIONS_FOR(Volunteer)
WUSHE_OPERATIONS_FOR(VolunteerTeam)
WUSHE_OPERATIONS_FOR(VolunteerService)
WUSHE_OPERATIONS_FOR(ServiceActivity)
WUSHE_OPERATIONS_FOR(Training)
WUSHE_OPERATIONS_FOR(ServiceUnit)
WUSHE_OPERATIONS_FOR(StationStaff)
WUSHE_OPERATIONS_FOR(CharityFund)
WUSHE_OPERATIONS_FOR(FundFlow)
WUSHE_OPERATIONS_FOR(FundraisingProject)
WUSHE_OPERATIONS_FOR(Donation)
WUSHE_OPERATIONS_FOR(CharitySupermarket)
WUSHE_OPERATIONS_FOR(HappyHomeProject)
WUSHE_OPERATIONS_FOR(CharityReferral)
WUSHE_OPERATIONS_FOR(PurchasedProject)
WUSHE_OPERATIONS_FOR(ProjectSpending)
WUSHE_OPERATIONS_FOR(ProjectEvaluation)
#undef WUSHE_OPERATIONS_FOR

Result<void> Operations::restore(const QString& table, const QString& id)
{
    return run(QStringLiteral("%1.restore").arg(table), QCoreApplication::translate("Operations", "恢复已删除的记录"),
               [&]() -> Result<void> { return storage::ChangeReverter(m_db, context()).restore(table, id); }, {.undoable = true});
}

Result<Change> Operations::revert(qint64 batchId)
{
    auto batch = storage::ChangeLogRepository(m_db).batch(batchId);
    if (!batch)
        return std::unexpected(batch.error());
    if (!*batch)
        return fail(QStringLiteral("ops.no_batch"), QCoreApplication::translate("Operations", "找不到要撤销的修改（第%1批）").arg(batchId));
    // Reverting an undo is a redo: it brings back what the undo reversed. Reverting a
    // redo is an undo again. Both are named after the change first made.
    const bool redo = (*batch)->kind == QStringLiteral("undo");
    QString original = (*batch)->summary;
    for (qint64 reverted = (*batch)->reverts; reverted > 0;) {
        auto earlier = storage::ChangeLogRepository(m_db).batch(reverted);
        if (!earlier || !*earlier)
            break;
        original = (*earlier)->summary;
        reverted = (*earlier)->reverts;
    }
    const QString summary = redo ? QCoreApplication::translate("Operations", "重做：%1").arg(original)
                                 : QCoreApplication::translate("Operations", "撤销：%1").arg(original);
    Scope scope(*this, redo ? QStringLiteral("redo") : QStringLiteral("undo"), summary, {.reverts = batchId});
    if (auto ok = scope.begin(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = storage::ChangeReverter(m_db, context()).revertBatch(batchId); !ok)
        return std::unexpected(ok.error());
    return scope.commitChange();
}

Result<quarterly::StoredReport> Operations::openReportDraft(const QString& unitCode, const quarterly::Quarter& quarter,
                                                            const quarterly::ReportText& defaults)
{
    return run(QStringLiteral("quarterly_report.draft"),
               QCoreApplication::translate("Operations", "季度报告：建立草稿 %1").arg(quarter.label()),
               [&] { return quarterly::ReportStore(m_db, context()).openDraft(unitCode, quarter, defaults); });
}

Result<void> Operations::saveReportText(quarterly::StoredReport& report)
{
    quarterly::StoredReport edited = report;
    auto saved = run(QStringLiteral("quarterly_report.save"),
                     QCoreApplication::translate("Operations", "季度报告：保存 %1").arg(report.quarter.label()),
                     [&] { return quarterly::ReportStore(m_db, context()).saveText(edited); });
    if (saved)
        report = std::move(edited);
    return saved;
}

Result<void> Operations::markReportReviewed(quarterly::StoredReport& report)
{
    quarterly::StoredReport edited = report;
    auto saved = run(QStringLiteral("quarterly_report.review"),
                     QCoreApplication::translate("Operations", "季度报告：审核通过 %1").arg(report.quarter.label()),
                     [&] { return quarterly::ReportStore(m_db, context()).markReviewed(edited); });
    if (saved)
        report = std::move(edited);
    return saved;
}

Result<quarterly::SubmittedReport> Operations::submitReport(quarterly::StoredReport& report,
                                                            const quarterly::ReportData& data)
{
    quarterly::StoredReport edited = report;
    auto submitted = run(QStringLiteral("quarterly_report.submit"),
                         QCoreApplication::translate("Operations", "季度报告：报送 %1").arg(report.quarter.label()),
                         [&] { return quarterly::ReportStore(m_db, context()).submit(edited, data); });
    if (submitted)
        report = std::move(edited);
    return submitted;
}

Result<quarterly::StoredReport> Operations::amendReport(const QString& unitCode, const quarterly::Quarter& quarter)
{
    return run(QStringLiteral("quarterly_report.amend"),
               QCoreApplication::translate("Operations", "季度报告：新建修订版 %1").arg(quarter.label()),
               [&] { return quarterly::ReportStore(m_db, context()).amend(unitCode, quarter); });
}

Result<quarterly::SubmittedReport> Operations::reviewAndSubmitReport(
    const QString& unitCode, const quarterly::Quarter& quarter, bool amend,
    const std::function<Result<void>(quarterly::ReportText&)>& edit, const quarterly::ReportData& data)
{
    return run(QStringLiteral("quarterly_report.submit"),
               QCoreApplication::translate("Operations", "季度报告：审核并报送 %1").arg(quarter.label()),
               [&]() -> Result<quarterly::SubmittedReport> {
                   quarterly::ReportStore store(m_db, context());
                   auto draft = amend ? store.amend(unitCode, quarter) : store.openDraft(unitCode, quarter);
                   if (!draft)
                       return std::unexpected(draft.error());
                   if (auto ok = edit(draft->text); !ok)
                       return std::unexpected(ok.error());
                   if (draft->status == quarterly::ReportStatus::Reviewed)
                       if (auto ok = store.saveText(*draft); !ok) // back to draft, so the text is reviewed as saved
                           return std::unexpected(ok.error());
                   if (auto ok = store.markReviewed(*draft); !ok)
                       return std::unexpected(ok.error());
                   return store.submit(*draft, data);
               });
}

Result<quarterly::ReportPackage> Operations::importReportPackage(const QString& path)
{
    return run(QStringLiteral("quarterly_report.import"),
               QCoreApplication::translate("Operations", "导入下级数据包：%1").arg(QFileInfo(path).fileName()),
               [&] { return quarterly::Rollup(m_db, context()).importPackage(path); });
}

Result<void> Operations::designatePilot(const QString& townshipCode, QDate day)
{
    return run(QStringLiteral("pilot_township.designate"),
               QCoreApplication::translate("Operations", "确定试点乡镇：%1").arg(townshipCode),
               [&] { return quarterly::PilotTownships(m_db, context()).designate(townshipCode, day); });
}

Result<exchange::ImportReport> Operations::importSheet(exchange::LedgerExchange& exchange,
                                                       const exchange::UnitResolver& units,
                                                       const exchange::SheetData& sheet,
                                                       const exchange::ColumnMapping& mapping,
                                                       const exchange::ImportOptions& options, const QString& fileName)
{
    exchange::Importer importer(m_db, exchange, units, m_clock.today());
    const auto applies = [&](const exchange::ImportReport& report) {
        return !options.dryRun && !report.cancelled && (options.validRows || report.rejected == 0);
    };
    auto report = runKeeping(QStringLiteral("import.%1").arg(exchange.name()),
                             QCoreApplication::translate("Operations", "导入%1：%2")
                                 .arg(exchange.title(), QFileInfo(fileName).fileName()),
                             [&] { return importer.run(sheet, mapping, options); }, applies, {.bulkInserts = true});
    if (report)
        report->applied = applies(*report);
    return report;
}

} // namespace wushe::ops
