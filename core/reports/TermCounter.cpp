#include "reports/TermCounter.h"

#include <algorithm>
#include <bitset>

namespace sd {
namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

const QSet<QString>& englishStopWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"),   QStringLiteral("and"),   QStringLiteral("for"),   QStringLiteral("with"),
        QStringLiteral("not"),   QStringLiteral("after"), QStringLiteral("when"),  QStringLiteral("does"),
        QStringLiteral("how"),   QStringLiteral("can"),   QStringLiteral("our"),   QStringLiteral("you"),
        QStringLiteral("your"),  QStringLiteral("are"),   QStringLiteral("was"),   QStringLiteral("from"),
        QStringLiteral("this"),  QStringLiteral("that"),  QStringLiteral("will"),  QStringLiteral("what"),
        QStringLiteral("please"), QStringLiteral("have"), QStringLiteral("has"),   QStringLiteral("but"),
        QStringLiteral("into"),  QStringLiteral("any"),   QStringLiteral("all"),   QStringLiteral("its"),
        QStringLiteral("out"),   QStringLiteral("only"),  QStringLiteral("still"), QStringLiteral("there"),
        QStringLiteral("they"),  QStringLiteral("than"),  QStringLiteral("too"),   QStringLiteral("via"),
        QStringLiteral("why"),   QStringLiteral("who"),   QStringLiteral("get"),   QStringLiteral("one"),
        QStringLiteral("two"),   QStringLiteral("every"), QStringLiteral("need"),  QStringLiteral("would"),
        QStringLiteral("should"), QStringLiteral("could"), QStringLiteral("about"), QStringLiteral("been"),
    };
    return words;
}

bool isFunctionCharacter(char16_t c)
{
    // A lookup table: this runs for every pair of characters of every subject.
    static const std::bitset<0x10000> table = [] {
        std::bitset<0x10000> bits;
        for (QChar f : QStringLiteral("的了吗呢吧是在和与或我你他她它们请有没不就也都还要会能可这那么怎如何为什个次已后前中"))
            bits.set(f.unicode());
        return bits;
    }();
    return table.test(c);
}

constexpr char16_t kNot = u'不';

quint64 pack(const char16_t* chars, int length)
{
    quint64 key = 0;
    for (int i = 0; i < length; ++i)
        key = (key << 16) | chars[i];
    return key | (quint64(length) << 48);
}

QString unpack(quint64 key)
{
    const int length = int(key >> 48);
    QString text(length, Qt::Uninitialized);
    for (int i = length - 1; i >= 0; --i, key >>= 16)
        text[i] = QChar(char16_t(key & 0xFFFF));
    return text;
}

// Every 2-character sequence is a candidate word; across many subjects the real
// words outnumber the accidental pairs at word boundaries. A negated verb
// ("不制冷", "doesn't cool") is kept whole, since the negation is the problem.
void addHanRun(const char16_t* run, qsizetype length, std::vector<quint64>& keys)
{
    for (qsizetype i = 0; i + 2 <= length; ++i) {
        if (!isFunctionCharacter(run[i]) && !isFunctionCharacter(run[i + 1]))
            keys.push_back(pack(run + i, 2));
        if (run[i] == kNot && i + 3 <= length && !isFunctionCharacter(run[i + 2]))
            keys.push_back(pack(run + i, 3));
    }
}

void addEnglish(QStringView word, QSet<QString>& words)
{
    if (word.size() < 3 || std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
        return;
    const QString lower = word.toString().toLower();
    if (!englishStopWords().contains(lower))
        words.insert(lower);
}

void split(const QString& subject, std::vector<quint64>& han, QSet<QString>& words)
{
    const char16_t* text = reinterpret_cast<const char16_t*>(subject.utf16());
    const qsizetype size = subject.size();
    qsizetype i = 0;
    while (i < size) {
        qsizetype end = i;
        if (isHan(QChar(text[i]))) {
            while (end < size && isHan(QChar(text[end])))
                ++end;
            addHanRun(text + i, end - i, han);
        } else if (QChar(text[i]).isLetterOrNumber() || text[i] == u'-') {
            while (end < size && !isHan(QChar(text[end])) && (QChar(text[end]).isLetterOrNumber() || text[end] == u'-'))
                ++end;
            addEnglish(QStringView(subject).mid(i, end - i), words);
        } else {
            ++end;
        }
        i = end;
    }
}

} // namespace

void TermCounter::addSubject(const QString& subject)
{
    m_subjectHan.clear();
    m_subjectWords.clear();
    split(subject, m_subjectHan, m_subjectWords);
    // A term counts once per subject.
    std::sort(m_subjectHan.begin(), m_subjectHan.end());
    m_subjectHan.erase(std::unique(m_subjectHan.begin(), m_subjectHan.end()), m_subjectHan.end());
    for (quint64 key : m_subjectHan)
        ++m_hanCounts[key];
    for (const QString& word : std::as_const(m_subjectWords))
        ++m_wordCounts[word];
}

qint64 TermCounter::countOf(const QString& term) const
{
    if (!term.isEmpty() && isHan(term.front()) && term.size() <= 3)
        return m_hanCounts.value(pack(reinterpret_cast<const char16_t*>(term.utf16()), int(term.size())));
    return m_wordCounts.value(term);
}

QList<QPair<QString, qint64>> TermCounter::top(int limit) const
{
    // For each 2-character term: the count of the most frequent negated term containing it.
    QHash<quint64, qint64> negatedHolder;
    for (auto it = m_hanCounts.begin(); it != m_hanCounts.end(); ++it) {
        if ((it.key() >> 48) != 3)
            continue;
        const quint64 tail = (it.key() & 0xFFFFFFFFULL) | (quint64(2) << 48);
        negatedHolder[tail] = std::max(negatedHolder.value(tail), it.value());
    }
    QList<QPair<QString, qint64>> ranked;
    for (auto it = m_hanCounts.begin(); it != m_hanCounts.end(); ++it)
        if (negatedHolder.value(it.key()) * 10 < it.value() * 8)
            ranked.append({unpack(it.key()), it.value()});
    for (auto it = m_wordCounts.begin(); it != m_wordCounts.end(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

} // namespace sd
