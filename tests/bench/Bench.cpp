#include "Bench.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace wushe::bench {

namespace {
double peakRssMbOf(const QString& statusFile)
{
    QFile status(statusFile);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0; // kB
    }
    return 0;
}

// The char* array exec() takes, pointing into `strings` (which must outlive it).
std::vector<char*> nullTerminated(QList<QByteArray>& strings)
{
    std::vector<char*> pointers;
    for (QByteArray& string : strings)
        pointers.push_back(string.data());
    pointers.push_back(nullptr);
    return pointers;
}

double cpuMs(const rusage& usage)
{
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}
} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double p95(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(0.95 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double peakRssMb()
{
    return peakRssMbOf(QStringLiteral("/proc/self/status"));
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return cpuMs(usage);
}

ChildRun runChild(const QString& program, const QStringList& arguments, const QString& logFile,
                  const QStringList& environment)
{
    QList<QByteArray> args{QFile::encodeName(program)};
    for (const QString& argument : arguments)
        args << argument.toLocal8Bit();
    QList<QByteArray> envs;
    for (char** variable = environ; *variable; ++variable)
        envs << QByteArray(*variable);
    for (const QString& variable : environment)
        envs << variable.toLocal8Bit();
    std::vector<char*> argv = nullTerminated(args);
    std::vector<char*> envp = nullTerminated(envs);
    const QByteArray log = QFile::encodeName(logFile);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&files, STDOUT_FILENO, STDERR_FILENO);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &files, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        die(QStringLiteral("cannot start %1").arg(program));
    // The child's peak is read from its /proc status while it runs: wait4's ru_maxrss
    // would report this (large) process's, recorded when the child was spawned.
    int status = 0;
    rusage usage{};
    const QString statusFile = QStringLiteral("/proc/%1/status").arg(pid);
    for (;;) {
        const pid_t waited = wait4(pid, &status, WNOHANG, &usage);
        if (waited == pid)
            break;
        if (waited < 0)
            die(QStringLiteral("lost %1").arg(program));
        run.peakRssMb = std::max(run.peakRssMb, peakRssMbOf(statusFile));
        usleep(5000);
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = cpuMs(usage);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

void die(const QString& message)
{
    std::fflush(stdout);
    std::fprintf(stderr, "wushe-bench: %s\n", qPrintable(message));
    std::exit(1);
}

Report::Report(QRegularExpression only) : m_only(std::move(only)), m_out(stdout) {}

bool Report::wanted(const QString& name) const
{
    return m_only.pattern().isEmpty() || m_only.match(name).hasMatch();
}

void Report::header()
{
    m_out << "# name\tmedian_ms\tp95_ms\tpeak_rss_mb\n";
    m_out.flush();
}

void Report::comment(const QString& text)
{
    for (const QString& line : text.split(u'\n'))
        m_out << "# " << line << '\n';
    m_out.flush();
}

void Report::figure(const QString& name, const QList<double>& ms, double peakRssMb)
{
    m_out << name << '\t' << QString::number(median(ms), 'f', 1) << '\t' << QString::number(p95(ms), 'f', 1) << '\t'
          << QString::number(peakRssMb, 'f', 1) << '\n';
    m_out.flush();
}

void Report::measure(const QString& name, int runs, const std::function<void()>& work)
{
    if (!wanted(name))
        return;
    progress() << name << "…" << Qt::endl;
    resetPeakRss();
    QList<double> ms;
    QList<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const double cpuBefore = processCpuMs();
        ms << timeMs(work);
        cpu << processCpuMs() - cpuBefore;
    }
    figure(name, ms, peakRssMb());
    comment(QStringLiteral("%1: CPU %2 ms (median)").arg(name).arg(median(cpu), 0, 'f', 1));
}

QTextStream& Report::progress()
{
    static QTextStream err(stderr);
    return err;
}

} // namespace wushe::bench
