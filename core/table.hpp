// An array result: rows of cells that may be numbers, text, empty or a Calc error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace kat {

struct TableCell {
    enum class Kind { Empty, Number, Text, Error };
    Kind kind = Kind::Empty;
    double number = 0.0;
    std::string text;
    ErrorKind error = ErrorKind::BadValue;

    static TableCell empty() { return {}; }
    static TableCell of(double value) { return {Kind::Number, value, {}, ErrorKind::BadValue}; }
    static TableCell of(std::string_view value) { return {Kind::Text, 0.0, std::string(value), ErrorKind::BadValue}; }
    static TableCell failed(ErrorKind kind) { return {Kind::Error, 0.0, {}, kind}; }
    // value ÷ denominator, or #DIV/0! when the denominator is zero.
    static TableCell ratio(double value, double denominator)
    {
        return denominator == 0.0 ? failed(ErrorKind::DivisionByZero) : of(value / denominator);
    }
};

using TableRow = std::vector<TableCell>;
using Table = std::vector<TableRow>;

} // namespace kat
