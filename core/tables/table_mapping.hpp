// Reading a user's table (SPEC §3): find the header row of the table around the current
// cell and map its columns to fields by alias — English, Simplified and Traditional
// Chinese, any case or width — and say what could not be mapped. The mapping is also
// written to and read back from one line of text, so the document can keep it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/labels.hpp"
#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

enum class TableKind { Opportunities, PartnerLedger, Stakeholders, Invitees };

// Where the user's table is: the sheet's name and the grid's top-left cell on it.
struct SourcePlace {
    std::string sheet;
    std::size_t first_row = 0;
    std::size_t first_column = 0;
};

enum class Field {
    // opportunities
    DealName, Account, Stage, Amount, Probability, Owner, CloseDate, Created, StageEntered,
    ForecastCategory, Collected, Region, Product,
    // partner ledger (amount and collected are shared with opportunities)
    Partner, PartnerType, Date,
    // stakeholders
    PersonName, Title, Department, ReportsTo, Role, Influence, Support, Contact, Counterpart,
    // stakeholders, strategic selling: how each person sees the deal and what they win
    FeedbackMode, PersonalWin, BusinessResult,
    // opportunities: the campaign or event that sourced the deal
    Campaign,
    // an event's invitees (name and account are shared)
    InviteList, InviteStatus, Interest, Satisfaction,
};

// Stable code for storage ("stage", "reports_to").
std::string_view field_code(Field field);
std::optional<Field> field_from_code(std::string_view code);
// For reports: "Stage" / "阶段".
std::string field_title(Field field, Language language);

// The fields a kind of table can have, the ones it cannot do without first.
const std::vector<Field>& fields_of(TableKind kind);
const std::vector<Field>& required_fields(TableKind kind);

// True when the cell is a column header the table reader knows — a field's alias in any
// script ("销售阶段", "deal_stage", "Amount (USD)") or a word sheet functions' ranges are
// headed with ("结果", "Outcome", "成本") — for skipping a header row in a range argument.
bool is_known_header(const Cell& cell);
// True when the cell is one of that field's headers ("支持度", "Support" for Support).
bool is_header_of(const Cell& cell, Field field);

// A rectangle of cells as read from the sheet, row by row.
using Grid = std::vector<std::vector<Cell>>;

struct ColumnMapping {
    std::vector<std::pair<Field, std::size_t>> columns; // field → 0-based column in the grid

    std::optional<std::size_t> column_of(Field field) const;
    bool has(Field field) const { return column_of(field).has_value(); }
    void set(Field field, std::size_t column);
};

struct DetectedTable {
    TableKind kind = TableKind::Opportunities;
    std::size_t header_row = 0;   // in the grid
    std::size_t last_row = 0;     // last data row in the grid (== header_row when there is none)
    ColumnMapping mapping;
    std::vector<Field> missing;              // fields of the kind that no header names
    std::vector<std::string> unmapped_headers; // headers that name no field

    std::size_t data_rows() const { return last_row - header_row; }
};

// Searches the first rows of the grid (the region around the current cell) for the row
// whose cells name most fields of the kind, then maps them: an exact alias first, then a
// header that contains an alias ("商机金额(元)"). Each field and each column is used once.
// NotFound when no row names all the kind's required fields.
Result<DetectedTable> detect_table(const Grid& grid, TableKind kind);

// The header row and the data below it, mapped as given (a mapping the user fixed).
DetectedTable table_with_mapping(const Grid& grid, TableKind kind, std::size_t header_row, ColumnMapping mapping);

// The data cells of a mapped field, top to bottom; empty cells when the field is not mapped.
Column field_column(const Grid& grid, const DetectedTable& table, Field field);

// "stage=2;amount=3" and back; unknown codes are skipped when reading.
std::string mapping_to_text(const ColumnMapping& mapping);
ColumnMapping mapping_from_text(std::string_view text);

} // namespace kat
