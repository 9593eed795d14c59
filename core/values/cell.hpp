// A cell as the engine sees it, after the adapter has read it from Calc (or a test wrote it).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kat {

struct Cell {
    enum class Kind : std::uint8_t { Empty, Number, Text, Error };

    Kind kind = Kind::Empty;
    double number = 0.0;  // Kind::Number (Calc dates are numbers: serial days)
    std::string text;     // Kind::Text, UTF-8

    static Cell empty() { return Cell{}; }
    static Cell of(double value) { return Cell{Kind::Number, value, {}}; }
    static Cell of(std::string value) { return Cell{Kind::Text, 0.0, std::move(value)}; }
    static Cell error() { return Cell{Kind::Error, 0.0, {}}; }

    bool is_empty() const { return kind == Kind::Empty; }
};

// One column of a user's range, top to bottom.
using Column = std::vector<Cell>;

} // namespace kat
