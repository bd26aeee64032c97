#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace holdfast {

/// A failure as a value: a stable code for programs and a sentence for people.
struct Error
{
    QString code; ///< stable snake_case identifier; safe to compare, log and send on the wire
    QString message; ///< one human sentence, translated where it is made; never contains secrets

    bool operator==(const Error &) const = default;
};

/// Either a value of T or an Error. Core's API returns these; exceptions never cross it.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_state);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_state);
    }
    /// Moves the value out. By value, so that `for (x : f().value())` cannot dangle.
    T value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_state));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The value, or `fallback` when this holds an error.
    T value_or(T fallback) const & { return ok() ? std::get<0>(m_state) : std::move(fallback); }

    const Error &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/// The outcome of an operation that yields nothing but may fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const Error &error() const
    {
        Q_ASSERT(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace holdfast
