#include "reports/rebate_report.hpp"

#include "functions/registry.hpp"
#include "icm/partner_statement.hpp"
#include "icm/policy_form.hpp"

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

    // One block per partner and period, each figure pointing into the statement table.
    const std::size_t blocks_top = row;
    const std::size_t block_height = 11;
    const std::size_t table_top = blocks_top + (lines.ok() ? line_count * block_height : 0) + 1;
    const std::vector<std::pair<Label, std::size_t>> figures = {
        {Label::DirectSales, 2}, {Label::Collected, 3}, {Label::SingleRebatePaid, 4}, {Label::Clawback, 10},
        {Label::Pending, 5},     {Label::IndirectSales, 6}, {Label::VolumeBase, 7}, {Label::VolumeRebate, 8},
        {Label::TotalPayable, 9}};
    if (lines.ok())
        for (std::size_t i = 0; i < line_count; ++i) {
            const std::size_t line_row = table_top + 2 + i; // heading, header row, then lines
            std::size_t r = blocks_top + i * block_height;
            w.formula(r++, 0, "=" + cell_name(line_row, 0, true) + "&IF(" + cell_name(line_row, 1, true) + "=\"\";\"\";\" · \"&" +
                                  cell_name(line_row, 1, true) + ")",
                      NumberFormat::General, CellStyle::Heading);
            for (const auto& [label_name, column] : figures) {
                const bool total = label_name == Label::TotalPayable;
                w.text(r, 0, std::string(label(label_name, language)), total ? CellStyle::TableHeader : CellStyle::Plain);
                w.formula(r++, 1, "=" + cell_name(line_row, column, true), NumberFormat::Money,
                          total ? CellStyle::TableHeader : CellStyle::Plain);
            }
        }

    w.text(table_top, 0, label_text(Label::StatementTableLiveFormula, language), CellStyle::Heading);
    std::vector<NumberFormat> formats(11, NumberFormat::Money);
    formats[0] = formats[1] = NumberFormat::General;
    w.array(table_top + 1, 0, line_count + 1, 11, "=" + statement, formats);
    sheet.column_widths = {4600, 3200, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000};
    return sheet;
}

} // namespace kat
