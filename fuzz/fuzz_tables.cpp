// Header detection and column mapping: every kind of table, and mapping text read back.
#include "fuzz_input.hpp"
#include "tables/table_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    const Grid grid = fuzz::rectangular(fuzz::grid_of(data, size));
    for (TableKind kind : {TableKind::Opportunities, TableKind::PartnerLedger, TableKind::Stakeholders}) {
        const Result<DetectedTable> table = detect_table(grid, kind);
        if (!table.ok())
            continue;
        for (Field f : fields_of(kind))
            (void)field_column(grid, table.value(), f);
        const ColumnMapping back = mapping_from_text(mapping_to_text(table.value().mapping));
        (void)table_with_mapping(grid, kind, table.value().header_row, back);
        if (kind == TableKind::Stakeholders)
            (void)stakeholders_in(grid, table.value());
    }
    (void)mapping_from_text(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
