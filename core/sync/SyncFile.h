#pragma once

#include "common/Error.h"
#include "sync/OfficeKeys.h"

#include <QByteArray>
#include <QString>

namespace sd {

// What a sync file says about itself in clear text (signed, not secret).
struct SyncHeader
{
    QString from;
    QString to;
    QString kind; // "seed" creates a branch, "changes" carries what the other side has not acknowledged
    qint64 number = 0; // per sender and receiver, from 1: a replayed file is recognised by it
    qint64 createdAt = 0;
};

// The file format: magic, header, the payload sealed to the receiving office
// (crypto_box_seal: only its secret key opens it) and an Ed25519 signature of
// everything before it by the sending office. Reading checks the structure,
// then the signature against the key registered for the sender, then opens
// the payload; each refusal says which check failed.
class SyncFile
{
public:
    static Result<QByteArray> write(const SyncHeader& header, const QByteArray& payload, const OfficeKeys& sender,
                                    const QByteArray& receiverBoxPublic);
    // Structure only: magic, lengths, header fields. Trusts nothing yet.
    static Result<SyncHeader> readHeader(const QByteArray& file);
    static Status verify(const QByteArray& file, const QByteArray& senderSignPublic, const QString& sender);
    static Result<QByteArray> open(const QByteArray& file, const OfficeKeys& receiver);
    // What names a file in the chain of files between two offices.
    static QString digest(const QByteArray& file);
};

} // namespace sd
