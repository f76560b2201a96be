#pragma once

#include "Clock.h"
#include "Error.h"
#include "operations/Operator.h"
#include "storage/Database.h"
#include "storage/WriteContext.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace wushe::cli {

// Exit codes are part of the command-line contract (README.md).
enum ExitCode { Ok = 0, Refused = 1, Usage = 2 };

// Shared plumbing of wushe-cli commands: streams, the clock, error reporting.
class Cli
{
public:
    Cli();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // "错误：<message> [key]" on stderr; returns Refused.
    int refuse(const Error& error);
    // Usage problem: message plus the command's help on stderr; returns Usage.
    int usage(const QString& message, const QCommandLineParser& parser);

    // Parses `arguments` (the command name first). Returns false after reporting a
    // usage error; `exitCode` is then set.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, int& exitCode);
    // The value of a required option, or a usage error.
    bool required(const QCommandLineParser& parser, const QString& option, QString& value, int& exitCode);

    static QCommandLineOption dbOption();
    // --operator NAME: who makes the change, on every command that writes.
    static QCommandLineOption operatorOption();
    static QCommandLineOption unitOption(const QString& description);
    static QCommandLineOption dateOption(const QString& description);
    static bool isDivisionCode(const QString& text); // 12 digits

    // --date as a day (default: today); a malformed date is a usage error.
    bool dateValue(const QCommandLineParser& parser, QDate& day, int& exitCode);
    // --unit as a 12-digit code held by `db` (default: empty = the whole database);
    // malformed → usage error, not in the database → refused (unit.unknown).
    bool unitValue(const QCommandLineParser& parser, const storage::Database& db, QString& unit, int& exitCode);
    // Opens an existing database named by --db; reports and sets `exitCode` on failure.
    // Commands other than `check` use the quick check (seconds saved on a county's ten years).
    std::optional<storage::Database> openExisting(const QCommandLineParser& parser, int& exitCode,
                                                  storage::Database::IntegrityCheck check = storage::Database::IntegrityCheck::Quick);

    // WUSHE_TODAY=YYYY-MM-DD fixes "today" for reproducible demo data and tests.
    const Clock& clock() const { return *m_clock; }
    // The operator named by --operator; by default the login name (the only place
    // the environment is read: core takes the operator as a value).
    ops::Operator operatorOf(const QCommandLineParser& parser) const;
    // For commands that only read: repositories and exchanges take a context for
    // their validations and "today"; writes need an ops::Operations.
    storage::WriteContext readContext() const;

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Clock> m_clock;
};

// Shared by init and demo: the --db and --unit options, and creating the database.
void addCreateOptions(QCommandLineParser& parser);
std::optional<storage::Database> createJurisdiction(Cli& cli, const QCommandLineParser& parser, int& exitCode);

int runInit(Cli& cli, const QStringList& arguments);
int runDemo(Cli& cli, const QStringList& arguments);
int runCheck(Cli& cli, const QStringList& arguments);
int runUnits(Cli& cli, const QStringList& arguments);
int runSchema(Cli& cli, const QStringList& arguments);
int runIdCheck(Cli& cli, const QStringList& arguments);
int runLedger(Cli& cli, const QStringList& arguments);
int runDue(Cli& cli, const QStringList& arguments);
int runExport(Cli& cli, const QStringList& arguments);
int runImport(Cli& cli, const QStringList& arguments);
int runReport(Cli& cli, const QStringList& arguments);
int runRollup(Cli& cli, const QStringList& arguments);
int runPilot(Cli& cli, const QStringList& arguments);
int runLog(Cli& cli, const QStringList& arguments);

} // namespace wushe::cli
