#pragma once

#include "report/PagedBody.h"

class QTextDocument;

namespace wushe::report {

// A rich-text document (forms, short lists) as a paged body: Qt's own layout
// breaks it into pages and repeats <thead> rows.
class TextDocumentBody final : public PagedBody
{
public:
    explicit TextDocumentBody(QTextDocument& document) : m_document(document) {}

    int paginate(QPaintDevice& device, const QSizeF& bodySize) override;
    void paintPage(QPainter& painter, int index, const QSizeF& bodySize) override;

private:
    QTextDocument& m_document;
};

} // namespace wushe::report
