#pragma once

#include <QString>

#include <expected>
#include <vector>

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
        Storage,       // the database refused (full, corrupt, read-only)
        Busy,          // another program held the write lock past the wait: try again
        Io,            // a file could not be read or written
        Forbidden,     // the signed-in person's role may not do this (or nobody is signed in)
        SignIn,        // wrong login or password, account locked or deactivated
    };

    Error() = default;
    Error(Code code_, QString field_, QString message_)
        : code(code_)
        , field(std::move(field_))
        , message(std::move(message_))
    {
    }

    Code code = Code::Invalid;
    QString field;
    QString message;
    // Further problems found by the same check, so a form can mark every bad
    // field at once rather than one per attempt.
    std::vector<Error> others;

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

// Every problem a validation found: none is success, else the first carries the rest.
inline std::expected<void, Error> allOf(std::vector<Error> problems)
{
    if (problems.empty())
        return {};
    Error first = std::move(problems.front());
    first.others.assign(std::make_move_iterator(problems.begin() + 1), std::make_move_iterator(problems.end()));
    return std::unexpected<Error>(std::move(first));
}

} // namespace sd
