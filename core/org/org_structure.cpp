#include "org/org_structure.hpp"
#include "values/side_by_side.hpp"

#include <unordered_map>

#include <algorithm>

#include "text/fold.hpp"
#include "values/cell_text.hpp"

namespace kat {
Result<OrgStructure> OrgStructure::read(const Column& names, const Column& managers)
{
    if (const Result<std::size_t> length = SideBySide{&names, &managers}.rows("names and managers"); !length.ok())
        return length.error();
    OrgStructure org;
    std::vector<std::string> manager_names;
    for (std::size_t r = 0; r < names.size(); ++r) {
        const std::string name = cell_text(names[r]);
        const std::string manager = cell_text(managers[r]);
        if (name.empty()) {
            if (!manager.empty() || names[r].kind == Cell::Kind::Error)
                org.problems_.push_back({OrgProblem::Kind::BlankName, {}, manager, r});
            continue;
        }
        const std::size_t person = org.names_.size();
        org.names_.push_back(name);
        org.rows_.push_back(r);
        manager_names.push_back(manager);
        auto [it, inserted] = org.by_key_.emplace(fold_key(name), person);
        if (!inserted)
            org.problems_.push_back({OrgProblem::Kind::DuplicateName, {it->second, person}, {}, r});
    }

    const std::size_t n = org.names_.size();
    org.managers_.assign(n, std::nullopt);
    org.reports_.assign(n, {});
    std::vector<std::size_t> tops;
    // A manager is named once per report: fold (ICU) each written name once.
    std::unordered_map<std::string, std::string> folded;
    for (std::size_t p = 0; p < n; ++p) {
        if (manager_names[p].empty()) {
            tops.push_back(p);
            continue;
        }
        auto key = folded.find(manager_names[p]);
        if (key == folded.end())
            key = folded.emplace(manager_names[p], fold_key(manager_names[p])).first;
        auto it = org.by_key_.find(key->second);
        if (it == org.by_key_.end()) {
            org.problems_.push_back({OrgProblem::Kind::UnknownManager, {p}, manager_names[p], org.rows_[p]});
            continue;
        }
        org.managers_[p] = it->second;
        org.reports_[it->second].push_back(p);
    }
    if (tops.size() > 1)
        org.problems_.push_back({OrgProblem::Kind::SeveralTops, tops, {}, 0});

    // Cycles: walk up from each person with three colours; O(n) overall.
    enum class State : unsigned char { Unseen, OnPath, Done };
    std::vector<State> state(n, State::Unseen);
    org.under_cycle_.assign(n, false);
    for (std::size_t start = 0; start < n; ++start) {
        if (state[start] != State::Unseen)
            continue;
        std::vector<std::size_t> path;
        std::size_t p = start;
        bool loops = false;
        while (true) {
            if (state[p] == State::OnPath) { // a new cycle: p … back to p
                std::vector<std::size_t> cycle(std::find(path.begin(), path.end(), p), path.end());
                org.cycles_.push_back(cycle);
                org.problems_.push_back({OrgProblem::Kind::Cycle, cycle, {}, 0});
                loops = true;
                break;
            }
            if (state[p] == State::Done) {
                loops = org.under_cycle_[p];
                break;
            }
            state[p] = State::OnPath;
            path.push_back(p);
            if (!org.managers_[p])
                break;
            p = *org.managers_[p];
        }
        for (std::size_t q : path) {
            state[q] = State::Done;
            org.under_cycle_[q] = loops;
        }
    }
    return org;
}

std::optional<std::size_t> OrgStructure::find(std::string_view name) const
{
    auto it = by_key_.find(fold_key(trim(name)));
    if (it == by_key_.end())
        return std::nullopt;
    return it->second;
}

Result<std::vector<std::size_t>> OrgStructure::chain_of_command(std::size_t person) const
{
    if (under_cycle_[person])
        return make_error(ErrorKind::Cycle, "the reporting line of " + names_[person] + " loops");
    std::vector<std::size_t> chain{person};
    for (std::optional<std::size_t> m = managers_[person]; m; m = managers_[*m])
        chain.push_back(*m);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

Result<std::string> OrgStructure::chain_of_command_text(std::size_t person) const
{
    const Result<std::vector<std::size_t>> chain = chain_of_command(person);
    if (!chain.ok())
        return chain.error();
    std::string path;
    for (std::size_t p : chain.value())
        path += (path.empty() ? "" : " > ") + name(p);
    return path;
}

Result<std::size_t> OrgStructure::depth(std::size_t person) const
{
    Result<std::vector<std::size_t>> chain = chain_of_command(person);
    if (!chain.ok())
        return chain.error();
    return chain.value().size() - 1;
}

std::size_t OrgStructure::reports_below(std::size_t person, bool direct_only) const
{
    if (direct_only)
        return reports_[person].size();
    // Iterative walk; a person inside a cycle is counted once, and the walk stops there.
    std::vector<bool> seen(names_.size(), false);
    std::vector<std::size_t> stack(reports_[person].begin(), reports_[person].end());
    seen[person] = true;
    std::size_t count = 0;
    while (!stack.empty()) {
        const std::size_t p = stack.back();
        stack.pop_back();
        if (seen[p])
            continue;
        seen[p] = true;
        ++count;
        stack.insert(stack.end(), reports_[p].begin(), reports_[p].end());
    }
    return count;
}

std::vector<std::optional<std::size_t>> OrgStructure::tree_parents() const
{
    std::vector<std::optional<std::size_t>> parents = managers_;
    for (const std::vector<std::size_t>& cycle : cycles_)
        parents[*std::min_element(cycle.begin(), cycle.end())] = std::nullopt;
    return parents;
}

std::vector<std::string> org_problem_lines(const OrgStructure& org, Language language)
{
    std::vector<std::string> lines;
    for (const OrgProblem& problem : org.problems()) {
        switch (problem.kind) {
        case OrgProblem::Kind::Cycle: {
            std::string loop;
            for (std::size_t p : problem.people)
                loop += org.name(p) + " > ";
            loop += org.name(problem.people.front());
            lines.push_back(format_label(Label::Cycle, language, {loop}));
            break;
        }
        case OrgProblem::Kind::UnknownManager:
            lines.push_back(format_label(Label::OrgUnknownManager, language, {org.name(problem.people[0]), problem.manager}));
            break;
        case OrgProblem::Kind::DuplicateName: {
            const std::size_t first = problem.people[0], again = problem.people[1];
            const std::string first_row = std::to_string(org.row(first) + 1), again_row = std::to_string(org.row(again) + 1);
            lines.push_back(format_label(Label::OrgDuplicateName, language, {org.name(again), again_row, org.name(first), first_row}));
            break;
        }
        case OrgProblem::Kind::SeveralTops: {
            std::string tops;
            for (std::size_t p : problem.people)
                tops += (tops.empty() ? std::string() : std::string(label(Label::ListSeparator, language))) + org.name(p);
            lines.push_back(format_label(Label::SeveralTops, language, {tops}));
            break;
        }
        case OrgProblem::Kind::BlankName:
            lines.push_back(format_label(Label::OrgBlankName, language, {std::to_string(problem.row + 1)}));
            break;
        }
    }
    if (lines.empty())
        lines.push_back(label_text(Label::OrgNoProblems, language));
    return lines;
}

} // namespace kat
