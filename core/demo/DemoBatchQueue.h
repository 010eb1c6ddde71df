#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace sd {

// A small bounded hand-over between the thread that invents demo tickets and
// the thread that writes them, so both cores work during a big load.
template <typename Batch>
class DemoBatchQueue
{
public:
    explicit DemoBatchQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Blocks while full; false when the consumer has stopped.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // Blocks while empty; nothing once the producer has finished and all is taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_finished || m_stopped; });
        if (m_batches.empty() || m_stopped)
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace sd
