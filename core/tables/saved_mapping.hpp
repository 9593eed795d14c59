// The column mapping a workbook keeps for each kind of table (a document property), so a
// colleague opening the file reads the table the same way. Both halves of the format live
// here: "Sheet|row,column|header_row|mapping" — where the table starts, its header row, and
// mapping_to_text's fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tables/table_mapping.hpp"

namespace kat {

// The document property that holds the mapping of one kind of table.
std::string_view saved_mapping_key(TableKind kind);

std::string saved_mapping_text(const SourcePlace& place, std::size_t header_row, const ColumnMapping& mapping);

// The saved mapping as the table at `place`, when the text is for that place, reads, and
// fits the grid; nullopt otherwise (another table, edited by hand, another version), and
// the table is detected instead.
std::optional<DetectedTable> saved_mapping_table(std::string_view text, const SourcePlace& place, const Grid& grid,
                                                 TableKind kind);

} // namespace kat
