// The customer's reporting lines (seed 004's organisation analysis), read from two
// columns: name, reports to. Problems — cycles, unknown managers, duplicate names,
// several tops — are reported, never fatal: every function still answers what it can.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "i18n/labels.hpp"
#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

struct OrgProblem {
    enum class Kind { Cycle, UnknownManager, DuplicateName, SeveralTops, BlankName };
    Kind kind;
    std::vector<std::size_t> people; // the people concerned (a cycle in its order)
    std::string manager;             // UnknownManager: the name that is not in the list
    std::size_t row = 0;             // BlankName: the row
};

class OrgStructure {
public:
    // Never fails on the data: problems are recorded. SizeMismatch when the columns differ.
    static Result<OrgStructure> read(const Column& names, const Column& managers);

    std::size_t size() const { return names_.size(); }
    const std::string& name(std::size_t person) const { return names_[person]; }
    std::size_t row(std::size_t person) const { return rows_[person]; }

    // Case-, width- and script-insensitive; the first person when a name appears twice.
    std::optional<std::size_t> find(std::string_view name) const;

    // The manager as written, resolved; nullopt for a top or an unknown manager.
    std::optional<std::size_t> manager(std::size_t person) const { return managers_[person]; }
    const std::vector<std::size_t>& direct_reports(std::size_t person) const { return reports_[person]; }

    // True when following managers upwards from this person never reaches a top.
    bool under_cycle(std::size_t person) const { return under_cycle_[person]; }

    // Top first, this person last. Cycle when the chain loops.
    Result<std::vector<std::size_t>> chain_of_command(std::size_t person) const;
    // ORG.PATH's text: the chain of command, top first, joined with " > ".
    Result<std::string> chain_of_command_text(std::size_t person) const;
    Result<std::size_t> depth(std::size_t person) const;
    // People below: all levels, or direct reports only.
    std::size_t reports_below(std::size_t person, bool direct_only) const;

    const std::vector<OrgProblem>& problems() const { return problems_; }

    // Managers for drawing: each cycle broken at its first member in input order, so
    // every person hangs in a forest.
    std::vector<std::optional<std::size_t>> tree_parents() const;

private:
    std::vector<std::string> names_;
    std::vector<std::size_t> rows_;
    std::vector<std::optional<std::size_t>> managers_;
    std::vector<std::vector<std::size_t>> reports_;
    std::vector<bool> under_cycle_;
    std::vector<std::vector<std::size_t>> cycles_;
    std::vector<OrgProblem> problems_;
    std::unordered_map<std::string, std::size_t> by_key_;
};

// ORG.CHECK: one problem per row in the UI language; "OK" / "无问题" when clean.
std::vector<std::string> org_problem_lines(const OrgStructure& org, Language language);

} // namespace kat
