#pragma once

#include "common/Error.h"

#include <QString>

namespace sd {

// The one rule for a phone number and an e-mail address wherever a person
// types them (customer form, ticket contact), so each is refused the same way.
class ContactDetails
{
public:
    // Empty is allowed; anything else must look like a phone number with at
    // least five digits ("call me maybe" is refused).
    static Status checkPhone(const QString& text, const QString& field);
    static Status checkEmail(const QString& text, const QString& field);
};

} // namespace sd
