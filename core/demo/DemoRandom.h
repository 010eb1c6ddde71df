#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>
#include <vector>

namespace sd {

// A small deterministic random source (xoshiro256**, seeded by splitmix64).
// The standard library's distributions differ between compilers, so the demo
// data would not be the same on Windows and Linux; these helpers are ours.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // Uniform in [0, n).
    // The modulo bias is below 2^-40 for the small ranges the demo uses.
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    qint64 between(qint64 low, qint64 high) { return low + static_cast<qint64>(below(static_cast<quint64>(high - low + 1))); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }
    // Exponential with the given mean.
    double exponential(double mean) { return -mean * std::log(1.0 - unit()); }
    template <typename T>
    const T& pick(const QList<T>& items) { return items.at(static_cast<qsizetype>(below(static_cast<quint64>(items.size())))); }
    // An index drawn with the given weights (need not sum to 1).
    int weighted(const std::vector<double>& weights);

private:
    quint64 m_state[4];
};

} // namespace sd
