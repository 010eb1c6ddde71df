#include "customers/PhoneNumber.h"

#include <QRegularExpression>

namespace sd {
namespace {

const QString kChinaCode = QStringLiteral("86");

// Cuts "ext. 12", "x12", "转12", "#12" off the end.
QString withoutExtension(const QString& text)
{
    static const QRegularExpression extension(QStringLiteral(R"((?:ext\.?|x|转|分机|#)\s*\d+\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.remove(extension);
    return result;
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // also folds full-width digits
    return digits;
}

bool isChineseMobile(const QString& digits)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    return mobile.match(digits).hasMatch();
}

QString nationalKey(const QString& digits)
{
    if (digits.startsWith(QLatin1Char('0')))
        return digits.mid(1); // trunk prefix of a landline
    if (digits.size() == 13 && digits.startsWith(kChinaCode) && isChineseMobile(digits.mid(2)))
        return digits.mid(2);
    return digits;
}

QString internationalKey(const QString& digits)
{
    if (digits.startsWith(kChinaCode))
        return nationalKey(digits.mid(2));
    return QLatin1Char('+') + digits;
}

} // namespace

QString PhoneNumber::lookupKey(const QString& text)
{
    const QString trimmed = withoutExtension(text.trimmed());
    const QString digits = digitsOf(trimmed);
    if (digits.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QChar(u'＋')))
        return internationalKey(digits);
    if (digits.startsWith(QLatin1String("00")))
        return internationalKey(digits.mid(2));
    return nationalKey(digits);
}

bool PhoneNumber::isDigitsOnly(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral(R"(^[+＋]?[\d０-９\s\-()（）]+$)"));
    return digits.match(text.trimmed()).hasMatch();
}

bool PhoneNumber::looksLikePhone(const QString& text)
{
    static const QRegularExpression phone(QStringLiteral(R"(^[+＋(（]?[\d０-９][\d０-９\s\-().（）]{4,}(\s*(ext\.?|x|转|分机|#)\s*\d+)?$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return phone.match(text.trimmed()).hasMatch();
}

} // namespace sd
