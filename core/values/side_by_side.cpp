#include "values/side_by_side.hpp"

namespace kat {

SideBySide::SideBySide(std::initializer_list<const Column*> columns)
{
    for (const Column* column : columns)
        if (column)
            columns_.push_back(column);
}

Result<std::size_t> SideBySide::rows(const std::string& what) const
{
    if (columns_.empty())
        return std::size_t(0);
    const std::size_t length = columns_.front()->size();
    for (const Column* column : columns_)
        if (column->size() != length)
            return make_error(ErrorKind::SizeMismatch, what + " have different numbers of rows");
    return length;
}

bool SideBySide::blank_row(std::size_t row) const
{
    for (const Column* column : columns_)
        if (!(*column)[row].is_empty())
            return false;
    return true;
}

} // namespace kat
