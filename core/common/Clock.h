#pragma once

#include <QDateTime>

#include <functional>

namespace sd {

// Where "now" comes from. Services ask the clock instead of the system so that
// tests, imports and the demo generator can replay time.
class Clock
{
public:
    Clock() = default;
    explicit Clock(std::function<qint64()> source)
        : m_source(std::move(source))
    {
    }
    qint64 now() const { return m_source ? m_source() : QDateTime::currentSecsSinceEpoch(); }
    static Clock fixedAt(qint64 instant)
    {
        return Clock([instant] { return instant; });
    }

private:
    std::function<qint64()> m_source;
};

} // namespace sd
