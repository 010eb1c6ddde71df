#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <vector>

namespace sd {

// Counts the terms of ticket subjects: in how many subjects each term occurs.
// English words are lower-cased; words with digits (model codes) and stop
// words are dropped. Chinese is split into dictionary words
// (reports/ChineseWords) where the segmenter is there. Without it (or asked
// for Sequences), runs of Han characters give
// their 2- and 3-character sequences (negated verbs such as "不制冷" too);
// a pair mostly seen inside one triple is left to it ("制冷" inside "不制冷",
// "记本" inside "笔记本"), overlapping triples seen equally often join into
// one phrase ("显示错误代码"), and sequences with a function character (的,
// 了, 吗...) are dropped. These sequences are counted as packed integers:
// a month of subjects is counted without allocating a string per term.
class TermCounter
{
public:
    enum class Chinese { Words, Sequences };
    explicit TermCounter(Chinese chinese = Chinese::Words);
    // Whether Chinese is counted by words (the segmenter was found).
    bool countsWords() const { return m_words; }
    void addSubject(const QString& subject);
    qint64 countOf(const QString& term) const;
    // The `limit` most frequent terms, most frequent first (ties: alphabetical).
    QList<QPair<QString, qint64>> top(int limit) const;
    // Shared with the knowledge-base search (knowledge/KnowledgeTerms).
    static bool isHan(QChar c);
    static bool isEnglishStopWord(const QString& lowerCaseWord);

private:
    QList<QPair<QString, qint64>> phrasesOf(const QSet<quint64>& triples) const;

    // Han 2- and 3-grams packed into 48 bits; English words hashed by text.
    std::vector<quint64> m_subjectHan;
    QSet<QString> m_subjectWords;
    QHash<quint64, qint64> m_hanCounts;
    QHash<QString, qint64> m_wordCounts;
    bool m_words = false;
};

} // namespace sd
