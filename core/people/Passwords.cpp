#include "people/Passwords.h"

#include <QCoreApplication>

#include <sodium.h>

namespace sd {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Status Passwords::acceptable(const QString& password)
{
    if (password.size() < kMinimumLength)
        return fail(Error::invalid(QStringLiteral("password"),
                                   QCoreApplication::translate("sd::Passwords", "a password needs at least %1 characters")
                                       .arg(kMinimumLength)));
    return {};
}

Result<QString> Passwords::hash(const QString& password)
{
    if (auto ok = acceptable(password); !ok)
        return fail(ok.error());
    const QByteArray utf8 = password.toUtf8();
    char stored[crypto_pwhash_STRBYTES];
    // The "interactive" limits (64 MiB, 2 passes): a sign-in stays well under
    // a second on an agent's desktop while guessing stays expensive.
    if (!sodiumReady()
        || crypto_pwhash_str(stored, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                             crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return fail(Error::storage(QCoreApplication::translate("sd::Passwords", "the password could not be hashed (out of memory)")));
    return QString::fromLatin1(stored);
}

Result<QString> Passwords::stored(const QString& password, bool serverAccount)
{
    if (!serverAccount)
        return hash(password);
    if (auto ok = acceptable(password); !ok)
        return fail(ok.error());
    return QString::fromLatin1(kServerAccount);
}

bool Passwords::verify(const QString& storedHash, const QString& password)
{
    if (storedHash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

void Passwords::verifyNothing(const QString& password)
{
    static const QString dummy = hash(QStringLiteral("no such password at all")).value_or(QString());
    verify(dummy, password);
}

} // namespace sd
