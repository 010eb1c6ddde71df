#include "reports/TermCounter.h"

#include <algorithm>

namespace sd {
namespace {

bool isHan(QChar c)
{
    const char32_t u = c.unicode();
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

// Characters that make a poor term on their own edge: particles, pronouns, "please".
bool isFunctionCharacter(QChar c)
{
    static const QString characters = QStringLiteral("的了吗呢吧是在和与或我你他她它们请有没不就也都还要会能可这那么怎如何为什个次已后前中");
    return characters.contains(c);
}

void addEnglish(const QString& word, QSet<QString>& terms)
{
    const QString lower = word.toLower();
    if (lower.size() < 3 || englishStopWords().contains(lower))
        return;
    if (std::any_of(lower.begin(), lower.end(), [](QChar c) { return c.isDigit(); }))
        return;
    terms.insert(lower);
}

// Every 2-character sequence is a candidate word; across many subjects the real
// words outnumber the accidental pairs at word boundaries. A negated verb
// ("不制冷", "doesn't cool") is kept whole, since the negation is the problem.
void addHanRun(const QString& run, QSet<QString>& terms)
{
    for (qsizetype i = 0; i + 2 <= run.size(); ++i) {
        const QString pair = run.mid(i, 2);
        if (!isFunctionCharacter(pair.front()) && !isFunctionCharacter(pair.back()))
            terms.insert(pair);
        if (run.at(i) == QChar(u'不') && i + 3 <= run.size() && !isFunctionCharacter(run.at(i + 2)))
            terms.insert(run.mid(i, 3));
    }
}

} // namespace

QSet<QString> TermCounter::termsOf(const QString& subject)
{
    QSet<QString> terms;
    QString word, han;
    const auto flush = [&] {
        if (!word.isEmpty())
            addEnglish(word, terms);
        if (!han.isEmpty())
            addHanRun(han, terms);
        word.clear();
        han.clear();
    };
    for (QChar c : subject) {
        if (isHan(c)) {
            if (!word.isEmpty()) {
                addEnglish(word, terms);
                word.clear();
            }
            han.append(c);
        } else if (c.isLetterOrNumber() || c == QLatin1Char('-')) {
            if (!han.isEmpty()) {
                addHanRun(han, terms);
                han.clear();
            }
            word.append(c);
        } else {
            flush();
        }
    }
    flush();
    return terms;
}

void TermCounter::addSubject(const QString& subject)
{
    for (const QString& term : termsOf(subject))
        ++m_counts[term];
}

QList<QPair<QString, qint64>> TermCounter::top(int limit) const
{
    // For each 2-character term: the count of the most frequent negated term containing it.
    QHash<QString, qint64> longestHolder;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        if (it.key().size() != 3 || !isHan(it.key().front()))
            continue;
        for (const QString& part : {it.key().left(2), it.key().right(2)})
            longestHolder[part] = std::max(longestHolder.value(part), it.value());
    }
    QList<QPair<QString, qint64>> ranked;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        // A 2-character term seen mostly inside one 3-character term is that term.
        if (it.key().size() == 2 && longestHolder.value(it.key()) * 10 >= it.value() * 8)
            continue;
        ranked.append({it.key(), it.value()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

} // namespace sd
