#include "report/RegisterPainter.h"

#include "report/PrintFont.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace wushe::report {

namespace {

constexpr int kWrap = Qt::TextWordWrap;

qreal millimetres(const QPaintDevice& device, qreal mm)
{
    return device.logicalDpiY() / 25.4 * mm;
}

} // namespace

RegisterPainter::RegisterPainter(const RegisterTable& table, qreal pointSize)
    : m_table(table), m_font(printFont(pointSize)), m_headerFont(m_font), m_headingFont(printFont(pointSize + 5))
{
    m_headerFont.setBold(true);
    m_headingFont.setBold(true);
}

int RegisterPainter::paginate(QPaintDevice& device, const QSizeF& bodySize)
{
    m_padding = millimetres(device, 0.8);
    fitColumns(device, bodySize.width());
    const QFontMetricsF heading(m_headingFont, &device);
    const QFontMetricsF body(m_font, &device);
    m_headingHeight = heading.lineSpacing() * 1.6 + (m_table.caption.isEmpty() ? 0 : body.lineSpacing() * 1.5);
    m_headerHeight = rowHeight(device, m_table.headers, m_headerFont);

    m_rowHeights.clear();
    m_rowHeights.reserve(m_table.rows.size());
    for (const QStringList& row : m_table.rows)
        m_rowHeights.append(rowHeight(device, row, m_font));

    m_pageStarts = {0};
    qreal y = m_headingHeight + m_headerHeight;
    for (int row = 0; row < m_rowHeights.size(); ++row) {
        // A row that does not fit starts the next page, unless it is alone on its page.
        if (y + m_rowHeights[row] > bodySize.height() && row > m_pageStarts.back()) {
            m_pageStarts.append(row);
            y = m_headerHeight;
        }
        y += m_rowHeights[row];
    }
    m_pageStarts.append(int(m_rowHeights.size()));
    return int(m_pageStarts.size()) - 1;
}

void RegisterPainter::fitColumns(QPaintDevice& device, qreal width)
{
    const QFontMetricsF body(m_font, &device);
    const QFontMetricsF header(m_headerFont, &device);
    const qsizetype columns = m_table.headers.size();
    m_naturalWidths = QList<qreal>(columns, 0);
    for (qsizetype column = 0; column < columns; ++column)
        m_naturalWidths[column] = header.horizontalAdvance(m_table.headers[column]);
    for (const QStringList& row : m_table.rows)
        for (qsizetype column = 0; column < columns && column < row.size(); ++column)
            m_naturalWidths[column] = std::max(m_naturalWidths[column], body.horizontalAdvance(row[column]));
    for (qreal& natural : m_naturalWidths)
        natural += 2 * m_padding + 1;

    const qreal total = std::accumulate(m_naturalWidths.begin(), m_naturalWidths.end(), qreal(0));
    if (total <= width) {
        // Room to spare: widen every column alike so the table spans the page.
        m_widths.clear();
        for (qreal natural : m_naturalWidths)
            m_widths.append(natural * width / total);
        return;
    }
    // Too wide: narrow columns and those that must not wrap keep their width; the
    // widest of the others share what is left under one common cap and wrap.
    qreal remaining = width;
    QList<qreal> ascending;
    for (qsizetype column = 0; column < columns; ++column) {
        if (m_table.noWrap.contains(int(column)))
            remaining -= m_naturalWidths[column];
        else
            ascending.append(m_naturalWidths[column]);
    }
    std::sort(ascending.begin(), ascending.end());
    qreal cap = std::max(remaining, qreal(0));
    for (qsizetype index = 0; index < ascending.size(); ++index) {
        const qsizetype left = ascending.size() - index;
        if (ascending[index] * left > remaining) {
            cap = std::max(remaining / left, 2 * m_padding + 1);
            break;
        }
        remaining -= ascending[index];
    }
    m_widths.clear();
    for (qsizetype column = 0; column < columns; ++column)
        m_widths.append(m_table.noWrap.contains(int(column)) ? m_naturalWidths[column]
                                                              : std::min(m_naturalWidths[column], cap));
}

qreal RegisterPainter::rowHeight(QPaintDevice& device, const QStringList& cells, const QFont& font) const
{
    const QFontMetricsF metrics(font, &device);
    qreal height = metrics.lineSpacing();
    for (qsizetype column = 0; column < cells.size() && column < m_widths.size(); ++column) {
        const qreal inner = m_widths[column] - 2 * m_padding;
        if (metrics.horizontalAdvance(cells[column]) <= inner)
            continue;
        height = std::max(height, metrics.boundingRect(QRectF(0, 0, inner, 1e6), kWrap, cells[column]).height());
    }
    return height + 2 * m_padding;
}

void RegisterPainter::paintRow(QPainter& painter, const QStringList& cells, qreal top, qreal height, bool header) const
{
    qreal x = 0;
    for (qsizetype column = 0; column < m_widths.size(); ++column) {
        const QRectF cell(x, top, m_widths[column], height);
        painter.drawRect(cell);
        const Qt::Alignment horizontal = header                                         ? Qt::AlignHCenter
                                         : m_table.rightAligned.contains(int(column)) ? Qt::AlignRight
                                                                                      : Qt::AlignLeft;
        if (column < cells.size())
            painter.drawText(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding),
                             int(horizontal | Qt::AlignVCenter) | kWrap, cells[column]);
        x += m_widths[column];
    }
}

void RegisterPainter::paintPage(QPainter& painter, int index, const QSizeF& bodySize)
{
    if (index < 0 || index + 1 >= m_pageStarts.size())
        return;
    painter.save();
    const QPaintDevice& device = *painter.device();
    painter.setPen(QPen(Qt::black, millimetres(device, 0.15)));
    qreal y = 0;
    if (index == 0) {
        const QFontMetricsF heading(m_headingFont, painter.device());
        painter.setFont(m_headingFont);
        painter.drawText(QRectF(0, 0, bodySize.width(), heading.lineSpacing() * 1.4), Qt::AlignCenter, m_table.heading);
        painter.setFont(m_font);
        painter.drawText(QRectF(0, heading.lineSpacing() * 1.6, bodySize.width(), m_headingHeight - heading.lineSpacing() * 1.6),
                         Qt::AlignLeft | Qt::AlignTop, m_table.caption);
        y = m_headingHeight;
    }
    painter.setFont(m_headerFont);
    const qreal tableWidth = std::accumulate(m_widths.begin(), m_widths.end(), qreal(0));
    painter.fillRect(QRectF(0, y, tableWidth, m_headerHeight), QColor(235, 235, 235));
    paintRow(painter, m_table.headers, y, m_headerHeight, true);
    y += m_headerHeight;
    painter.setFont(m_font);
    for (int row = m_pageStarts[index]; row < m_pageStarts[index + 1]; ++row) {
        paintRow(painter, m_table.rows[row], y, m_rowHeights[row], false);
        y += m_rowHeights[row];
    }
    painter.restore();
}

} // namespace wushe::report
