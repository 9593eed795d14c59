// ROLE.* and ORG.* sheet functions: convert, delegate to core/stakeholders and core/org.
#include "addin.hxx"
#include "cell_convert.hxx"
#include "guard.hxx"
#include "org/org_structure.hpp"
#include "stakeholders/role_map.hpp"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

uno::Any role_code_of(const Cell& cell)
{
    if (cell.is_empty())
        return uno::Any();
    if (cell.kind != Cell::Kind::Text)
        return error_any(ErrorKind::NotFound);
    const std::optional<BuyingRole> role = buying_role_named(cell.text);
    return role ? uno::Any(from_utf8(role_code(*role))) : error_any(ErrorKind::NotFound);
}

// Calls `answer` with the org and the person `name` names; errors become Calc errors.
template <class Answer>
uno::Any about_person(const uno::Any& name, const AnyRange& names, const AnyRange& managers, Answer&& answer)
{
    const Result<OrgStructure> org = OrgStructure::read(column_from_range(names), column_from_range(managers));
    if (!org.ok())
        return error_any(org.error().kind);
    const AnyRange name_range = range_from_any(name);
    if (name_range.getLength() != 1 || name_range[0].getLength() != 1)
        return error_any(ErrorKind::BadArgument);
    const Cell who = cell_from_any(name_range[0][0]);
    if (who.kind != Cell::Kind::Text)
        return error_any(ErrorKind::NotFound);
    const std::optional<std::size_t> person = org.value().find(who.text);
    if (!person)
        return error_any(ErrorKind::NotFound);
    return answer(org.value(), *person);
}

} // namespace

uno::Any KeyAccountAddIn::roleNormalize(const uno::Any& text)
{
    return guarded([&]() -> uno::Any {
        AnyRange range;
        if (!(text >>= range)) {
            const Cell cell = cell_from_any(text);
            return cell.is_empty() ? error_any(ErrorKind::NotFound) : role_code_of(cell);
        }
        return shaped_like(range, column_from_range(range), role_code_of);
    });
}

uno::Any KeyAccountAddIn::roleMatrix(const AnyRange& names, const AnyRange& influence, const AnyRange& support)
{
    return guarded([&]() -> uno::Any {
        const Column name_column = column_from_range(names), influence_column = column_from_range(influence),
                     support_column = column_from_range(support);
        StakeholderColumns columns;
        columns.names = &name_column;
        columns.influence = &influence_column;
        columns.support = &support_column;
        const Result<std::vector<Stakeholder>> people = read_stakeholders(columns);
        if (!people.ok())
            return error_any(people.error().kind);
        return table_any(role_matrix(people.value(), ui_language()));
    });
}

uno::Any KeyAccountAddIn::roleCoverage(const AnyRange& roles, const AnyRange& support, const AnyRange& contact)
{
    return guarded([&]() -> uno::Any {
        const Column role_column = column_from_range(roles), support_column = column_from_range(support),
                     contact_column = column_from_range(contact);
        StakeholderColumns columns;
        columns.roles = &role_column;
        columns.support = &support_column;
        columns.contact = &contact_column;
        const Result<std::vector<Stakeholder>> people = read_stakeholders(columns);
        if (!people.ok())
            return error_any(people.error().kind);
        return uno::Any(role_coverage(people.value()));
    });
}

uno::Any KeyAccountAddIn::roleRisks(const AnyRange& names, const AnyRange& roles, const AnyRange& influence,
                                    const AnyRange& support, const AnyRange& contact, const uno::Any& counterparts)
{
    return guarded([&]() -> uno::Any {
        const Column name_column = column_from_range(names), role_column = column_from_range(roles),
                     influence_column = column_from_range(influence), support_column = column_from_range(support),
                     contact_column = column_from_range(contact);
        Column counterpart_column;
        StakeholderColumns columns{&name_column, &role_column, &influence_column, &support_column, &contact_column, nullptr};
        if (!is_omitted(counterparts)) {
            counterpart_column = column_from_range(range_from_any(counterparts));
            columns.counterparts = &counterpart_column;
        }
        const Result<std::vector<Stakeholder>> people = read_stakeholders(columns);
        if (!people.ok())
            return error_any(people.error().kind);
        return table_any(red_flag_table(red_flags(people.value()), ui_language()));
    });
}

uno::Any KeyAccountAddIn::orgPath(const uno::Any& name, const AnyRange& names, const AnyRange& managers)
{
    return guarded([&] {
        return about_person(name, names, managers, [](const OrgStructure& org, std::size_t person) -> uno::Any {
            const Result<std::vector<std::size_t>> chain = org.chain_of_command(person);
            if (!chain.ok())
                return error_any(chain.error().kind);
            std::string path;
            for (std::size_t p : chain.value())
                path += (path.empty() ? "" : " > ") + org.name(p);
            return uno::Any(from_utf8(path));
        });
    });
}

uno::Any KeyAccountAddIn::orgDepth(const uno::Any& name, const AnyRange& names, const AnyRange& managers)
{
    return guarded([&] {
        return about_person(name, names, managers, [](const OrgStructure& org, std::size_t person) -> uno::Any {
            const Result<std::size_t> depth = org.depth(person);
            return depth.ok() ? uno::Any(static_cast<double>(depth.value())) : error_any(depth.error().kind);
        });
    });
}

uno::Any KeyAccountAddIn::orgReports(const uno::Any& name, const AnyRange& names, const AnyRange& managers,
                                     const uno::Any& direct_only)
{
    return guarded([&]() -> uno::Any {
        const NumberReading direct = read_number_argument(direct_only);
        if (direct.state == NumberReading::State::Unreadable)
            return error_any(ErrorKind::BadArgument);
        const bool only_direct = direct.is_value() && direct.value != 0.0;
        return about_person(name, names, managers, [&](const OrgStructure& org, std::size_t person) {
            return uno::Any(static_cast<double>(org.reports_below(person, only_direct)));
        });
    });
}

uno::Any KeyAccountAddIn::orgCheck(const AnyRange& names, const AnyRange& managers)
{
    return guarded([&]() -> uno::Any {
        const Result<OrgStructure> org = OrgStructure::read(column_from_range(names), column_from_range(managers));
        if (!org.ok())
            return error_any(org.error().kind);
        Table lines;
        for (const std::string& line : org_problem_lines(org.value(), ui_language()))
            lines.push_back({TableCell::of(line)});
        return table_any(lines);
    });
}

} // namespace kat::addin
