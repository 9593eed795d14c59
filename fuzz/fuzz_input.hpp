// Turns a fuzzer's bytes into what the adapter hands core: a grid of cells. Rows are split
// at '\n', cells at '\t'; a cell "=…" is a number (strtod: inf, nan, 1e308 included),
// "!" an error value, "" empty, anything else text — invalid UTF-8 included, as a
// corrupted file could give.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "tables/table_mapping.hpp"
#include "values/cell.hpp"

namespace kat::fuzz {

inline Cell cell_of(std::string_view text)
{
    if (text.empty())
        return Cell::empty();
    if (text[0] == '!')
        return Cell::error();
    if (text[0] == '=')
        return Cell::of(std::strtod(std::string(text.substr(1)).c_str(), nullptr));
    return Cell::of(std::string(text));
}

inline Grid grid_of(const std::uint8_t* data, std::size_t size)
{
    Grid grid(1);
    std::string cell;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = static_cast<char>(data[i]);
        if (c == '\t' || c == '\n') {
            grid.back().push_back(cell_of(cell));
            cell.clear();
            if (c == '\n')
                grid.emplace_back();
        } else {
            cell += c;
        }
    }
    grid.back().push_back(cell_of(cell));
    return grid;
}

// Column c of the grid, padded with empty cells where a row is short.
inline Column column_of(const Grid& grid, std::size_t c)
{
    Column column;
    for (const auto& row : grid)
        column.push_back(c < row.size() ? row[c] : Cell::empty());
    return column;
}

// The rows made rectangular (what a range from a sheet always is).
inline Grid rectangular(Grid grid)
{
    std::size_t width = 0;
    for (const auto& row : grid)
        width = std::max(width, row.size());
    for (auto& row : grid)
        row.resize(width);
    return grid;
}

} // namespace kat::fuzz
