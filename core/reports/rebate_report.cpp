#include "reports/rebate_report.hpp"

#include "functions/registry.hpp"
#include "icm/partner_statement.hpp"
#include "icm/policy_form.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"

#include <algorithm>
#include <unordered_map>

namespace kat {

using functions::formula_call;


std::vector<std::vector<Cell>> seed_policy_rows(Language language)
{
    return policy_rows(PolicyForm{}, language).value(); // the seed's form is valid by construction
}

ReportSheet rebate_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                          const std::vector<std::vector<Cell>>& policy_rows, Language language)
{
    ReportSheet sheet;
    sheet.name = label_text(Label::RebateStatements, language);
    ReportWriter w{sheet};
    std::size_t row = add_report_header(sheet, label_text(Label::PartnerRebateStatementsICM, language), grid, table, place, language);

    // The policy, editable: the statements below follow it.
    w.text(row++, 0, label_text(Label::PolicyUsedEditStatementsFollow, language), CellStyle::Heading);
    const std::size_t policy_top = row;
    for (const std::vector<Cell>& setting : policy_rows) {
        for (std::size_t c = 0; c < setting.size(); ++c) {
            const Cell& cell = setting[c];
            // Column 2 is a tier's rate; in column 1 a fraction below 1 is a rate, else an amount.
            const bool rate = cell.kind == Cell::Kind::Number && (c == 2 || (c == 1 && cell.number < 1.0));
            if (cell.kind == Cell::Kind::Number)
                w.number(row, c, cell.number, CellStyle::Input, rate ? NumberFormat::Percent : NumberFormat::Money);
            else
                w.text(row, c, cell.kind == Cell::Kind::Text ? cell.text : "", c == 0 ? CellStyle::Plain : CellStyle::Input);
        }
        ++row;
    }
    const std::size_t policy_width = policy_rows.empty() ? 2 : std::max<std::size_t>(2, policy_rows[0].size());
    const std::string policy = policy_rows.empty() ? ""
        : cell_name(policy_top, 0, true) + ":" + cell_name(row - 1, policy_width - 1, true);
    ++row;

    // How many partner-period lines there will be, to size the array.
    const Column partners = field_column(grid, table, Field::Partner), types = field_column(grid, table, Field::PartnerType),
                 amounts = field_column(grid, table, Field::Amount), collected = field_column(grid, table, Field::Collected),
                 dates = field_column(grid, table, Field::Date);
    LedgerColumns ledger{&partners, &types, &amounts, &collected, table.mapping.has(Field::Date) ? &dates : nullptr};
    const Result<RebatePolicy> parsed = rebate_policy_from_rows(policy_rows);
    const Result<std::vector<StatementLine>> lines =
        parsed.ok() ? partner_statements(ledger, parsed.value(), language) : Result<std::vector<StatementLine>>(parsed.error());
    const std::size_t line_count = lines.ok() ? lines.value().size() : 1;

    const std::string statement = formula_call(
        "ICM.STATEMENT", {data_range(place, table, Field::Partner), data_range(place, table, Field::PartnerType),
                          data_range(place, table, Field::Amount), data_range(place, table, Field::Collected),
                          table.mapping.has(Field::Date) ? data_range(place, table, Field::Date) : "", policy});
    if (!lines.ok())
        w.text(row++, 0, (label_text(Label::LedgerHasProblem, language)) + lines.error().message, CellStyle::Warning);

    // The statement table first (the rep's overview), then one page per partner: what a
    // partner can be handed without seeing the others'.
    const std::size_t table_top = row;
    w.text(table_top, 0, label_text(Label::StatementTableLiveFormula, language), CellStyle::Heading);
    std::vector<NumberFormat> formats(11, NumberFormat::Money);
    formats[0] = formats[1] = NumberFormat::General;
    w.array(table_top + 1, 0, line_count + 1, 11, "=" + statement, formats);
    row = table_top + line_count + 3;
    if (!lines.ok()) {
        sheet.column_widths = {4600, 3200, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000};
        return sheet;
    }

    const std::vector<std::pair<Label, std::size_t>> figures = {
        {Label::DirectSales, 2}, {Label::Collected, 3}, {Label::SingleRebatePaid, 4}, {Label::Clawback, 10},
        {Label::Pending, 5},     {Label::IndirectSales, 6}, {Label::VolumeBase, 7}, {Label::VolumeRebate, 8},
        {Label::TotalPayable, 9}};
    // The policy's first row is the single rebate rate (policy_rows writes it first).
    const std::string rate = cell_name(policy_top, 1, true);
    const auto ledger_cell = [&](Field f, std::size_t r) { return data_cell(place, table, f, r); };
    std::vector<std::string> partner_order;
    for (const StatementLine& line : lines.value())
        if (std::find(partner_order.begin(), partner_order.end(), line.partner) == partner_order.end())
            partner_order.push_back(line.partner);
    // Each partner's ledger rows, found in one pass (names folded once per row).
    std::unordered_map<std::string, std::vector<std::size_t>> sales_of;
    for (std::size_t r = 0; r < partners.size(); ++r)
        sales_of[fold_key(cell_text(partners[r]))].push_back(r);
    // Printed, the sheet is the partners' pages alone (two partners, two pages); the
    // overview above stays on screen, and says so.
    if (!partner_order.empty()) {
        w.note(row - 1, 0, 9, label_text(Label::OverviewNotPrinted, language));
        ++row;
        sheet.page.print_from_row = row;
    }
    for (const std::string& partner : partner_order) {
        sheet.page.breaks_before_rows.push_back(row);
        w.text(row++, 0, format_label(Label::PartnerStatementTitle, language, {partner}), CellStyle::Title);
        // The policy, live from the editable one on the first page.
        w.text(row++, 0, label_text(Label::PolicyHeading, language), CellStyle::Heading);
        for (std::size_t p = 0; p < policy_rows.size(); ++p, ++row)
            for (std::size_t c = 0; c < policy_rows[p].size(); ++c) {
                const Cell& cell = policy_rows[p][c];
                const bool is_rate = cell.kind == Cell::Kind::Number && (c == 2 || (c == 1 && cell.number < 1.0));
                w.formula(row, c, "=" + cell_name(policy_top + p, c, true),
                          cell.kind != Cell::Kind::Number ? NumberFormat::General
                          : is_rate                       ? NumberFormat::Percent
                                                          : NumberFormat::Money);
            }
        ++row;
        // Every sale of the partner (the customer where the ledger names one), each cell
        // pointing at the ledger row.
        w.text(row++, 0, label_text(Label::PartnerSales, language), CellStyle::Heading);
        const std::vector<Field> shown = {Field::Account, Field::Date, Field::PartnerType, Field::Amount, Field::Collected};
        std::size_t c = 0;
        for (Field f : shown)
            if (table.mapping.has(f))
                w.text(row, c++, field_title(f, language), CellStyle::TableHeader);
        w.text(row, c++, label_text(Label::RebateNow, language), CellStyle::TableHeader);
        w.text(row++, c, label_text(Label::Pending, language), CellStyle::TableHeader);
        // One block of live references per partner: a long ledger is written in one call.
        Table lines_of_partner;
        for (std::size_t r : sales_of[fold_key(partner)]) {
            TableRow line;
            for (Field f : shown)
                if (table.mapping.has(f))
                    line.push_back(TableCell::of("=" + ledger_cell(f, r)));
            if (is_direct_sale(types[r]).value_or(false)) {
                line.push_back(TableCell::of("=" + formula_call("ICM.REBATE", {ledger_cell(Field::Collected, r), rate})));
                line.push_back(TableCell::of(
                    "=" + formula_call("ICM.PENDING", {ledger_cell(Field::Amount, r), ledger_cell(Field::Collected, r), rate})));
            } else {
                line.push_back(TableCell::of(label_text(Label::CountsTowardVolume, language)));
            }
            lines_of_partner.push_back(std::move(line));
        }
        std::vector<NumberFormat> line_formats;
        for (Field f : shown)
            if (table.mapping.has(f))
                line_formats.push_back(f == Field::Date                                 ? NumberFormat::Date
                                       : f == Field::PartnerType || f == Field::Account ? NumberFormat::General
                                                                                       : NumberFormat::Money);
        line_formats.push_back(NumberFormat::Money);
        line_formats.push_back(NumberFormat::Money);
        const std::size_t listed = lines_of_partner.size();
        if (listed > 0)
            w.formulas(row, 0, std::move(lines_of_partner), std::move(line_formats));
        row += listed;
        ++row;
        // The partner's statement per period, each figure pointing into the statement table.
        for (std::size_t i = 0; i < line_count; ++i) {
            if (lines.value()[i].partner != partner)
                continue;
            const std::size_t line_row = table_top + 2 + i; // heading, header row, then lines
            w.formula(row++, 0, "=" + cell_name(line_row, 0, true) + "&IF(" + cell_name(line_row, 1, true) + "=\"\";\"\";\" · \"&" +
                                    cell_name(line_row, 1, true) + ")",
                      NumberFormat::General, CellStyle::Heading);
            for (const auto& [label_name, column] : figures) {
                const bool total = label_name == Label::TotalPayable;
                w.text(row, 0, std::string(label(label_name, language)), total ? CellStyle::TableHeader : CellStyle::Plain);
                w.formula(row++, 1, "=" + cell_name(line_row, column, true), NumberFormat::Money,
                          total ? CellStyle::TableHeader : CellStyle::Plain);
            }
            ++row;
        }
    }
    sheet.page.landscape = true;
    sheet.column_widths = {4600, 3200, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000};
    return sheet;
}

} // namespace kat
