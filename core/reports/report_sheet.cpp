#include "reports/report_sheet.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace kat {
namespace {

std::string quoted_sheet(const std::string& sheet)
{
    std::string out = "$'";
    for (char c : sheet)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace

std::string field_list(const std::vector<Field>& fields, Language language)
{
    std::string text;
    for (Field f : fields)
        text += (text.empty() ? "" : label_text(Label::ListSeparator, language)) + field_title(f, language);
    return text;
}

ReportItem& ReportWriter::add(ReportItem::Kind kind, std::size_t row, std::size_t column, CellStyle style,
                              std::vector<NumberFormat> formats)
{
    ReportItem item;
    item.kind = kind;
    item.row = row;
    item.column = column;
    item.style = style;
    item.formats = std::move(formats);
    sheet.items.push_back(std::move(item));
    return sheet.items.back();
}

void ReportWriter::text(std::size_t row, std::size_t column, std::string value, CellStyle style)
{
    add(ReportItem::Kind::Text, row, column, style, {}).text = std::move(value);
}

void ReportWriter::note(std::size_t row, std::size_t column, std::size_t span, std::string value)
{
    ReportItem& item = add(ReportItem::Kind::Text, row, column, CellStyle::Note, {});
    item.text = std::move(value);
    item.span = std::max<std::size_t>(span, 1);
}

void fit_wrapped_rows(ReportSheet& sheet)
{
    constexpr long default_width = 2258;           // Calc's column width, 1/100 mm
    constexpr double latin = 190.0, wide = 353.0;  // average advance at 10 pt, 1/100 mm
    constexpr long line_height = 452, padding = 60; // 1/100 mm
    sheet.row_heights.clear();
    for (const ReportItem& item : sheet.items) {
        if (item.kind != ReportItem::Kind::Text || item.span < 2)
            continue;
        long width = 0;
        for (std::size_t c = item.column; c < item.column + item.span; ++c)
            width += c < sheet.column_widths.size() && sheet.column_widths[c] > 0 ? sheet.column_widths[c] : default_width;
        double text_width = 0.0;
        for (std::size_t i = 0; i < item.text.size(); ++i) {
            const unsigned char byte = static_cast<unsigned char>(item.text[i]);
            if ((byte & 0xC0) == 0x80)
                continue; // a continuation byte: counted with its lead
            // Lead bytes of U+2E80 and above (CJK, full-width punctuation) are E2 BA.. and higher.
            const bool is_wide = byte >= 0xE3 || (byte == 0xE2 && i + 1 < item.text.size() &&
                                                  static_cast<unsigned char>(item.text[i + 1]) >= 0xBA);
            text_width += is_wide ? wide : latin;
        }
        // Whole words move to the next line: a tenth more than the bare width.
        const long lines = std::max(1L, static_cast<long>(std::ceil(text_width * 1.1 / static_cast<double>(std::max(width - 200, 1L)))));
        sheet.row_heights.emplace_back(item.row, lines * line_height + padding);
    }
}

void ReportWriter::number(std::size_t row, std::size_t column, double value, CellStyle style, NumberFormat format)
{
    add(ReportItem::Kind::Number, row, column, style, {format}).number = value;
}

void ReportWriter::formula(std::size_t row, std::size_t column, std::string text, NumberFormat format, CellStyle style)
{
    add(ReportItem::Kind::Formula, row, column, style, {format}).text = std::move(text);
}

void ReportWriter::array(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns, std::string text,
                         std::vector<NumberFormat> formats, CellStyle first_row_style)
{
    ReportItem& item = add(ReportItem::Kind::ArrayFormula, row, column, first_row_style, std::move(formats));
    item.rows = rows;
    item.columns = columns;
    item.text = std::move(text);
}

void ReportWriter::formulas(std::size_t row, std::size_t column, Table rows, std::vector<NumberFormat> formats)
{
    ReportItem& item = add(ReportItem::Kind::Formulas, row, column, CellStyle::Plain, std::move(formats));
    item.rows = rows.size();
    for (const TableRow& r : rows)
        item.columns = std::max(item.columns, r.size());
    item.block = std::move(rows);
}

void ReportWriter::block(std::size_t row, std::size_t column, Table rows, std::vector<NumberFormat> formats,
                         CellStyle first_row_style)
{
    ReportItem& item = add(ReportItem::Kind::Block, row, column, first_row_style, std::move(formats));
    item.rows = rows.size();
    for (const TableRow& r : rows)
        item.columns = std::max(item.columns, r.size());
    item.block = std::move(rows);
}

const InputArea* ReportSheet::input(std::string_view key) const
{
    for (const InputArea& area : inputs)
        if (area.key == key)
            return &area;
    return nullptr;
}

std::string column_name(std::size_t column)
{
    std::string letters;
    ++column;
    while (column > 0) {
        const std::size_t rest = (column - 1) % 26;
        letters.insert(letters.begin(), static_cast<char>('A' + rest));
        column = (column - 1) / 26;
    }
    return letters;
}

std::string cell_name(std::size_t row, std::size_t column, bool absolute)
{
    const std::string dollar = absolute ? "$" : "";
    return dollar + column_name(column) + dollar + std::to_string(row + 1);
}

std::string data_range(const SourcePlace& place, const DetectedTable& table, Field field)
{
    const std::size_t column = place.first_column + table.mapping.column_of(field).value_or(0);
    // A table with a header only still gets a one-row range, so formulas stay valid.
    const std::size_t first = place.first_row + table.header_row + 1;
    const std::size_t last = std::max(first, place.first_row + table.last_row);
    return quoted_sheet(place.sheet) + "." + cell_name(first, column, true) + ":" + cell_name(last, column, true);
}

std::string data_cell(const SourcePlace& place, const DetectedTable& table, Field field, std::size_t data_row)
{
    const std::size_t column = place.first_column + table.mapping.column_of(field).value_or(0);
    return quoted_sheet(place.sheet) + "." + cell_name(place.first_row + table.header_row + 1 + data_row, column, true);
}

std::string table_range(const SourcePlace& place, const DetectedTable& table, std::size_t width)
{
    return quoted_sheet(place.sheet) + "." + cell_name(place.first_row + table.header_row, place.first_column, true) + ":" +
           cell_name(place.first_row + table.last_row, place.first_column + (width ? width - 1 : 0), true);
}

std::string formula_string(std::string_view text)
{
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string mapping_status(const DetectedTable& table, Language language)
{
    std::vector<Field> mapped;
    for (const auto& entry : table.mapping.columns)
        mapped.push_back(entry.first);
    std::string status = (label_text(Label::Mapped, language)) + field_list(mapped, language);
    if (!table.missing.empty())
        status += (label_text(Label::NotMapped, language)) + field_list(table.missing, language);
    if (!table.unmapped_headers.empty()) {
        std::string others;
        for (const std::string& h : table.unmapped_headers)
            others += (others.empty() ? "" : (label_text(Label::ListSeparator, language))) + h;
        status += (label_text(Label::OtherColumns, language)) + others;
    }
    return status;
}

std::string mapping_summary(const DetectedTable& table, Language language)
{
    const std::size_t count = table.mapping.columns.size();
    std::string summary = format_label(count == 1 ? Label::ColumnsMappedOne : Label::ColumnsMapped, language, {std::to_string(count)});
    if (!table.missing.empty())
        summary += (label_text(Label::NotMappedLower, language)) + field_list(table.missing, language);
    return summary;
}

std::size_t add_report_header(ReportSheet& sheet, std::string_view title, const Grid& grid, const DetectedTable& table,
                              const SourcePlace& place, Language language)
{
    const std::string source = table_range(place, table, grid.empty() ? 1 : grid[table.header_row].size());
    ReportWriter w{sheet};
    auto text = [&](std::size_t row, std::size_t column, std::string value, CellStyle style) {
        w.text(row, column, std::move(value), style);
    };
    text(0, 0, std::string(title), CellStyle::Title);
    text(1, 0, label_text(Label::SourceHeading, language), CellStyle::Note);
    text(1, 1, format_label(Label::SourceRows, language, {source, std::to_string(table.data_rows())}), CellStyle::Note);
    text(2, 0, label_text(Label::StatusHeading, language), CellStyle::Note);
    sheet.status_row = 2;
    sheet.status_column = 1;
    sheet.status = mapping_status(table, language);
    text(2, 1, sheet.status, CellStyle::Note);
    // The header repeats it on every page, without the $ signs a formula needs.
    sheet.page.source.clear();
    std::remove_copy(source.begin(), source.end(), std::back_inserter(sheet.page.source), '$');
    return 4;
}

} // namespace kat
