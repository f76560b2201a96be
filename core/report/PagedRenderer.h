#pragma once

#include "Error.h"
#include "report/PageDecoration.h"
#include "report/PagedBody.h"

#include <QPageLayout>

class QPagedPaintDevice;
class QTextDocument;

namespace wushe::report {

// Paints a paged body (a rich-text document or a register) page by page onto a
// printer or PDF writer, with the decoration's title and footer on every page.
// Used for previews, printers and PDFs alike.
class PagedRenderer
{
public:
    static QPageLayout a4(QPageLayout::Orientation orientation);

    // Returns the number of pages painted.
    static Result<int> render(PagedBody& body, QPagedPaintDevice& device, const PageDecoration& decoration);
    static Result<int> render(QTextDocument& document, QPagedPaintDevice& device, const PageDecoration& decoration);

    // Writes a PDF atomically (temp file, then rename); never a half-written file.
    static Result<int> writePdf(PagedBody& body, const QString& path, QPageLayout::Orientation orientation,
                                const PageDecoration& decoration);
    static Result<int> writePdf(QTextDocument& document, const QString& path, QPageLayout::Orientation orientation,
                                const PageDecoration& decoration);
};

} // namespace wushe::report
