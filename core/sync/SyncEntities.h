#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// What travels between offices, table by table (docs/SYNC.md). Rows are known
// everywhere by their uuid; a column that refers to another row travels as
// that row's global key (a customer's uuid, a user's login).
struct SyncColumn
{
    // Bytes: binary data, sent as base64 text.
    enum class Refers { Nothing, Customer, User, Ticket, Visit, Attachment, Article, Scorecard, Bytes };
    QString name;
    Refers refers = Refers::Nothing;
};

struct SyncEntity
{
    QString code;   // "customer", "purchase", "ticket", "complaint", "cost", "conflict"
    QString table;
    // Fields that merge one by one (the capture triggers log each change).
    QList<SyncColumn> fields;
    // Columns sent only with a new row: derived figures and bookkeeping.
    QList<SyncColumn> createOnly;
    // Rows with a version column, raised with every change (stale-edit checks).
    bool versioned = true;

    QStringList fieldNames() const;
    QList<SyncColumn> allColumns() const;
    const SyncColumn* field(const QString& name) const;
    // The column naming the ticket a row belongs to (complaints, cost lines):
    // such rows go where their ticket goes.
    const SyncColumn* ticketColumn() const;
};

// In the order they are applied: customers before the tickets that refer to them.
const QList<SyncEntity>& syncEntities();
const SyncEntity* syncEntity(const QString& code);

} // namespace sd
