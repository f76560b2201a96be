// The door in the GUI: an edit made in one page shows in every page that lists the
// row, goes on the 编辑 menu's undo stack, and undo puts back exactly what was there,
// logged under the operator the GUI asked for.
#include "DueListModel.h"
#include "DuePage.h"
#include "ElderlyEditorDialog.h"
#include "EnumWidgets.h"
#include "LedgerPage.h"
#include "LedgerTableModel.h"
#include "MainWindow.h"
#include "ReportPage.h"
#include "UserPrompts.h"
#include "demo/DemoGenerator.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "quarterly/Quarter.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ElderlyRepository.h"
#include "storage/Sql.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

const QString kOperator = QStringLiteral("张填表");
const QString kOverdueFigure = QStringLiteral("ledgers.overdue.elderly");

// Answers the 填表人 prompt with `name` and records the rest.
struct AnsweringPrompts final : ui::UserPrompts
{
    QString name;
    QStringList asked;
    QStringList errors;
    void information(QWidget*, const QString&, const QString&) override {}
    void error(QWidget*, const QString&, const QString& text) override { errors << text; }
    std::optional<QString> text(QWidget*, const QString& title, const QString&, const QString&) override
    {
        asked << title;
        return name;
    }
};

// The demo county as `wushe-cli demo` makes it, opened in the main window by an
// operator who has not given a name yet.
struct DemoWindow
{
    FixedClock clock{QDate(2026, 6, 30)};
    QTemporaryDir dir;
    std::optional<org::DivisionCatalog> catalog;
    AnsweringPrompts prompts;
    std::unique_ptr<ui::MainWindow> window;
    QList<ops::Change> changes;

    DemoWindow()
    {
        auto loaded = org::DivisionCatalog::loadBundled();
        REQUIRE(loaded);
        catalog = std::move(*loaded);
        const QString path = dir.filePath(QStringLiteral("dali.db"));
        {
            auto db = org::JurisdictionCreator(*catalog).create(path, QStringLiteral("610523000000"), {QStringLiteral("test"), &clock});
            REQUIRE(db);
            REQUIRE(demo::DemoGenerator(*db, {QStringLiteral("test"), &clock}, {}).generate());
        }
        QSettings().remove(QStringLiteral("operator/name"));
        prompts.name = kOperator;
        window = std::make_unique<ui::MainWindow>(*catalog, clock, prompts);
        REQUIRE(window->openDatabase(path));
        QObject::connect(window->changeNotifier(), &ops::ChangeNotifier::changed,
                         [this](const ops::Change& change) { changes << change; });
        window->show();
    }

    QSqlDatabase db() const { return window->operations()->db(); }

    // An elderly record on the quarterly round, visited in April–June but not in the
    // last week: on time as it is, overdue today once visits are weekly.
    QString quarterlyRecordVisitedThisQuarter() const
    {
        QSqlQuery query(db());
        REQUIRE(query.exec(QStringLiteral("SELECT id FROM elderly_record WHERE deleted = 0 AND risk_tier = 'general' "
                                          "AND visit_interval = 'quarter' AND registered_on < '2026-01-01' "
                                          "AND last_visit_on BETWEEN '2026-04-08' AND '2026-06-20' ORDER BY id LIMIT 1")));
        REQUIRE(query.next());
        return query.value(0).toString();
    }

    ElderlyRecord read(const QString& id) const
    {
        auto found = storage::ElderlyRepository(db(), window->operations()->context()).find(id);
        REQUIRE(found);
        REQUIRE(found->has_value());
        return **found;
    }
};

int dueRowOf(const ui::DueListModel& model, const QString& recordId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.itemAt(row)->recordId == recordId)
            return row;
    return -1;
}

qint64 figure(const ui::ReportPage& page, const QString& key)
{
    for (const quarterly::Figure& figure : page.data().figures)
        if (figure.key == key)
            return figure.thisQuarter;
    FAIL("no figure " << key.toStdString());
    return -1;
}

// What the ledger form shows and saves, compared field by field.
void requireSameRecord(const ElderlyRecord& a, const ElderlyRecord& b)
{
    CHECK(a.person.name == b.person.name);
    CHECK(a.person.idNumber == b.person.idNumber);
    CHECK(a.person.phone == b.person.phone);
    CHECK(a.meta.orgCode == b.meta.orgCode);
    CHECK(a.registeredOn == b.registeredOn);
    CHECK(a.categories == b.categories);
    CHECK(a.economicSources == b.economicSources);
    CHECK(a.familyStructure == b.familyStructure);
    CHECK(a.healthStatus == b.healthStatus);
    CHECK(a.careSituation == b.careSituation);
    CHECK(a.supporterName == b.supporterName);
    CHECK(a.helperName == b.helperName);
    CHECK(a.riskTier == b.riskTier);
    CHECK(a.note == b.note);
}

} // namespace

TEST_CASE("An edit shows in the due list and the report without reselecting, and undo restores it, logged",
          "[ui][operations][undo]")
{
    DemoWindow demo;
    ui::MainWindow& window = *demo.window;
    // Asked once for the 填表人, who is now the operator.
    CHECK(demo.prompts.asked.size() == 1);
    CHECK(window.currentOperator().login == kOperator);
    CHECK(window.currentOperator().displayName == kOperator);
    CHECK(window.undoAction()->text() == QStringLiteral("撤销"));
    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK(window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));

    const QString id = demo.quarterlyRecordVisitedThisQuarter();
    const ElderlyRecord before = demo.read(id);

    // The report (this quarter, ending today) and the due list, as shown before the edit.
    ui::ReportPage* report = window.reportPage();
    window.tabs()->setCurrentWidget(report);
    report->setQuarter(quarterly::Quarter{2026, 2});
    const qint64 overdueBefore = figure(*report, kOverdueFigure);
    report->headerField(4)->setText(QStringLiteral("0913-1234567")); // a draft being typed
    ui::DuePage* due = window.duePage();
    window.tabs()->setCurrentWidget(due);
    CHECK(dueRowOf(*due->model(), id) == -1); // next visit in July

    // 一般 → 高风险 through the ledger page's own form.
    ui::LedgerPage* ledger = window.ledgerPage(Ledger::Elderly);
    auto editor = ledger->editorFor(id);
    REQUIRE(editor);
    auto* dialog = qobject_cast<ui::ElderlyEditorDialog*>(editor->get());
    REQUIRE(dialog);
    ui::setComboValue(dialog->riskCombo(), RiskTier::High);
    REQUIRE(dialog->save());

    // The due list (shown) follows at once: visits are weekly now, and late.
    const int row = dueRowOf(*due->model(), id);
    REQUIRE(row >= 0);
    CHECK(due->model()->itemAt(row)->interval == VisitInterval::Week);
    CHECK(due->model()->itemAt(row)->daysOverdue > 0);
    // The report (hidden) waits, then shows the new figure; the typed header stays.
    CHECK(report->figuresStale());
    window.tabs()->setCurrentWidget(report);
    CHECK_FALSE(report->figuresStale());
    CHECK(figure(*report, kOverdueFigure) == overdueBefore + 1);
    CHECK(report->headerField(4)->text() == QStringLiteral("0913-1234567"));
    // Stamped with the operator.
    const ElderlyRecord edited = demo.read(id);
    CHECK(edited.riskTier == RiskTier::High);
    CHECK(edited.meta.updatedBy == kOperator);

    // 编辑 → 撤销 names the change and puts every value back.
    REQUIRE(window.undoAction()->isEnabled());
    CHECK(window.undoAction()->text() == QStringLiteral("撤销 修改老年人台账：%1").arg(before.person.name));
    const qint64 editBatch = demo.changes.last().batch;
    window.undoAction()->trigger();
    CHECK(demo.prompts.errors.isEmpty());
    requireSameRecord(demo.read(id), before);
    CHECK(figure(*report, kOverdueFigure) == overdueBefore);
    window.tabs()->setCurrentWidget(due);
    CHECK(dueRowOf(*due->model(), id) == -1);

    // The undo is a logged change of its own, by the operator.
    const ops::Change undo = demo.changes.last();
    CHECK(undo.reverts == editBatch);
    auto batch = storage::ChangeLogRepository(demo.db()).batch(undo.batch);
    REQUIRE(batch);
    REQUIRE(batch->has_value());
    CHECK((*batch)->kind == QStringLiteral("undo"));
    CHECK((*batch)->operatorLogin == kOperator);
    storage::ChangeFilter filter;
    filter.batch = undo.batch;
    auto entries = storage::ChangeLogRepository(demo.db()).entries(filter);
    REQUIRE(entries);
    bool updatedRecord = false;
    for (const storage::ChangeEntry& entry : *entries) {
        CHECK(entry.operatorLogin == kOperator);
        if (entry.table == QStringLiteral("elderly_record") && entry.rowId == id && entry.operation == QStringLiteral("update"))
            updatedRecord = true;
    }
    CHECK(updatedRecord);

    // Redo makes the edit again; a second undo takes it back again.
    REQUIRE(window.redoAction()->isEnabled());
    CHECK(window.redoAction()->text() == QStringLiteral("重做 修改老年人台账：%1").arg(before.person.name));
    window.redoAction()->trigger();
    CHECK(demo.read(id).riskTier == RiskTier::High);
    window.undoAction()->trigger();
    requireSameRecord(demo.read(id), before);
    CHECK(demo.prompts.errors.isEmpty());
}

TEST_CASE("An undo refused because the row changed since says why and leaves the stack consistent",
          "[ui][operations][undo]")
{
    DemoWindow demo;
    ui::MainWindow& window = *demo.window;
    const QString id = demo.quarterlyRecordVisitedThisQuarter();
    auto editor = window.ledgerPage(Ledger::Elderly)->editorFor(id);
    REQUIRE(editor);
    auto* dialog = qobject_cast<ui::ElderlyEditorDialog*>(editor->get());
    REQUIRE(dialog);
    ui::setComboValue(dialog->riskCombo(), RiskTier::Key);
    REQUIRE(dialog->save());
    REQUIRE(window.undoStack()->count() == 1);

    // Someone else changes the same field of the record (an operation not on this stack;
    // a change to other fields would not stop the undo).
    ElderlyRecord later = demo.read(id);
    later.riskTier = RiskTier::High;
    later.note = QStringLiteral("另一处修改");
    REQUIRE(window.operations()->run(QStringLiteral("test.edit"), QStringLiteral("另一处修改"), [&]() -> Result<void> {
        return storage::ElderlyRepository(demo.db(), window.operations()->context()).update(later);
    }));
    CHECK(window.undoStack()->count() == 1);

    window.undoAction()->trigger();
    REQUIRE(demo.prompts.errors.size() == 1);
    CHECK(demo.prompts.errors.first().contains(QStringLiteral("又被修改过")));
    // The refused command is gone; nothing half-undone stays offered.
    CHECK(window.undoStack()->count() == 0);
    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK_FALSE(window.redoAction()->isEnabled());
    const ElderlyRecord now = demo.read(id);
    CHECK(now.riskTier == RiskTier::High);
    CHECK(now.note == QStringLiteral("另一处修改"));
}

TEST_CASE("The operator set for the GUI stamps the edits and signs the printed list", "[ui][operations]")
{
    DemoWindow demo;
    ui::MainWindow& window = *demo.window;
    ui::LedgerPage* ledger = window.ledgerPage(Ledger::Elderly);
    CHECK(ledger->decoration(QStringLiteral("老年人台账")).preparedBy == kOperator);

    // 文件 → 设置填表人 (here: the setter the menu calls): kept for the next start too.
    window.setOperatorName(QStringLiteral("李登记"));
    CHECK(QSettings().value(QStringLiteral("operator/name")).toString() == QStringLiteral("李登记"));
    CHECK(ledger->decoration(QStringLiteral("老年人台账")).preparedBy == QStringLiteral("李登记"));

    // The ledger table, filtered to the record, before the edit.
    const QString id = demo.quarterlyRecordVisitedThisQuarter();
    ledger->setSearchText(demo.read(id).person.idNumber);
    const auto rowOf = [&] {
        for (int row = 0; row < ledger->model()->rowCount(); ++row)
            if (ledger->model()->recordIdAt(row) == id)
                return row;
        return -1;
    };
    REQUIRE(rowOf() >= 0);
    CHECK(ledger->model()->rowAt(rowOf())->riskOrStatus == kRiskTiers.label(RiskTier::General));

    auto editor = ledger->editorFor(id);
    REQUIRE(editor);
    auto* dialog = qobject_cast<ui::ElderlyEditorDialog*>(editor->get());
    REQUIRE(dialog);
    ui::setComboValue(dialog->riskCombo(), RiskTier::Key);
    REQUIRE(dialog->save());
    CHECK(demo.read(id).meta.updatedBy == QStringLiteral("李登记"));
    // The table follows without the unit being selected again.
    REQUIRE(rowOf() >= 0);
    CHECK(ledger->model()->rowAt(rowOf())->riskOrStatus == kRiskTiers.label(RiskTier::Key));
}
