#include "report/QuarterlyChart.h"

#include <QFont>
#include <QPainter>

#include <algorithm>

namespace wushe::report {

namespace {

QFont chartFont(qreal pixels, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(int(pixels));
    font.setBold(bold);
    return font;
}

const QColor kColours[] = {QColor(0x2b, 0x57, 0x9a), QColor(0xd9, 0x82, 0x2b), QColor(0x4e, 0x9a, 0x06)};

} // namespace

QImage paintBarChart(const QString& title, const QStringList& categories, const QList<ChartSeries>& series,
                     const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size.height() / 60.0;
    painter.setFont(chartFont(unit * 3, true));
    painter.drawText(QRectF(0, 0, size.width(), unit * 6), Qt::AlignCenter, title);

    // Legend under the title.
    painter.setFont(chartFont(unit * 2.2));
    qreal legendX = size.width() / 2.0 - series.size() * unit * 12;
    for (int s = 0; s < series.size(); ++s) {
        painter.fillRect(QRectF(legendX, unit * 7, unit * 2.5, unit * 2.5), kColours[s % 3]);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(legendX + unit * 3.5, unit * 6.5, unit * 20, unit * 3.5), Qt::AlignLeft | Qt::AlignVCenter,
                         series.at(s).name);
        legendX += unit * 24;
    }

    const QRectF plot(unit * 8, unit * 12, size.width() - unit * 10, size.height() - unit * 26);
    qint64 maximum = 1;
    for (const ChartSeries& one : series)
        for (qint64 value : one.values)
            maximum = std::max(maximum, value);
    // Gridlines at round steps.
    qint64 step = 1;
    for (qint64 candidate : {1LL, 2LL, 5LL, 10LL, 20LL, 50LL, 100LL, 200LL, 500LL, 1000LL, 2000LL, 5000LL, 10000LL, 20000LL,
                             50000LL, 100000LL, 200000LL, 500000LL, 1000000LL})
        if (maximum / candidate <= 5) {
            step = candidate;
            break;
        }
    const qint64 top = ((maximum + step - 1) / step) * step;
    painter.setFont(chartFont(unit * 2));
    for (qint64 value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * double(value) / double(top);
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), unit * 0.15));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y - unit * 1.5, plot.left() - unit, unit * 3), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(value));
    }
    painter.setPen(QPen(Qt::black, unit * 0.2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    const int count = int(categories.size());
    if (count == 0 || series.isEmpty())
        return image;
    const qreal slot = plot.width() / count;
    const qreal barWidth = slot * 0.8 / series.size();
    for (int c = 0; c < count; ++c) {
        for (int s = 0; s < series.size(); ++s) {
            const qint64 value = c < series.at(s).values.size() ? series.at(s).values.at(c) : 0;
            const qreal height = plot.height() * double(value) / double(top);
            const QRectF bar(plot.left() + c * slot + slot * 0.1 + s * barWidth, plot.bottom() - height, barWidth * 0.92, height);
            painter.fillRect(bar, kColours[s % 3]);
            if (count <= 20) {
                painter.setPen(Qt::black);
                painter.setFont(chartFont(unit * 1.6));
                painter.drawText(QRectF(bar.left() - unit * 2, bar.top() - unit * 2.4, bar.width() + unit * 4, unit * 2.2),
                                 Qt::AlignCenter, QString::number(value));
            }
        }
        // Category names written downwards under the axis (Chinese reads well vertically).
        painter.setPen(Qt::black);
        painter.setFont(chartFont(unit * 1.9));
        QString name = categories.at(c);
        QString vertical;
        for (const QChar ch : name.left(6))
            vertical += QString(ch) + u'\n';
        vertical.chop(1);
        painter.drawText(QRectF(plot.left() + c * slot, plot.bottom() + unit * 0.5, slot, unit * 13.5),
                         Qt::AlignHCenter | Qt::AlignTop, vertical);
    }
    return image;
}

} // namespace wushe::report
