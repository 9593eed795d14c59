#include "reports/org_chart.hpp"

#include "functions/registry.hpp"
#include "org/org_structure.hpp"
#include "stakeholders/stakeholder.hpp"
#include "values/cell_text.hpp"

namespace kat {

using functions::formula_call;

namespace {

constexpr double margin = 500.0;

std::uint32_t fill_for(const std::optional<Support>& support)
{
    if (!support)
        return 0xFFFFFF;
    switch (*support) {
    case Support::Support: return 0xC6EFCE; // green
    case Support::Neutral: return 0xFFEB9C; // amber
    case Support::Oppose: return 0xFFC7CE;  // red
    }
    return 0xFFFFFF;
}

long line_for(const std::optional<Influence>& influence)
{
    if (!influence)
        return 0;
    switch (*influence) {
    case Influence::High: return 80;
    case Influence::Medium: return 35;
    case Influence::Low: return 0;
    }
    return 0;
}

} // namespace

Result<OrgChart> org_chart(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                           const OrgChartOptions& options, Language language)
{
    const bool only_with_roles = options.only_with_roles;
    OrgChart chart;
    chart.sheet.name = label_text(Label::OrgChart, language);
    ReportWriter w{chart.sheet};
    std::size_t row = add_report_header(chart.sheet, label_text(Label::CustomerOrganisationChart, language), grid, table, place, language);
    if (!table.mapping.has(Field::ReportsTo))
        return make_error(ErrorKind::BadArgument, label_text(Label::NoReportsToColumn, language));

    const Column names = field_column(grid, table, Field::PersonName), managers = field_column(grid, table, Field::ReportsTo),
                 titles = field_column(grid, table, Field::Title), roles = field_column(grid, table, Field::Role),
                 influence = field_column(grid, table, Field::Influence), support = field_column(grid, table, Field::Support);
    const Result<OrgStructure> read = OrgStructure::read(names, managers);
    if (!read.ok())
        return read.error();
    const OrgStructure& org = read.value();

    // Problems, live: ORG.CHECK over the user's columns, sized by what it finds now.
    const std::vector<std::string> problems = org_problem_lines(org, language);
    w.text(row++, 0, label_text(Label::OrganisationProblems, language), CellStyle::Heading);
    w.array(row, 0, problems.size(), 1,
            "=" + formula_call("ORG.CHECK", {data_range(place, table, Field::PersonName), data_range(place, table, Field::ReportsTo)}),
            {}, problems.front() == label(Label::OrgNoProblems, language) ? CellStyle::Plain : CellStyle::Warning);
    row += problems.size() + 1;
    w.text(row++, 0, label_text(Label::OrgChartLegend, language),
           CellStyle::Note);

    // Who is drawn, and under whom.
    std::vector<std::optional<BuyingRole>> role_of(org.size());
    for (std::size_t p = 0; p < org.size(); ++p)
        if (table.mapping.has(Field::Role))
            role_of[p] = buying_role_named(cell_text(roles[org.row(p)]));
    const std::vector<std::optional<std::size_t>> parents = org.tree_parents();
    std::vector<std::size_t> drawn;                     // people drawn, in input order
    std::vector<std::optional<std::size_t>> box_of(org.size());
    for (std::size_t p = 0; p < org.size(); ++p)
        if (!only_with_roles || role_of[p]) {
            box_of[p] = drawn.size();
            drawn.push_back(p);
        }
    std::vector<std::optional<std::size_t>> box_parents(drawn.size());
    std::vector<BoxSize> sizes;
    std::vector<std::string> texts;
    for (std::size_t b = 0; b < drawn.size(); ++b) {
        std::optional<std::size_t> up = parents[drawn[b]];
        std::size_t steps = 0;
        while (up && !box_of[*up] && steps++ < org.size()) // the nearest drawn manager
            up = parents[*up];
        if (up && box_of[*up])
            box_parents[b] = box_of[*up];
        const std::size_t r = org.row(drawn[b]);
        std::string text = org.name(drawn[b]);
        const std::string title = cell_text(titles[r]);
        if (!title.empty())
            text += "\n" + title;
        if (role_of[drawn[b]])
            text += "\n◆ " + std::string(role_title(*role_of[drawn[b]], language));
        texts.push_back(text);
        if (options.measure) {
            BoxSize measured = options.measure(text);
            measured.width += 2.0 * box_padding_x;
            measured.height += 2.0 * box_padding_y;
            sizes.push_back(measured);
        } else {
            sizes.push_back(box_size_for(org.name(drawn[b]), title));
            if (role_of[drawn[b]])
                sizes.back().height += 450.0; // a third line for the role badge
        }
    }
    const Result<OrgLayout> layout = tidy_tree_layout(box_parents, sizes);
    if (!layout.ok())
        return layout.error();

    chart.drawing_row = row + 1;
    // Printed on one page (scaled) up to one_page_people, the way its shape suits.
    const OrgLayout& placed = layout.value();
    chart.sheet.page.landscape = placed.width > placed.height;
    chart.sheet.page.pages_wide = drawn.size() <= one_page_people ? 1 : 2;
    chart.sheet.page.pages_tall = drawn.size() <= one_page_people ? 1 : 0;
    for (std::size_t b = 0; b < drawn.size(); ++b) {
        const std::size_t p = drawn[b], r = org.row(p);
        OrgChartBox box;
        box.person = r;
        box.box = layout.value().boxes[b];
        box.box.x += margin;
        box.box.y += margin / 2.0;
        box.text = texts[b];
        box.name = org.name(p);
        box.title = cell_text(titles[r]);
        if (role_of[p])
            box.badge = "◆ " + std::string(role_title(*role_of[p], language));
        if (table.mapping.has(Field::Support))
            if (const auto s = read_support(support[r]); s.ok())
                box.fill = fill_for(s.value());
        if (table.mapping.has(Field::Influence))
            if (const auto i = read_influence(influence[r]); i.ok())
                box.line_width = line_for(i.value());
        chart.boxes.push_back(std::move(box));
    }
    for (const ConnectorRoute& route : layout.value().connectors)
        chart.connectors.push_back({route.manager, route.report});
    return chart;
}

} // namespace kat
