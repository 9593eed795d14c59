#include "reports/role_map_report.hpp"

#include "functions/registry.hpp"
#include "stakeholders/role_map.hpp"
#include "tables/table_readers.hpp"

namespace kat {

using functions::formula_call;

namespace {

std::string fields_missing(const DetectedTable& table, std::initializer_list<Field> needed, Language language)
{
    std::vector<Field> missing;
    for (Field f : needed)
        if (!table.mapping.has(f))
            missing.push_back(f);
    return field_list(missing, language);
}

} // namespace

ReportSheet role_map_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place, Language language)
{
    ReportSheet sheet;
    sheet.name = label_text(Label::RoleMap, language);
    ReportWriter w{sheet};
    std::size_t row = add_report_header(sheet, label_text(Label::StakeholderRoleMap, language), grid, table, place, language);
    auto range = [&](Field f) { return data_range(place, table, f); };
    auto not_possible = [&](const std::string& missing) {
        w.text(row++, 0, (label_text(Label::NotPossibleColumn, language)) + missing, CellStyle::Warning);
        ++row;
    };

    // Read once, as the functions will, to size the arrays.
    const Result<std::vector<Stakeholder>> people = stakeholders_in(grid, table);
    if (!people.ok())
        w.text(row++, 0, (label_text(Label::ListHasProblem, language)) + people.error().message, CellStyle::Warning);

    w.text(row++, 0, label_text(Label::InfluenceSupport, language), CellStyle::Heading);
    if (const std::string missing = fields_missing(table, {Field::Influence, Field::Support}, language); !missing.empty()) {
        not_possible(missing);
    } else {
        const std::size_t rows = people.ok() ? role_matrix(people.value(), language).size() : 1;
        const std::size_t columns = people.ok() ? role_matrix(people.value(), language)[0].size() : 1;
        w.array(row, 0, rows, columns,
                "=" + formula_call("ROLE.MATRIX", {range(Field::PersonName), range(Field::Influence), range(Field::Support)}), {});
        row += rows + 1;
    }

    w.text(row++, 0, label_text(Label::CoverageFourBuyingInfluences, language), CellStyle::Heading);
    if (const std::string missing = fields_missing(table, {Field::Role, Field::Support, Field::Contact}, language); !missing.empty()) {
        not_possible(missing);
    } else {
        w.text(row, 0, label_text(Label::CoverageCoachUserTechnicalEconomic, language));
        w.formula(row++, 1, "=" + formula_call("ROLE.COVERAGE", {range(Field::Role), range(Field::Support), range(Field::Contact)}),
                  NumberFormat::Percent);
        ++row;
    }

    w.text(row++, 0, label_text(Label::RedFlags, language), CellStyle::Heading);
    if (const std::string missing = fields_missing(table, {Field::Role, Field::Influence, Field::Support, Field::Contact}, language);
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
