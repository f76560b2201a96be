// wushe-bench-gui: one start of the GUI, measured (run by wushe-bench, see
// docs/benchmarks.md; not a test).
//
//   wushe-bench-gui --db FILE --today YYYY-MM-DD
//
// Does what `wushe --db FILE` does (Chinese UI, bundled division catalog, main window,
// Database::open with the integrity check deferred to the background) on the offscreen
// platform, waits until the jurisdiction tree and the overview have been painted, then
// clicks through the three ledger tabs and the due-and-overdue tab, each until its
// table has been painted. Prints, tab-separated:
//   ready     ms from main() entry to the painted window
//   tabs      ms for the four tabs
//   peak_rss  MiB (VmHWM) after the tabs
// and exits at once (not waiting for the background integrity check).
#include "AppFont.h"
#include "Bench.h"
#include "Clock.h"
#include "DuePage.h"
#include "LedgerPage.h"
#include "MainWindow.h"
#include "UnitOverviewPage.h"
#include "UserPrompts.h"
#include "org/DivisionCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QWindow>

#include <cstdio>
#include <cstdlib>

namespace {

// Prompts would block on a modal box offscreen: they are printed instead.
struct PrintedPrompts final : wushe::ui::UserPrompts
{
    void information(QWidget*, const QString& title, const QString&) override
    {
        std::fprintf(stderr, "information: %s\n", qPrintable(title));
    }
    void error(QWidget*, const QString& title, const QString& text) override
    {
        std::fprintf(stderr, "error: %s: %s\n", qPrintable(title), qPrintable(text));
    }
};

// Notes when each watched widget has received a paint event.
class PaintWatch : public QObject
{
public:
    void watch(QWidget* widget)
    {
        widget->installEventFilter(this);
        m_waiting << widget;
    }
    // Processes events until every watched widget has painted (or 30 s pass).
    bool wait()
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_waiting.isEmpty() && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        return m_waiting.isEmpty();
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_waiting.removeAll(object);
        return false;
    }

private:
    QObjectList m_waiting;
};

[[noreturn]] void quit(const QString& message)
{
    std::fprintf(stderr, "wushe-bench-gui: %s\n", qPrintable(message));
    std::fflush(stdout);
    std::_Exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wushe"));
    QApplication::setApplicationName(QStringLiteral("wushe"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("today's date"), QStringLiteral("YYYY-MM-DD")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const QDate today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (path.isEmpty() || !today.isValid())
        quit(QStringLiteral("usage: wushe-bench-gui --db FILE --today YYYY-MM-DD"));

    // As app/gui/main.cpp does for a Chinese locale: Qt's own Chinese strings, the font.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    wushe::ui::applyChineseFont(app);
    auto catalog = wushe::org::DivisionCatalog::loadBundled();
    if (!catalog)
        quit(catalog.error().toString());

    const wushe::FixedClock clock(QDateTime(today, QTime(9, 0)));
    PrintedPrompts prompts;
    auto* window = new wushe::ui::MainWindow(*catalog, clock, prompts); // never deleted: we _Exit
    if (auto opened = window->openDatabase(path); !opened)
        quit(opened.error().toString());
    PaintWatch shown;
    shown.watch(window->tree()->viewport());
    shown.watch(window->overviewPage()->findChild<QTextBrowser*>(QStringLiteral("overviewBody"))->viewport());
    window->show();
    if (!shown.wait())
        quit(QStringLiteral("the window was not painted within 30 s"));
    const double readyMs = double(sinceMain.nsecsElapsed()) / 1e6;
    std::printf("ready\t%.1f\n", readyMs);
    std::fflush(stdout);

    QElapsedTimer tabs;
    tabs.start();
    QList<std::pair<QWidget*, QTableView*>> pages; // the tab and its table
    for (const wushe::Ledger ledger : {wushe::Ledger::Elderly, wushe::Ledger::Child, wushe::Ledger::Relief})
        if (wushe::ui::LedgerPage* page = window->ledgerPage(ledger))
            pages.append({page, page->table()});
    if (wushe::ui::DuePage* page = window->duePage())
        pages.append({page, page->findChild<QTableView*>(QStringLiteral("dueTable"))});
    if (pages.size() != 4 || !pages.last().second)
        quit(QStringLiteral("a ledger or due page is missing"));
    for (const auto& [page, table] : pages) {
        PaintWatch painted;
        painted.watch(table->viewport());
        window->tabs()->setCurrentWidget(page);
        if (!painted.wait())
            quit(QStringLiteral("a tab was not painted within 30 s"));
    }
    std::printf("tabs\t%.1f\n", double(tabs.nsecsElapsed()) / 1e6);
    std::printf("peak_rss\t%.1f\n", wushe::bench::peakRssMb());
    std::fflush(stdout);
    // The background integrity check of a county's file takes seconds; the window
    // would wait for it when closed. Nothing was written, so leave at once.
    std::_Exit(0);
}
