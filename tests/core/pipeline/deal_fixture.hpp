// Builds deal columns for tests from plain rows.
#pragma once

#include <string>
#include <vector>

#include "pipeline/deal.hpp"

namespace kat::test {

inline Cell text(const char* s) { return Cell::of(std::string(s)); }

struct DealTable {
    Column amounts, stages, probabilities, categories, created, closed, groups;

    DealTable& add(double amount, const char* stage) { return add_row(Cell::of(amount), text(stage)); }
    DealTable& add_row(Cell amount, Cell stage, Cell probability = Cell::empty(), Cell category = Cell::empty(),
                       Cell group = Cell::empty())
    {
        amounts.push_back(std::move(amount));
        stages.push_back(std::move(stage));
        probabilities.push_back(std::move(probability));
        categories.push_back(std::move(category));
        groups.push_back(std::move(group));
        created.push_back(Cell::empty());
        closed.push_back(Cell::empty());
        return *this;
    }
    DealSet read(const StageModel& model = StageModel::customer7(), bool with_categories = false, bool with_groups = false) const
    {
        DealColumns columns;
        columns.amounts = &amounts;
        columns.stages = &stages;
        columns.probabilities = &probabilities;
        columns.created = &created;
        columns.closed = &closed;
        if (with_categories)
            columns.categories = &categories;
        if (with_groups)
            columns.groups = &groups;
        Result<DealSet> set = read_deals(columns, model);
        if (!set.ok())
            throw std::runtime_error(set.error().message);
        return set.value();
    }
};

} // namespace kat::test
