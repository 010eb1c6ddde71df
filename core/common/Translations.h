#pragma once

#include <QString>

namespace sd {

// Installs the product's translation and Qt's own (dialogs, buttons) for a
// language such as "zh_CN"; "en" or an empty string keeps the English source.
class Translations
{
public:
    // Returns false when no translation exists for that language.
    static bool install(const QString& language);
    // The language to use when none is given: the system's, if we ship it.
    static QString systemLanguage();
};

} // namespace sd
