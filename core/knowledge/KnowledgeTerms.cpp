#include "knowledge/KnowledgeTerms.h"

#include "reports/ChineseWords.h"
#include "reports/TermCounter.h"

namespace sd {
namespace {

bool isWordCharacter(QChar c)
{
    return !TermCounter::isHan(c) && (c.isLetterOrNumber() || c == u'-');
}

QStringList hanTerms(const QString& run)
{
    const QStringList words = ChineseWords::available() ? ChineseWords::wordsOf(run) : QStringList();
    if (!words.isEmpty())
        return words;
    // No dictionary word: a short run is a term as it stands (水, 王); a long
    // one without the segmenter gives its pairs, each of which must be near.
    if (run.size() <= 4)
        return {run};
    QStringList pairs;
    for (qsizetype i = 0; i + 2 <= run.size(); i += 2)
        pairs.append(run.mid(i, 2));
    return pairs;
}

void addWord(const QString& word, QStringList& terms)
{
    // One letter finds everything; a digit alone may be a fault code's part.
    if (word.size() < 2 && !word.at(0).isDigit())
        return;
    if (!TermCounter::isEnglishStopWord(word))
        terms.append(word);
}

} // namespace

QStringList KnowledgeTerms::of(const QString& text)
{
    const QString lower = text.toLower();
    QStringList terms;
    qsizetype i = 0;
    while (i < lower.size()) {
        qsizetype end = i + 1;
        if (TermCounter::isHan(lower.at(i))) {
            while (end < lower.size() && TermCounter::isHan(lower.at(end)))
                ++end;
            terms += hanTerms(lower.mid(i, end - i));
        } else if (isWordCharacter(lower.at(i))) {
            while (end < lower.size() && isWordCharacter(lower.at(end)))
                ++end;
            addWord(lower.mid(i, end - i), terms);
        }
        i = end;
    }
    terms.removeDuplicates();
    return terms.mid(0, kMaxTerms);
}

} // namespace sd
