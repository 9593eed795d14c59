#include "tables/table_readers.hpp"

namespace kat {

Result<std::vector<Stakeholder>> stakeholders_in(const Grid& grid, const DetectedTable& table)
{
    const Column names = field_column(grid, table, Field::PersonName), roles = field_column(grid, table, Field::Role),
                 influence = field_column(grid, table, Field::Influence), support = field_column(grid, table, Field::Support),
                 contact = field_column(grid, table, Field::Contact), counterparts = field_column(grid, table, Field::Counterpart),
                 modes = field_column(grid, table, Field::FeedbackMode), wins = field_column(grid, table, Field::PersonalWin),
                 results = field_column(grid, table, Field::BusinessResult);
    auto given = [&](Field f, const Column& c) { return table.mapping.has(f) ? &c : nullptr; };
    return read_stakeholders({&names, given(Field::Role, roles), given(Field::Influence, influence),
                              given(Field::Support, support), given(Field::Contact, contact),
                              given(Field::Counterpart, counterparts), given(Field::FeedbackMode, modes),
                              given(Field::PersonalWin, wins), given(Field::BusinessResult, results)});
}

} // namespace kat
