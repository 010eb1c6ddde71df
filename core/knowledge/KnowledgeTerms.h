#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// The terms a knowledge-base search looks for in what an agent typed: Chinese
// split into dictionary words (reports/ChineseWords, so "打印机卡纸" looks for
// 打印机 and 卡纸 wherever they stand), English and model codes as words.
// A Chinese run the dictionary has no word for (one character, a name) is
// looked for as typed.
class KnowledgeTerms
{
public:
    static constexpr int kMaxTerms = 8;
    // Lower-cased, each once, in the order typed, at most kMaxTerms.
    static QStringList of(const QString& text);
};

} // namespace sd
