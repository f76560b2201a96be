#pragma once

// Plumbing of wushe-bench: timing, statistics, peak memory and the output format
// (docs/benchmarks.md). Not a test; nothing here is linked into the app.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTextStream>

#include <functional>

namespace wushe::bench {

// Median (mean of the two middle values for an even count) and 95th percentile
// (nearest rank: with fewer than 20 samples that is the largest one).
double median(QList<double> values);
double p95(QList<double> values);

// Peak resident set size (VmHWM) of this process in MiB, and a reset of that peak to
// the current RSS (/proc/self/clear_refs "5"), so each figure reports its own peak.
double peakRssMb();
void resetPeakRss();

// Milliseconds `work` took.
double timeMs(const std::function<void()>& work);
// CPU time (user + system, all threads) this process has used so far, in ms: on a
// machine shared with other work, wall time varies with the load, CPU time much less.
double processCpuMs();

// A program run to its end as a child process, measured from outside: wall time, its
// CPU time and its own peak RSS (VmHWM sampled every 5 ms). Its output goes to `logFile`; `environment`
// ("NAME=value") is added to this process's.
struct ChildRun
{
    double ms = 0;
    double cpuMs = 0;
    double peakRssMb = 0;
    int exitCode = -1;
};
ChildRun runChild(const QString& program, const QStringList& arguments, const QString& logFile,
                  const QStringList& environment = {});

[[noreturn]] void die(const QString& message);

// Writes the figures, one line each:  name<TAB>median_ms<TAB>p95_ms<TAB>peak_rss_mb
// Everything else on stdout is a comment line starting with '#'; progress goes to stderr.
class Report
{
public:
    explicit Report(QRegularExpression only);

    // False when --only excludes the figure.
    bool wanted(const QString& name) const;
    void header();
    void comment(const QString& text);
    void figure(const QString& name, const QList<double>& ms, double peakRssMb);
    // Runs `work` `runs` times after resetting the peak RSS; reports median, p95 and the
    // peak, and the median CPU time as a comment line.
    void measure(const QString& name, int runs, const std::function<void()>& work);

    static QTextStream& progress(); // stderr

private:
    QRegularExpression m_only;
    QTextStream m_out;
};

} // namespace wushe::bench
