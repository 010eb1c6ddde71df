#include "sync/OfficeKeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace sd {
namespace {

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

Result<QByteArray> fromBase64(const QString& text, qsizetype size, const QString& field)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return fail(Error::invalid(field, QCoreApplication::translate("sd::OfficeKeys", "the key is damaged (not %1 bytes of base64)").arg(size)));
    return decoded.decoded;
}

} // namespace

bool sodiumAvailable()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Status OfficeKeys::checkOfficeCode(const QString& code)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z0-9]{1,8}$"));
    if (!valid.match(code).hasMatch())
        return fail(Error::invalid(QStringLiteral("office"),
                                   QCoreApplication::translate("sd::OfficeKeys", "office code \"%1\" must be 1 to 8 capital letters or digits").arg(code)));
    return {};
}

Result<OfficeKeys> OfficeKeys::generate(const QString& office)
{
    if (auto valid = checkOfficeCode(office); !valid)
        return fail(valid.error());
    if (!sodiumAvailable())
        return fail(Error::storage(QCoreApplication::translate("sd::OfficeKeys", "the cryptography library could not start")));
    OfficeKeys keys;
    keys.office = office;
    keys.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    keys.signSecret.resize(crypto_sign_SECRETKEYBYTES);
    keys.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    keys.boxSecret.resize(crypto_box_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.signPublic.data()),
                        reinterpret_cast<unsigned char*>(keys.signSecret.data()));
    crypto_box_keypair(reinterpret_cast<unsigned char*>(keys.boxPublic.data()),
                       reinterpret_cast<unsigned char*>(keys.boxSecret.data()));
    return keys;
}

QString OfficeKeys::publicText() const
{
    return QStringLiteral("sdkey1 %1 %2 %3").arg(office, base64(signPublic), base64(boxPublic));
}

Result<OfficeKeys> OfficeKeys::fromPublicText(const QString& text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("sdkey1"))
        return fail(Error::invalid(QStringLiteral("key"), QCoreApplication::translate("sd::OfficeKeys", "not an office's public key (expected \"sdkey1 OFFICE SIGN BOX\")")));
    OfficeKeys keys;
    keys.office = parts.at(1);
    if (auto valid = checkOfficeCode(keys.office); !valid)
        return fail(valid.error());
    auto sign = fromBase64(parts.at(2), crypto_sign_PUBLICKEYBYTES, QStringLiteral("key"));
    auto box = fromBase64(parts.at(3), crypto_box_PUBLICKEYBYTES, QStringLiteral("key"));
    if (!sign)
        return fail(sign.error());
    if (!box)
        return fail(box.error());
    keys.signPublic = *sign;
    keys.boxPublic = *box;
    return keys;
}

QByteArray OfficeKeys::secretFile() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("servicedesk-office-keys-1")},
                                     {QStringLiteral("office"), office},
                                     {QStringLiteral("sign_public"), base64(signPublic)},
                                     {QStringLiteral("sign_secret"), base64(signSecret)},
                                     {QStringLiteral("box_public"), base64(boxPublic)},
                                     {QStringLiteral("box_secret"), base64(boxSecret)}})
        .toJson();
}

Result<OfficeKeys> OfficeKeys::fromSecretFile(const QByteArray& bytes)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("servicedesk-office-keys-1"))
        return fail(Error::invalid(QStringLiteral("keys"), QCoreApplication::translate("sd::OfficeKeys", "not an office key file")));
    OfficeKeys keys;
    keys.office = root.value(QStringLiteral("office")).toString();
    if (auto valid = checkOfficeCode(keys.office); !valid)
        return fail(valid.error());
    const struct { QByteArray* target; const char* name; qsizetype size; } parts[] = {
        {&keys.signPublic, "sign_public", crypto_sign_PUBLICKEYBYTES},
        {&keys.signSecret, "sign_secret", crypto_sign_SECRETKEYBYTES},
        {&keys.boxPublic, "box_public", crypto_box_PUBLICKEYBYTES},
        {&keys.boxSecret, "box_secret", crypto_box_SECRETKEYBYTES}};
    for (const auto& part : parts) {
        auto decoded = fromBase64(root.value(QLatin1String(part.name)).toString(), part.size, QStringLiteral("keys"));
        if (!decoded)
            return fail(decoded.error());
        *part.target = *decoded;
    }
    return keys;
}

QString OfficeKeys::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray(signPublic + boxPublic), QCryptographicHash::Sha256).toHex().left(16);
    QStringList groups;
    for (qsizetype i = 0; i < digest.size(); i += 4)
        groups.append(QString::fromLatin1(digest.mid(i, 4)));
    return groups.join(QLatin1Char('-'));
}

} // namespace sd
