#include "reports/role_map_report.hpp"

#include "functions/registry.hpp"
#include "stakeholders/role_map.hpp"
#include "tables/table_readers.hpp"
#include "values/cell_text.hpp"

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

// The grid's colours: green where they support us, yellow where neutral, red where they
// oppose, grey where it is unknown; the higher their influence, the deeper the colour.
long grid_colour(std::size_t influence_row, std::size_t support_column)
{
    static const long shades[3][3] = {{0xA9D08E, 0xC6E0B4, 0xE2EFDA},  // support: high, medium, low influence
                                      {0xFFD966, 0xFFE699, 0xFFF2CC},  // neutral
                                      {0xF4B084, 0xF8CBAD, 0xFCE4D6}}; // oppose
    if (influence_row >= 3 || support_column >= 3)
        return 0xEDEDED;
    return shades[support_column][influence_row];
}

// The person table as of the build: the user's own words per column, and the gravest flag
// about each person.
Table person_table(const Grid& grid, const DetectedTable& table, const std::vector<Stakeholder>* people, Language language)
{
    const std::vector<Field> shown = {Field::PersonName, Field::Title, Field::Role, Field::Influence,
                                      Field::Support, Field::Contact, Field::Counterpart};
    std::vector<Field> present;
    for (Field f : shown)
        if (table.mapping.has(f))
            present.push_back(f);
    Table rows(1);
    for (Field f : present)
        rows[0].push_back(TableCell::of(field_title(f, language)));
    rows[0].push_back(TableCell::of(label_text(Label::RedFlagHeading, language)));
    std::vector<std::pair<std::string, std::string>> flag_of; // person → their flag
    if (people)
        for (const RedFlag& flag : red_flags(*people))
            if (!flag.person.empty())
                flag_of.emplace_back(flag.person, red_flag_text(flag, language));
    std::vector<Column> columns;
    for (Field f : present)
        columns.push_back(field_column(grid, table, f));
    const Column names = field_column(grid, table, Field::PersonName);
    for (std::size_t r = 0; r < names.size(); ++r) {
        const std::string name = cell_text(names[r]);
        if (name.empty())
            continue;
        TableRow line;
        for (const Column& column : columns)
            line.push_back(TableCell::of(cell_text(column[r])));
        std::string flag;
        for (const auto& [person, text] : flag_of)
            if (person == name)
                flag = text;
        line.push_back(TableCell::of(flag));
        rows.push_back(std::move(line));
    }
    return rows;
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
        // Colour each cell of the grid (the header row and the influence column stay as they are).
        for (std::size_t r = 1; r < rows; ++r)
            for (std::size_t c = 1; c < columns; ++c)
                sheet.fills.push_back(CellFill{row + r, c, 1, 1, grid_colour(r - 1, c - 1)});
        row += rows + 1;
    }

    w.text(row++, 0, label_text(Label::CoverageFourBuyingInfluences, language), CellStyle::Heading);
    if (const std::string missing = fields_missing(table, {Field::Role, Field::Support, Field::Contact}, language); !missing.empty()) {
        not_possible(missing);
    } else {
        w.text(row, 0, label_text(Label::CoverageCoachUserTechnicalEconomic, language));
        w.formula(row++, 2, "=" + formula_call("ROLE.COVERAGE", {range(Field::Role), range(Field::Support), range(Field::Contact)}),
                  NumberFormat::Percent);
        ++row;
    }

    w.text(row++, 0, label_text(Label::KeyPeopleAsOfBuild, language), CellStyle::Heading);
    {
        Table people_rows = person_table(grid, table, people.ok() ? &people.value() : nullptr, language);
        const std::size_t listed = people_rows.size();
        w.block(row, 0, std::move(people_rows), {});
        row += listed + 1;
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
    // Landscape, one page wide: the grid's four columns side by side with its labels.
    sheet.column_widths = {4600, 4600, 4600, 4600, 4600, 3000, 3000, 6400};
    sheet.page.landscape = true;
    return sheet;
}

} // namespace kat
