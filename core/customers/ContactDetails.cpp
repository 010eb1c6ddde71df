#include "customers/ContactDetails.h"

#include "customers/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sd {

Status ContactDetails::checkPhone(const QString& text, const QString& field)
{
    if (text.trimmed().isEmpty())
        return {};
    if (!PhoneNumber::looksLikePhone(text) || PhoneNumber::lookupKey(text).size() < 5)
        return fail(Error::invalid(field, QCoreApplication::translate("sd::ContactDetails", "\"%1\" is not a phone number").arg(text.trimmed())));
    return {};
}

Status ContactDetails::checkEmail(const QString& text, const QString& field)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (text.trimmed().isEmpty() || email.match(text.trimmed()).hasMatch())
        return {};
    return fail(Error::invalid(field, QCoreApplication::translate("sd::ContactDetails", "\"%1\" is not an e-mail address").arg(text.trimmed())));
}

} // namespace sd
