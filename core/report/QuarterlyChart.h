#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace wushe::report {

// A bar chart painted with QPainter (core has no widgets or Qt Charts): one bar
// per unit, two series side by side, value labels on the bars. Rendered at print
// resolution and placed in the report as an image.
struct ChartSeries
{
    QString name;
    QList<qint64> values; // one per category
};

QImage paintBarChart(const QString& title, const QStringList& categories, const QList<ChartSeries>& series,
                     const QSize& size);

} // namespace wushe::report
