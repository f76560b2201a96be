#pragma once

#include "Error.h"

#include <QHash>
#include <QList>

namespace wushe::ui {

// The pages of a table model read from SQL: a page is read when a row of it is first
// asked for, and at most a few are held (scrolling refills what is on screen).
template <typename Row>
class PageCache
{
public:
    static constexpr int kCachedPages = 8;

    explicit PageCache(int pageSize) : m_pageSize(pageSize) {}

    void clear() { m_pages.clear(); }
    int pageCount() const { return int(m_pages.size()); }

    // Row `row` of `count`, its page read through read(offset, limit) -> Result<QList<Row>>
    // when not held; null when out of range or the read failed.
    template <typename Read>
    const Row* at(qint64 row, qint64 count, Read&& read)
    {
        if (row < 0 || row >= count)
            return nullptr;
        const qint64 page = row / m_pageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_pages.size() >= kCachedPages)
                m_pages.clear();
            auto rows = read(page * m_pageSize, m_pageSize);
            if (!rows)
                return nullptr;
            it = m_pages.insert(page, *rows);
        }
        const qsizetype offset = row % m_pageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

private:
    int m_pageSize;
    QHash<qint64, QList<Row>> m_pages; // page number → rows
};

} // namespace wushe::ui
