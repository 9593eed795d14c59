#include "values/cell_text.hpp"

#include <cstdio>

#include "text/fold.hpp"

namespace kat {

std::string cell_text(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
        return std::string(trim(cell.text));
    case Cell::Kind::Number: {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.15g", cell.number);
        return buffer;
    }
    case Cell::Kind::Empty:
    case Cell::Kind::Error:
        break;
    }
    return {};
}

} // namespace kat
