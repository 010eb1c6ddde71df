#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace sd {

// An office's two key pairs (libsodium): Ed25519 to sign the files it sends,
// X25519 to open the sealed files sent to it. The secret halves stay with the
// office; the public halves travel as one line of text (publicText()) that
// head office registers for each branch.
struct OfficeKeys
{
    QString office;
    QByteArray signPublic;
    QByteArray signSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;

    static Result<OfficeKeys> generate(const QString& office);
    // "sdkey1 OFFICE SIGN BOX" with the keys in base64.
    QString publicText() const;
    static Result<OfficeKeys> fromPublicText(const QString& text);
    // The key file a branch keeps until its database is created (JSON).
    QByteArray secretFile() const;
    static Result<OfficeKeys> fromSecretFile(const QByteArray& bytes);
    // A short fingerprint people can compare by reading it aloud.
    QString fingerprint() const;
    bool hasSecrets() const { return !signSecret.isEmpty() && !boxSecret.isEmpty(); }

    // Office codes are what ticket numbers start with: 1-8 capital letters or digits.
    static Status checkOfficeCode(const QString& code);
};

bool sodiumAvailable();

} // namespace sd
