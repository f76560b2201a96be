#pragma once

#include "Clock.h"
#include "Error.h"
#include "operations/Change.h"
#include "operations/Operator.h"
#include "storage/LedgerLink.h"
#include "storage/WriteContext.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <type_traits>

namespace wushe::exchange {
class LedgerExchange;
class UnitResolver;
struct ColumnMapping;
struct ImportOptions;
struct ImportReport;
struct SheetData;
} // namespace wushe::exchange

namespace wushe::quarterly {
struct ReportData;
struct ReportPackage;
struct StoredReport;
struct SubmittedReport;
struct ReportText;
struct Quarter;
} // namespace wushe::quarterly

namespace wushe::ops {

class ChangeNotifier;

// How an operation is logged.
struct OperationOptions
{
    bool undoable = false; // a record edit, delete or added visit: offered to 编辑 → 撤销
    bool logRows = true;   // false only for generated demo data (one batch, no rows)
    qint64 reverts = 0;    // undo and redo: the batch reversed
    bool bulkInserts = false; // imports: new rows logged in bulk when the batch closes
};

// The one door for every change (Subsurface's commands/ is the model): one function
// per user-level change. Each validates, writes in one transaction, stamps the
// operator and time (updated_by / updated_at), opens a change_batch so that the
// triggers of migration 010 log every changed row, and after commit emits one
// Change through the notifier. While an Operations object exists its connection is
// guarded (storage::WriteGate): a write outside its operations is refused.
class Operations
{
public:
    Operations(QSqlDatabase db, Operator who, const Clock& clock, ChangeNotifier* notifier = nullptr);
    ~Operations();
    Operations(const Operations&) = delete;
    Operations& operator=(const Operations&) = delete;

    const Operator& who() const { return m_operator; }
    // Another operator from the next operation on (the GUI's 设置填表人).
    void setOperator(Operator who);
    const Clock& clock() const { return m_clock; }
    QSqlDatabase db() const { return m_db; }
    ChangeNotifier* notifier() const { return m_notifier; }
    // The operator's stamp for repositories and exchanges: their reads and
    // validations take it, and their writes pass only inside an operation.
    storage::WriteContext context() const { return {m_operator.login, &m_clock}; }

    // Records of the ledgers and registries: adds a new record (meta.isNew()) or
    // saves an edited one, or tombstones it. Supported: ElderlyRecord, ChildRecord,
    // ReliefHousehold, Visit, SocialWorker, CommunityOrg, Volunteer, VolunteerTeam,
    // VolunteerService, ServiceActivity, Training, ServiceUnit, StationStaff,
    // CharityFund, FundFlow, FundraisingProject, Donation, CharitySupermarket,
    // HappyHomeProject, CharityReferral, PurchasedProject, ProjectSpending,
    // ProjectEvaluation. The link says whether a new record's person was already
    // registered (for relief: any member).
    template <typename Record>
    Result<storage::LedgerLink> save(Record& record);
    template <typename Record>
    Result<void> remove(Record& record);
    // Brings back a tombstoned row of any table with the common columns.
    Result<void> restore(const QString& table, const QString& id);

    // Undo and redo: writes the inverse of a batch's changes (an insert is
    // tombstoned, a delete restored, an update's columns set back), refused when a
    // row changed since. The revert is itself a logged batch, which redo reverts.
    Result<Change> revert(qint64 batchId);

    // The quarterly report (quarterly::ReportStore) and pilot townships.
    Result<quarterly::StoredReport> openReportDraft(const QString& unitCode, const quarterly::Quarter& quarter,
                                                    const quarterly::ReportText& defaults);
    Result<void> saveReportText(quarterly::StoredReport& report);
    Result<void> markReportReviewed(quarterly::StoredReport& report);
    Result<quarterly::SubmittedReport> submitReport(quarterly::StoredReport& report, const quarterly::ReportData& data);
    Result<quarterly::StoredReport> amendReport(const QString& unitCode, const quarterly::Quarter& quarter);
    // Opens (or amends) the quarter's draft, lets `edit` fill its text, reviews and
    // submits it: one operation (wushe-cli report --submit).
    Result<quarterly::SubmittedReport> reviewAndSubmitReport(
        const QString& unitCode, const quarterly::Quarter& quarter, bool amend,
        const std::function<Result<void>(quarterly::ReportText&)>& edit, const quarterly::ReportData& data);
    // A city reads a county's upward package (quarterly::Rollup).
    Result<quarterly::ReportPackage> importReportPackage(const QString& path);
    Result<void> designatePilot(const QString& townshipCode, QDate day);

    // Imports a sheet into a ledger or registry (exchange::Importer). Committed
    // only when the import applies (not a dry run, not refused, not cancelled);
    // report.applied says so.
    Result<exchange::ImportReport> importSheet(exchange::LedgerExchange& exchange, const exchange::UnitResolver& units,
                                               const exchange::SheetData& sheet, const exchange::ColumnMapping& mapping,
                                               const exchange::ImportOptions& options, const QString& fileName);

    // Any other change, for code in core that has no named operation yet (demo
    // data, tests' fixtures): `work` (returning Result<T>) runs inside the
    // operation's transaction and batch.
    template <typename Work>
    auto run(const QString& kind, const QString& summary, Work&& work, OperationOptions options = {})
        -> decltype(work())
    {
        return runKeeping(kind, summary, std::forward<Work>(work), [](const auto&) { return true; }, options);
    }
    // As run(), committing only when keep(value) is true (else rolled back, no error).
    template <typename Work, typename Keep>
    auto runKeeping(const QString& kind, const QString& summary, Work&& work, Keep&& keep, OperationOptions options = {})
        -> decltype(work())
    {
        Scope scope(*this, kind, summary, options);
        if (auto ok = scope.begin(); !ok)
            return std::unexpected(ok.error());
        auto result = work();
        if (!result)
            return result;
        if constexpr (!std::is_void_v<typename decltype(result)::value_type>) {
            if (!keep(*result))
                return result; // rolled back
        }
        if (auto ok = scope.commit(); !ok)
            return std::unexpected(ok.error());
        return result;
    }

private:
    // An open operation: transaction, write gate, change batch.
    class Scope
    {
    public:
        Scope(Operations& operations, QString kind, QString summary, OperationOptions options);
        ~Scope();
        Result<void> begin();
        Result<void> commit(); // closes the batch, commits, notifies
        Result<Change> commitChange();

    private:
        struct State;
        std::unique_ptr<State> m_state;
    };

    QSqlDatabase m_db;
    Operator m_operator;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace wushe::ops
