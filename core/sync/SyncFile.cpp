#include "sync/SyncFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace sd {
namespace {

const QByteArray kMagic = QByteArrayLiteral("SDSYNC1\n");
constexpr qsizetype kHeaderLengthSize = 4;
constexpr qsizetype kSealedLengthSize = 8;
constexpr qsizetype kSignatureSize = crypto_sign_BYTES;

Error damaged(const QString& why)
{
    return Error::invalid(QStringLiteral("file"), why);
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

// Where each part lies in a file whose lengths add up; nullopt otherwise.
struct Layout
{
    qsizetype headerAt = 0;
    qsizetype headerSize = 0;
    qsizetype sealedAt = 0;
    qsizetype sealedSize = 0;
    qsizetype signatureAt = 0;
};

Result<Layout> layoutOf(const QByteArray& file)
{
    if (!file.startsWith(kMagic))
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "this is not a Service Desk sync file")));
    Layout layout;
    layout.headerAt = kMagic.size() + kHeaderLengthSize;
    if (file.size() < layout.headerAt)
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file is truncated (it ends inside its header)")));
    layout.headerSize = qFromBigEndian<quint32>(file.constData() + kMagic.size());
    const qsizetype sealedLengthAt = layout.headerAt + layout.headerSize;
    if (file.size() < sealedLengthAt + kSealedLengthSize)
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file is truncated (it ends inside its header)")));
    const quint64 sealed = qFromBigEndian<quint64>(file.constData() + sealedLengthAt);
    layout.sealedAt = sealedLengthAt + kSealedLengthSize;
    if (sealed > quint64(file.size()) || layout.sealedAt + qsizetype(sealed) > file.size())
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file is truncated (part of its contents is missing)")));
    layout.sealedSize = qsizetype(sealed);
    layout.signatureAt = layout.sealedAt + layout.sealedSize;
    if (file.size() == layout.signatureAt)
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file is not signed")));
    if (file.size() != layout.signatureAt + kSignatureSize)
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file is truncated or has bytes added after its signature")));
    return layout;
}

} // namespace

Result<QByteArray> SyncFile::write(const SyncHeader& header, const QByteArray& payload, const OfficeKeys& sender,
                                   const QByteArray& receiverBoxPublic)
{
    if (!sodiumAvailable() || !sender.hasSecrets() || receiverBoxPublic.size() != crypto_box_PUBLICKEYBYTES)
        return fail(Error::invalid(QStringLiteral("keys"), QCoreApplication::translate("sd::SyncFile", "the office keys needed to write this file are missing")));
    const QByteArray headerJson = QJsonDocument(QJsonObject{{QStringLiteral("from"), header.from},
                                                            {QStringLiteral("to"), header.to},
                                                            {QStringLiteral("kind"), header.kind},
                                                            {QStringLiteral("number"), header.number},
                                                            {QStringLiteral("created_at"), header.createdAt}})
                                      .toJson(QJsonDocument::Compact);
    QByteArray sealed(payload.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(bytes(sealed), bytes(payload), quint64(payload.size()), bytes(receiverBoxPublic));
    QByteArray file = kMagic;
    char length32[4];
    qToBigEndian<quint32>(quint32(headerJson.size()), length32);
    file.append(length32, 4).append(headerJson);
    char length64[8];
    qToBigEndian<quint64>(quint64(sealed.size()), length64);
    file.append(length64, 8).append(sealed);
    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(file), quint64(file.size()), bytes(sender.signSecret));
    return file + signature;
}

Result<SyncHeader> SyncFile::readHeader(const QByteArray& file)
{
    auto layout = layoutOf(file);
    if (!layout)
        return fail(layout.error());
    const QJsonObject json = QJsonDocument::fromJson(file.mid(layout->headerAt, layout->headerSize)).object();
    SyncHeader header{json.value(QStringLiteral("from")).toString(), json.value(QStringLiteral("to")).toString(),
                      json.value(QStringLiteral("kind")).toString(),
                      qint64(json.value(QStringLiteral("number")).toDouble()),
                      qint64(json.value(QStringLiteral("created_at")).toDouble())};
    const bool kindKnown = header.kind == QLatin1String("seed") || header.kind == QLatin1String("changes");
    if (!OfficeKeys::checkOfficeCode(header.from) || !OfficeKeys::checkOfficeCode(header.to) || !kindKnown || header.number < 1)
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file's header is damaged")));
    return header;
}

Status SyncFile::verify(const QByteArray& file, const QByteArray& senderSignPublic, const QString& sender)
{
    auto layout = layoutOf(file);
    if (!layout)
        return fail(layout.error());
    if (!sodiumAvailable() || senderSignPublic.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_verify_detached(bytes(file) + layout->signatureAt, bytes(file), quint64(layout->signatureAt),
                                       bytes(senderSignPublic))
            != 0)
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the signature does not match office %1's key: the file was changed after it was "
                               "signed, or signed with another key")
                                .arg(sender)));
    return {};
}

Result<QByteArray> SyncFile::open(const QByteArray& file, const OfficeKeys& receiver)
{
    auto layout = layoutOf(file);
    if (!layout)
        return fail(layout.error());
    if (layout->sealedSize < qsizetype(crypto_box_SEALBYTES) || !receiver.hasSecrets())
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file cannot be opened with office %1's key").arg(receiver.office)));
    QByteArray payload(layout->sealedSize - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(payload), bytes(file) + layout->sealedAt, quint64(layout->sealedSize),
                             bytes(receiver.boxPublic), bytes(receiver.boxSecret))
        != 0)
        return fail(damaged(QCoreApplication::translate("sd::SyncFile", "the file cannot be opened with office %1's key").arg(receiver.office)));
    return payload;
}

QString SyncFile::digest(const QByteArray& file)
{
    return QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace sd
