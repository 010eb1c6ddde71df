#include "reports/TermCounter.h"

#include "reports/ChineseWords.h"

#include <algorithm>
#include <array>
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

// Every 2- and 3-character sequence is a candidate word; across many subjects
// the real words outnumber the accidental ones at word boundaries. A negated
// verb ("不制冷", "doesn't cool") is a candidate too, since the negation is
// the problem; other sequences with a function character are not.
void addHanRun(const char16_t* run, qsizetype length, std::vector<quint64>& keys)
{
    for (qsizetype i = 0; i + 2 <= length; ++i) {
        const bool pairIsWordlike = !isFunctionCharacter(run[i]) && !isFunctionCharacter(run[i + 1]);
        if (pairIsWordlike)
            keys.push_back(pack(run + i, 2));
        if (i + 3 <= length && !isFunctionCharacter(run[i + 2]) && (pairIsWordlike || (run[i] == kNot && !isFunctionCharacter(run[i + 1]))))
            keys.push_back(pack(run + i, 3));
    }
}

// The two 2-character sequences inside a 3-character one.
std::array<quint64, 2> pairsOf(quint64 triple)
{
    constexpr quint64 kTwo = quint64(2) << 48;
    return {((triple >> 16) & 0xFFFFFFFFULL) | kTwo, (triple & 0xFFFFFFFFULL) | kTwo};
}

// A shorter term is "covered" when at least 80 % of its subjects have it
// inside the longer one: "记本" is only ever part of "笔记本".
bool covers(qint64 longer, qint64 shorter)
{
    return longer * 10 >= shorter * 8;
}

// Below this many subjects a triple is too rare to call a word: in a single
// subject every pair lies inside its neighbouring triples.
constexpr qint64 kFrequentTriple = 3;

void addEnglish(QStringView word, QSet<QString>& words)
{
    if (word.size() < 3 || std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
        return;
    const QString lower = word.toString().toLower();
    if (!englishStopWords().contains(lower))
        words.insert(lower);
}

void split(const QString& subject, bool chineseWords, std::vector<quint64>& han, QSet<QString>& words)
{
    const char16_t* text = reinterpret_cast<const char16_t*>(subject.utf16());
    const qsizetype size = subject.size();
    qsizetype i = 0;
    while (i < size) {
        qsizetype end = i;
        if (isHan(QChar(text[i]))) {
            while (end < size && isHan(QChar(text[end])))
                ++end;
            if (chineseWords)
                for (const QString& word : ChineseWords::wordsOf(subject.mid(i, end - i)))
                    words.insert(word);
            else
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

bool TermCounter::isHan(QChar c)
{
    return sd::isHan(c);
}

bool TermCounter::isEnglishStopWord(const QString& lowerCaseWord)
{
    return englishStopWords().contains(lowerCaseWord);
}

TermCounter::TermCounter(Chinese chinese)
    : m_words(chinese == Chinese::Words && ChineseWords::available())
{
}

void TermCounter::addSubject(const QString& subject)
{
    m_subjectHan.clear();
    m_subjectWords.clear();
    split(subject, m_words, m_subjectHan, m_subjectWords);
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
    const char16_t* chars = reinterpret_cast<const char16_t*>(term.utf16());
    if (m_words)
        return m_wordCounts.value(term);
    if (!term.isEmpty() && isHan(term.front()) && term.size() <= 3)
        return m_hanCounts.value(pack(chars, int(term.size())));
    if (!term.isEmpty() && isHan(term.front())) {
        // A longer phrase: at most as often as its rarest triple.
        qint64 count = m_hanCounts.value(pack(chars, 3));
        for (qsizetype i = 1; i + 3 <= term.size(); ++i)
            count = std::min(count, m_hanCounts.value(pack(chars + i, 3)));
        return count;
    }
    return m_wordCounts.value(term);
}

// Until real word segmentation: a 2-character term that is (nearly) always
// part of one 3-character term gives way to it ("笔记本", not "笔记" and
// "记本"); a 3-character term is listed only when it covers such a part, or
// is a negation, so accidental triples across word boundaries stay out.
QList<QPair<QString, qint64>> TermCounter::top(int limit) const
{
    QSet<quint64> coveredPairs;
    QSet<quint64> wordTriples;
    for (auto it = m_hanCounts.begin(); it != m_hanCounts.end(); ++it) {
        if ((it.key() >> 48) != 3)
            continue;
        const bool negated = char16_t((it.key() >> 32) & 0xFFFF) == kNot;
        if (negated)
            wordTriples.insert(it.key());
        else if (it.value() < kFrequentTriple)
            continue;
        for (quint64 pair : pairsOf(it.key())) {
            if (!m_hanCounts.contains(pair) || !covers(it.value(), m_hanCounts.value(pair)))
                continue;
            coveredPairs.insert(pair);
            wordTriples.insert(it.key());
        }
    }
    QList<QPair<QString, qint64>> ranked = phrasesOf(wordTriples);
    for (auto it = m_hanCounts.begin(); it != m_hanCounts.end(); ++it)
        if ((it.key() >> 48) == 2 && !coveredPairs.contains(it.key()))
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

// Overlapping triples seen about equally often are one longer phrase:
// "显示错", "示错误", "错误代", "误代码" are "显示错误代码". Each chain is
// followed from its first triple (one no equally frequent triple leads into).
QList<QPair<QString, qint64>> TermCounter::phrasesOf(const QSet<quint64>& triples) const
{
    constexpr quint64 kTwo = quint64(2) << 48;
    auto alike = [&](quint64 a, quint64 b) {
        const qint64 ca = m_hanCounts.value(a), cb = m_hanCounts.value(b);
        return covers(ca, cb) && covers(cb, ca);
    };
    // The triple that continues `triple` by one character, if one does alike.
    QHash<quint64, quint64> next, previous;
    QHash<quint64, QList<quint64>> byLead; // first pair -> triples starting with it
    for (quint64 triple : triples)
        byLead[((triple >> 16) & 0xFFFFFFFFULL) | kTwo].append(triple);
    for (quint64 triple : triples) {
        if (char16_t((triple >> 32) & 0xFFFF) == kNot)
            continue; // a negation is a term of its own
        for (quint64 candidate : byLead.value((triple & 0xFFFFFFFFULL) | kTwo))
            if (candidate != triple && alike(triple, candidate) && !previous.contains(candidate)
                && (!next.contains(triple) || m_hanCounts.value(candidate) > m_hanCounts.value(next.value(triple)))) {
                next.insert(triple, candidate);
            }
        if (next.contains(triple))
            previous.insert(next.value(triple), triple);
    }
    QList<QPair<QString, qint64>> phrases;
    for (quint64 triple : triples) {
        if (previous.contains(triple))
            continue;
        QString phrase = unpack(triple);
        qint64 count = m_hanCounts.value(triple);
        QSet<quint64> seen{triple};
        for (quint64 at = triple; next.contains(at) && !seen.contains(next.value(at));) {
            at = next.value(at);
            seen.insert(at);
            phrase.append(QChar(char16_t(at & 0xFFFF)));
            count = std::min(count, m_hanCounts.value(at));
        }
        phrases.append({phrase, count});
    }
    return phrases;
}

} // namespace sd
