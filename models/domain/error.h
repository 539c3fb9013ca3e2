// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cc {

/**
 * What went wrong, in two registers: a translated sentence for the person at the desk
 * (`userMessage`) and the technical detail for "Show details" and the log (`detail`).
 * `kind` lets callers choose the exit code or the reaction (retry on Busy, and so on).
 */
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(cc::Error)
public:
    enum class Kind {
        Open,        ///< the file or server could not be opened
        Constraint,  ///< a uniqueness or reference rule of the store refused the change
        Busy,        ///< another program holds the database
        Corrupt,     ///< not a database, or a damaged one
        DiskFull,
        ReadOnly,    ///< the location or file cannot be written
        Migration,   ///< a schema step failed (it was rolled back)
        TooNew,      ///< the database was written by a newer CleanClaim
        Forbidden,   ///< the user's role may not take this action
        NotFound,
        Invalid,     ///< the input is wrong (a code, a charge, a file)
        Conflict,    ///< another seat changed the record first
        Auth,        ///< wrong user name or password
        Cancelled,   ///< the user stopped a long action; nothing was changed
        Other
    };

    Kind kind = Kind::Other;
    QString userMessage;
    QString detail;

    static Error make(Kind kind, const QString &userMessage, const QString &detail = {})
    {
        return Error{kind, userMessage, detail};
    }
    static Error forbidden(const QString &action);
    static Error invalid(const QString &userMessage, const QString &detail = {})
    {
        return make(Kind::Invalid, userMessage, detail);
    }
    static Error notFound(const QString &userMessage) { return make(Kind::NotFound, userMessage); }

    /// Exit code of the headless commands (DESIGN.md §6): 1 input, 3 database refused.
    int exitCode() const;
    /// Untranslated kind name for logs and tests.
    static const char *kindName(Kind kind);
};

using DbError = Error;

/**
 * A value or an Error: what repositories and services return instead of throwing
 * (std::expected arrives with C++23).
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace cc
