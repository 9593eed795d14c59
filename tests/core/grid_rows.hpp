// Rows of a test grid written as text, as a user's sheet would hold them: "" is an empty cell.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "values/cell.hpp"

namespace kat::test {

inline std::vector<Cell> row(std::initializer_list<const char*> texts)
{
    std::vector<Cell> cells;
    for (const char* t : texts)
        cells.push_back(*t ? Cell::of(std::string(t)) : Cell::empty());
    return cells;
}

} // namespace kat::test
