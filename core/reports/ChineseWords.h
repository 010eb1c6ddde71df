#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// Splits Chinese text into dictionary words with friso (Debian's libfriso,
// its 170 000-word lexicon from friso-dict, plus the after-sales words below
// that it lacks), so that the report's top terms read 笔记本电脑, 打印机,
// 充电桩 rather than pairs of characters. Loaded once per process, on first
// use; where friso or its lexicon is missing, available() is false and the
// caller falls back to character sequences.
class ChineseWords
{
public:
    static bool available();
    // The words of a run of Han characters, in order; single characters and
    // stop words are left out, and a negation joins the word it negates
    // ("不" + "制冷" → "不制冷": the negation is the problem).
    static QStringList wordsOf(const QString& hanRun);
};

} // namespace sd
