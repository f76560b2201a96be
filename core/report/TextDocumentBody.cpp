#include "report/TextDocumentBody.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace wushe::report {

int TextDocumentBody::paginate(QPaintDevice& device, const QSizeF& bodySize)
{
    m_document.documentLayout()->setPaintDevice(&device);
    m_document.setPageSize(bodySize);
    return m_document.pageCount();
}

void TextDocumentBody::paintPage(QPainter& painter, int index, const QSizeF& bodySize)
{
    painter.save();
    painter.translate(0, -index * bodySize.height());
    const QRectF visible(0, index * bodySize.height(), bodySize.width(), bodySize.height());
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible;
    m_document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace wushe::report
