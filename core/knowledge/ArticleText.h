#pragma once

#include <QString>

namespace sd {

// An article's answer as an agent says or writes it to a customer: the
// simple Markdown of the article (docs/KNOWLEDGE.md) without its marks, the
// list numbers and dashes kept.
QString plainAnswer(const QString& markdown);

} // namespace sd
