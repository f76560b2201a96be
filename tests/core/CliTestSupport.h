#pragma once
// Running the wushe-cli binary (WUSHE_CLI, set by tests/CMakeLists.txt) from a test.

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace wushe::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList linesStartingWith(const QString& prefix) const
    {
        QStringList result;
        for (const QString& line : lines())
            if (line.startsWith(prefix))
                result << line;
        return result;
    }
};

// One run with WUSHE_TODAY fixed to `today`; its output is logged with the next check.
inline CliRun runCli(const QStringList& arguments, QDate today = kToday)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WUSHE_TODAY"), today.toString(Qt::ISODate));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WUSHE_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
    UNSCOPED_INFO("wushe-cli " << u8(arguments.join(u' ')) << " → " << run.exitCode << "\nstdout:\n"
                               << u8(run.out) << "stderr:\n" << u8(run.err));
    return run;
}

} // namespace wushe::test
