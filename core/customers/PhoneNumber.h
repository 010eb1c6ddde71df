#pragma once

#include <QString>

namespace sd {

// Turns any common spelling of a phone number into one lookup key, so that the
// number a caller gives finds the customer however it was typed in:
// "+86 138 0013 8000", "0086-13800138000", "138-0013-8000" -> "13800138000";
// "(021) 6234 5678", "+86 21 6234-5678" -> "2162345678". Numbers of other
// countries keep their country code with a leading "+". Extensions are dropped.
class PhoneNumber
{
public:
    static QString lookupKey(const QString& text);
    // True when the text looks like a phone number rather than a name.
    static bool looksLikePhone(const QString& text);
    // True when the text is digits and phone punctuation only ("4416",
    // "021-6234"): part of a number, never a name.
    static bool isDigitsOnly(const QString& text);
};

} // namespace sd
