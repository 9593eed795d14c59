// What a report sheet holds, decided in core and drawn by the extension: cells (labels,
// values, live formulas over the user's range, array formulas), their look, a chart and
// a status line saying what was and was not mapped. The extension only renders this.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/labels.hpp"
#include "table.hpp"
#include "tables/table_mapping.hpp"

namespace kat {

enum class CellStyle { Plain, Title, Heading, TableHeader, Note, Input, Warning };
enum class NumberFormat { General, Integer, Money, Percent, Multiple, Date };

struct ReportItem {
    enum class Kind { Text, Number, Formula, ArrayFormula, Block, Formulas };
    Kind kind = Kind::Text;
    std::size_t row = 0;
    std::size_t column = 0;
    std::size_t rows = 1;      // ArrayFormula: the size of its result
    std::size_t columns = 1;
    std::string text;          // Text, or the formula ("=PIPELINE.TABLE(…)")
    double number = 0.0;
    CellStyle style = CellStyle::Plain;
    std::vector<NumberFormat> formats; // one per column of the item; empty: General
    std::vector<NumberFormat> last_row_formats; // ArrayFormula: the last row's own, where not General
    Table block;                       // Block: values written in one go (long lists); Formulas: formula texts
    std::size_t span = 1;              // Text: merged over so many columns and wrapped (notes)
};

// A bar chart over a block of the report: the first column names the bars, the other
// columns are series. A funnel is two stacked series, the first an invisible offset that
// centres the second.
struct ChartSpec {
    std::string name;
    std::string title;
    std::size_t first_row = 0, first_column = 0, last_row = 0, last_column = 0; // header row included
    std::size_t anchor_row = 0, anchor_column = 0;
    long width = 16000, height = 9000; // 1/100 mm
    bool funnel = false;
    std::vector<long> colours; // per series (RGB), where not the office's own
};

// A coloured area (the role map's green / yellow / red grid), its text wrapped in the cells.
struct CellFill {
    std::size_t row = 0, column = 0, rows = 1, columns = 1;
    long colour = 0xFFFFFF; // RGB
};

// Cells the user is meant to edit (targets, dates), so a rebuild can read them back.
struct InputArea {
    std::string key; // what they hold, e.g. "targets"
    std::size_t row = 0, column = 0, rows = 1, columns = 1;
};

// How the sheet prints: the report's own page style (landscape or not, scaled to so many
// pages wide and tall; 0 = as many as it takes), with the source range, the report's name
// and the date printed in the header and "page n of m" in the footer, and manual page
// breaks before the listed rows.
struct PageSetup {
    bool landscape = false;
    std::size_t pages_wide = 1;
    std::size_t pages_tall = 0;
    std::vector<std::size_t> breaks_before_rows;
    std::string source; // "'商机'.A1:H65": the table the report reads, for the header
    // Rows above this one are for the screen only: printing the sheet starts here.
    std::optional<std::size_t> print_from_row;
};

struct ReportSheet {
    std::string name; // the sheet's name, in the UI language
    std::vector<ReportItem> items;
    std::vector<ChartSpec> charts;
    std::vector<long> column_widths; // 1/100 mm, from column A; 0 keeps Calc's width
    std::size_t status_row = 2, status_column = 1; // where the status text is
    std::string status;
    // The cell where the user types the sales target (funnel report), so a rebuild can keep it.
    std::optional<std::pair<std::size_t, std::size_t>> target_cell;
    std::vector<InputArea> inputs;
    // Helper columns only a chart reads: hidden on screen and in print (the chart still
    // plots them).
    std::vector<std::size_t> hidden_columns;
    PageSetup page;
    std::vector<CellFill> fills;
    // Rows that hold wrapped text over merged cells (Calc does not size those itself):
    // row → height in 1/100 mm. Filled by fit_wrapped_rows.
    std::vector<std::pair<std::size_t, long>> row_heights;

    const InputArea* input(std::string_view key) const;
};

// Adds items to a sheet, one call per cell or array.
struct ReportWriter {
    ReportSheet& sheet;
    void text(std::size_t row, std::size_t column, std::string value, CellStyle style = CellStyle::Plain);
    // A note over `span` columns, wrapped: stays inside the table's width (charts sit beside it).
    void note(std::size_t row, std::size_t column, std::size_t span, std::string value);
    void number(std::size_t row, std::size_t column, double value, CellStyle style, NumberFormat format);
    void formula(std::size_t row, std::size_t column, std::string text, NumberFormat format = NumberFormat::General,
                 CellStyle style = CellStyle::Plain);
    // The array's first row is its header row (every PIPELINE/ICM/ROLE array has one).
    void array(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns, std::string text,
               std::vector<NumberFormat> formats, CellStyle first_row_style = CellStyle::TableHeader);
    // Rows of formulas ("=…", or plain text), written in one go: long lists of live references.
    void formulas(std::size_t row, std::size_t column, Table rows, std::vector<NumberFormat> formats);
    // Rows of values; the first row styled as given (a header row).
    void block(std::size_t row, std::size_t column, Table rows, std::vector<NumberFormat> formats,
               CellStyle first_row_style = CellStyle::TableHeader);

private:
    ReportItem& add(ReportItem::Kind kind, std::size_t row, std::size_t column, CellStyle style,
                    std::vector<NumberFormat> formats);
};

// Heights for the rows of spanned notes, from their text's width (CJK characters are
// twice as wide as Latin ones at the note's 10 pt) and the columns' widths (Calc's default
// where the sheet keeps it). Call once the plan is complete.
void fit_wrapped_rows(ReportSheet& sheet);

// "$'Sheet 1'.$C$3:$C$67": a mapped field's data cells, for formulas.
std::string data_range(const SourcePlace& place, const DetectedTable& table, Field field);
// "$'Sheet 1'.$C$9": one data row's cell of a mapped field (0-based data row), for a live
// reference to that very cell.
std::string data_cell(const SourcePlace& place, const DetectedTable& table, Field field, std::size_t data_row);
// "$'Sheet 1'.$A$1:$H$67": the whole table, header included.
std::string table_range(const SourcePlace& place, const DetectedTable& table, std::size_t width);
// "C7", "$C$7" for cells of the report sheet itself.
std::string cell_name(std::size_t row, std::size_t column, bool absolute = false);
std::string column_name(std::size_t column);
// A string literal for a formula: "a""b".
std::string formula_string(std::string_view text);

// Lines every report starts with: title, source, status. Adds them to the sheet and
// returns the first free row.
std::size_t add_report_header(ReportSheet& sheet, std::string_view title, const Grid& grid, const DetectedTable& table,
                              const SourcePlace& place, Language language);

// "OK" or "Not mapped: probability, forecast category · Other headers: 备注", in the language.
std::string mapping_status(const DetectedTable& table, Language language);
// The short form for the sidebar: "12 columns mapped · not mapped: Collected".
std::string mapping_summary(const DetectedTable& table, Language language);

// "Stage, Amount": field titles joined in the UI language.
std::string field_list(const std::vector<Field>& fields, Language language);

} // namespace kat
