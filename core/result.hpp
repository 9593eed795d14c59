// Errors as values: core never throws across its public API. Each error has a kind that
// the UNO adapter maps to the matching Calc error value (#VALUE!, #N/A, #DIV/0!, #NUM!).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace kat {

enum class ErrorKind {
    BadArgument,     // an argument the function cannot use (unknown model name, bad shares) → #VALUE!
    SizeMismatch,    // ranges that should run side by side have different sizes → #VALUE!
    BadValue,        // a cell the engine cannot read (text in an amount column) → #VALUE!
    NotFound,        // a stage, role or person that is not known → #N/A
    DivisionByZero,  // a ratio whose denominator is zero (coverage against a 0 target) → #DIV/0!
    Cycle,           // reporting lines that loop → #VALUE!
};

inline constexpr std::size_t no_row = static_cast<std::size_t>(-1);

struct Error {
    ErrorKind kind;
    std::string message;     // English, for logs, tests and report status cells
    std::size_t row = no_row; // 0-based row inside the user's range, when one cell is to blame
};

// A value or an Error. Small on purpose: callers test ok(), then read value() or error().
template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    const T& value() const { return std::get<0>(state_); }
    T& value() { return std::get<0>(state_); }
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

inline Error make_error(ErrorKind kind, std::string message, std::size_t row = no_row)
{
    return Error{kind, std::move(message), row};
}

} // namespace kat
