// Several columns of one user table read side by side (SPEC §3): deals, stakeholders, a
// partner ledger, campaigns. They must run the same length — ranges of different sizes are
// an error, never a silent truncation — and a row whose given cells are all blank is no
// row at all (a gap in the table, the empty tail of a whole column).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

class SideBySide {
public:
    // nullptr entries are columns the caller was not given.
    SideBySide(std::initializer_list<const Column*> columns);

    // The common length; SizeMismatch ("<what> have different numbers of rows") otherwise.
    Result<std::size_t> rows(const std::string& what) const;

    // True when every given column's cell in this row is empty.
    bool blank_row(std::size_t row) const;

private:
    std::vector<const Column*> columns_;
};

} // namespace kat
