#pragma once

#include "report/PagedBody.h"
#include "report/RegisterTable.h"

#include <QFont>

namespace wushe::report {

// Paints a RegisterTable as a bordered table across pages, the header row
// repeated on each. Columns get their natural width; when the page is too narrow
// the widest ones are narrowed to a common cap and their cells wrap. Linear in
// the number of cells, where a rich-text table of a few thousand rows takes
// seconds (docs/benchmarks.md).
class RegisterPainter final : public PagedBody
{
public:
    explicit RegisterPainter(const RegisterTable& table, qreal pointSize = 9);

    int paginate(QPaintDevice& device, const QSizeF& bodySize) override;
    void paintPage(QPainter& painter, int index, const QSizeF& bodySize) override;

private:
    void fitColumns(QPaintDevice& device, qreal width);
    qreal rowHeight(QPaintDevice& device, const QStringList& cells, const QFont& font) const;
    void paintRow(QPainter& painter, const QStringList& cells, qreal top, qreal height, bool header) const;

    const RegisterTable& m_table;
    QFont m_font;
    QFont m_headerFont;
    QFont m_headingFont;
    qreal m_padding = 0;
    qreal m_headingHeight = 0;
    qreal m_headerHeight = 0;
    QList<qreal> m_widths;
    QList<qreal> m_naturalWidths;
    QList<qreal> m_rowHeights;
    QList<int> m_pageStarts; // first row of each page; one past the end at the back
};

} // namespace wushe::report
