#pragma once

#include "common/Error.h"

#include <QString>

namespace sd {

// Passwords are kept only as Argon2id hashes (libsodium crypto_pwhash_str):
// salted, memory-hard, with their parameters inside the string so that a
// later, stronger setting still verifies old hashes.
class Passwords
{
public:
    static constexpr int kMinimumLength = 8;
    // Stored instead of a hash where the database server checks passwords
    // itself; it never verifies.
    static constexpr const char* kServerAccount = "server-account";

    // Refuses passwords shorter than kMinimumLength characters.
    static Status acceptable(const QString& password);
    static Result<QString> hash(const QString& password);
    // What users.password_hash keeps for this password: its hash, or where
    // the server checks passwords itself only kServerAccount.
    static Result<QString> stored(const QString& password, bool serverAccount);
    static bool verify(const QString& storedHash, const QString& password);
    // Spends the time of a verification and fails (for logins without a hash).
    static void verifyNothing(const QString& password);
};

} // namespace sd
