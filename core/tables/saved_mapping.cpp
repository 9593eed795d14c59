#include "tables/saved_mapping.hpp"

#include <charconv>

namespace kat {
namespace {

std::string place_prefix(const SourcePlace& place)
{
    return place.sheet + "|" + std::to_string(place.first_row) + "," + std::to_string(place.first_column) + "|";
}

} // namespace

std::string_view saved_mapping_key(TableKind kind)
{
    switch (kind) {
    case TableKind::Opportunities: return "KeyAccount.Mapping.Opportunities";
    case TableKind::PartnerLedger: return "KeyAccount.Mapping.PartnerLedger";
    case TableKind::Invitees: return "KeyAccount.Mapping.Invitees";
    case TableKind::Stakeholders: break;
    }
    return "KeyAccount.Mapping.Stakeholders";
}

std::string saved_mapping_text(const SourcePlace& place, std::size_t header_row, const ColumnMapping& mapping)
{
    return place_prefix(place) + std::to_string(header_row) + "|" + mapping_to_text(mapping);
}

std::optional<DetectedTable> saved_mapping_table(std::string_view text, const SourcePlace& place, const Grid& grid,
                                                 TableKind kind)
{
    const std::string prefix = place_prefix(place);
    if (text.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    const std::string_view rest = text.substr(prefix.size());
    const std::size_t bar = rest.find('|');
    if (bar == std::string_view::npos || bar == 0)
        return std::nullopt;
    std::size_t header_row = 0;
    const auto [end, problem] = std::from_chars(rest.data(), rest.data() + bar, header_row);
    if (problem != std::errc() || end != rest.data() + bar)
        return std::nullopt;
    ColumnMapping mapping = mapping_from_text(rest.substr(bar + 1));
    const std::size_t width = grid.empty() ? 0 : grid[0].size();
    if (header_row >= grid.size() || mapping.columns.empty())
        return std::nullopt;
    for (const auto& entry : mapping.columns)
        if (entry.second >= width)
            return std::nullopt;
    return table_with_mapping(grid, kind, header_row, std::move(mapping));
}

} // namespace kat
