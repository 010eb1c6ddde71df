#pragma once

#include <QString>

#include <expected>

namespace sd {

// An error a user can act on: what went wrong, where (a form field, a JSON path
// or a column), in words that can be shown as they are.
struct Error
{
    enum class Code {
        Invalid,       // input breaks a rule (bad value, missing field)
        NotFound,      // the thing asked for does not exist
        Conflict,      // someone else changed the row first (stale version)
        Duplicate,     // a unique number or code is taken
        IllegalTransition, // the workflow does not allow this status change
        Storage,       // the database refused (locked, full, corrupt)
        Io,            // a file could not be read or written
    };

    Code code = Code::Invalid;
    QString field;
    QString message;

    static Error invalid(const QString& field, const QString& message) { return {Code::Invalid, field, message}; }
    static Error notFound(const QString& field, const QString& message) { return {Code::NotFound, field, message}; }
    static Error storage(const QString& message) { return {Code::Storage, {}, message}; }
    static Error io(const QString& field, const QString& message) { return {Code::Io, field, message}; }

    // "field: message", or the message alone when no field is concerned.
    QString describe() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

template <typename T>
using Result = std::expected<T, Error>;

// For operations that return nothing on success.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error error) { return std::unexpected<Error>(std::move(error)); }

} // namespace sd
