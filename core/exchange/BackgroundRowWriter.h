#pragma once

#include "Error.h"

#include <QList>
#include <QVariant>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace wushe::exchange {

// Hands rows to a second thread that formats and writes them, so that reading the
// next rows from the database overlaps with writing these (office PCs have two
// cores). Rows travel in batches, and at most a few batches wait: memory stays flat
// however long the ledger. `write` runs on that thread only, in row order.
class BackgroundRowWriter
{
public:
    using Write = std::function<Result<void>(const QList<QVariant>&)>;

    explicit BackgroundRowWriter(Write write);
    ~BackgroundRowWriter(); // stops and joins the thread; rows not yet written are dropped
    BackgroundRowWriter(const BackgroundRowWriter&) = delete;
    BackgroundRowWriter& operator=(const BackgroundRowWriter&) = delete;

    // Queues a row; waits while the writer is too far behind. False once writing has
    // failed (finish() says why): the caller stops reading.
    bool push(QList<QVariant> row);
    // Waits until every queued row is written; the first error, if any.
    Result<void> finish();

private:
    using Batch = QList<QList<QVariant>>;
    static constexpr qsizetype kBatchRows = 256;
    static constexpr std::size_t kMaxWaitingBatches = 8;

    void run();
    void send(bool last);

    Write m_write;
    Batch m_filling;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_waiting;
    bool m_closed = false;
    bool m_stop = false;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace wushe::exchange
