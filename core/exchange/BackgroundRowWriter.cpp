#include "exchange/BackgroundRowWriter.h"

namespace wushe::exchange {

BackgroundRowWriter::BackgroundRowWriter(Write write) : m_write(std::move(write))
{
    m_filling.reserve(kBatchRows);
    m_thread = std::thread([this] { run(); });
}

BackgroundRowWriter::~BackgroundRowWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_closed = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundRowWriter::push(QList<QVariant> row)
{
    m_filling.append(std::move(row));
    if (m_filling.size() < kBatchRows)
        return true;
    send(false);
    const std::lock_guard lock(m_mutex);
    return !m_error;
}

Result<void> BackgroundRowWriter::finish()
{
    send(true);
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

void BackgroundRowWriter::send(bool last)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_waiting.size() < kMaxWaitingBatches || m_error; });
    if (!m_filling.isEmpty() && !m_error)
        m_waiting.push_back(std::move(m_filling));
    m_filling = {};
    m_filling.reserve(kBatchRows);
    if (last)
        m_closed = true;
    lock.unlock();
    m_changed.notify_all();
}

void BackgroundRowWriter::run()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_waiting.empty() || m_closed; });
            if (m_stop || m_waiting.empty())
                return; // stopped, or closed with nothing left
            batch = std::move(m_waiting.front());
            m_waiting.pop_front();
        }
        m_changed.notify_all(); // room for the reader
        for (const QList<QVariant>& row : batch) {
            if (auto ok = m_write(row); !ok) {
                {
                    const std::lock_guard lock(m_mutex);
                    m_error = ok.error();
                    m_waiting.clear();
                }
                m_changed.notify_all();
                return;
            }
        }
    }
}

} // namespace wushe::exchange
