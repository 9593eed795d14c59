#include "reports/role_map_report.hpp"

#include "functions/registry.hpp"
#include "stakeholders/role_map.hpp"
#include "tables/table_readers.hpp"

namespace kat {

using functions::formula_call;

namespace {

std::string fields_missing(const DetectedTable& table, std::initializer_list<Field> needed, bool zh)
{
    std::string missing;
    for (Field f : needed)
        if (!table.mapping.has(f))
            missing += (missing.empty() ? "" : (zh ? "、" : ", ")) + field_title(f, zh);
    return missing;
}

} // namespace

ReportSheet role_map_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place, Language language)
{
    const bool zh = language == Language::Chinese;
    ReportSheet sheet;
    sheet.name = zh ? "角色地图" : "Role map";
    ReportWriter w{sheet};
    std::size_t row = add_report_header(sheet, zh ? "关键角色地图" : "Stakeholder role map",
                                        table_range(place, table, grid.empty() ? 1 : grid[table.header_row].size()),
                                        table, language);
    auto range = [&](Field f) { return data_range(place, table, f); };
    auto not_possible = [&](const std::string& missing) {
        w.text(row++, 0, (zh ? "无法生成:缺少列 " : "Not possible: no column for ") + missing, CellStyle::Warning);
        ++row;
    };

    // Read once, as the functions will, to size the arrays.
    const Result<std::vector<Stakeholder>> people = stakeholders_in(grid, table);
    if (!people.ok())
        w.text(row++, 0, (zh ? "名单有问题:" : "The list has a problem: ") + people.error().message, CellStyle::Warning);

    w.text(row++, 0, zh ? "影响力 × 支持度" : "Influence × support", CellStyle::Heading);
    if (const std::string missing = fields_missing(table, {Field::Influence, Field::Support}, zh); !missing.empty()) {
        not_possible(missing);
    } else {
        const std::size_t rows = people.ok() ? role_matrix(people.value(), language).size() : 1;
        const std::size_t columns = people.ok() ? role_matrix(people.value(), language)[0].size() : 1;
        w.array(row, 0, rows, columns,
                "=" + formula_call("ROLE.MATRIX", {range(Field::PersonName), range(Field::Influence), range(Field::Support)}), {});
        row += rows + 1;
    }

    w.text(row++, 0, zh ? "四类采购影响者覆盖度" : "Coverage of the four buying influences", CellStyle::Heading);
    if (const std::string missing = fields_missing(table, {Field::Role, Field::Support, Field::Contact}, zh); !missing.empty()) {
        not_possible(missing);
    } else {
        w.text(row, 0, zh ? "覆盖度(教练、用户、技术、决策者)" : "Coverage (coach, user, technical, economic)");
        w.formula(row++, 1, "=" + formula_call("ROLE.COVERAGE", {range(Field::Role), range(Field::Support), range(Field::Contact)}),
                  NumberFormat::Percent);
        ++row;
    }

    w.text(row++, 0, zh ? "风险提示" : "Red flags", CellStyle::Heading);
    if (const std::string missing = fields_missing(table, {Field::Role, Field::Influence, Field::Support, Field::Contact}, zh);
        !missing.empty()) {
        not_possible(missing);
    } else {
        const std::size_t rows = people.ok() ? std::max<std::size_t>(1, red_flags(people.value()).size()) : 1;
        std::vector<std::string> risk_args = {range(Field::PersonName), range(Field::Role), range(Field::Influence),
                                              range(Field::Support), range(Field::Contact)};
        if (table.mapping.has(Field::Counterpart))
            risk_args.push_back(range(Field::Counterpart));
        w.array(row, 0, rows, 3, "=" + formula_call("ROLE.RISKS", risk_args),
                {}, CellStyle::Plain); // no header row: the first line is the gravest flag
        row += rows;
    }
    sheet.column_widths = {9000, 4200, 4200, 4200, 4200};
    return sheet;
}

} // namespace kat
