#pragma once

#include <QSizeF>

class QPainter;
class QPaintDevice;

namespace wushe::report {

// What PagedRenderer puts between a page's title line and its footer: laid out
// once for the body size of the device, then painted a page at a time.
class PagedBody
{
public:
    virtual ~PagedBody() = default;

    // Lays the content out for pages whose body is `bodySize` device pixels;
    // returns the number of pages (at least 1).
    virtual int paginate(QPaintDevice& device, const QSizeF& bodySize) = 0;
    // Paints page `index`; the painter's origin is the body's top-left corner.
    virtual void paintPage(QPainter& painter, int index, const QSizeF& bodySize) = 0;
};

} // namespace wushe::report
