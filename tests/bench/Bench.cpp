#include "Bench.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace wushe::bench {

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
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0; // kB
    }
    return 0;
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
    for (int run = 0; run < runs; ++run)
        ms << timeMs(work);
    figure(name, ms, peakRssMb());
}

QTextStream& Report::progress()
{
    static QTextStream err(stderr);
    return err;
}

} // namespace wushe::bench
