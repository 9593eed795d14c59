#include "pipeline/stage_history.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "values/read_date.hpp"

namespace kat {

std::vector<LearnedLimit> stage_limits_from_history(const Column& stages, const Column& created, const Column& entered,
                                                    const StageModel& model)
{
    const std::size_t rows = std::min({stages.size(), created.size(), entered.size()});
    const std::vector<Stage>& all = model.stages();
    std::vector<std::vector<double>> stays(all.size()); // per stage: the per-stage days of deals past it
    std::vector<std::optional<std::string>> spelling(all.size());
    std::unordered_map<std::string, std::optional<StageIndex>> found; // raw text → stage, looked up once
    for (std::size_t r = 0; r < rows; ++r) {
        if (stages[r].kind != Cell::Kind::Text)
            continue;
        auto it = found.find(stages[r].text);
        if (it == found.end())
            it = found.emplace(stages[r].text, model.find(stages[r].text)).first;
        if (!it->second)
            continue;
        const StageIndex at = *it->second;
        if (!spelling[at])
            spelling[at] = stages[r].text;
        if (all[at].outcome == StageOutcome::Lost || at == 0)
            continue; // where a lost deal stopped is unknown; the first stage passed none
        const NumberReading from = read_date(created[r]), to = read_date(entered[r]);
        if (!from.is_value() || !to.is_value() || to.value < from.value)
            continue;
        const double per_stage = (to.value - from.value) / static_cast<double>(at);
        for (StageIndex s = 0; s < at; ++s)
            stays[s].push_back(per_stage);
    }

    std::vector<LearnedLimit> limits;
    for (StageIndex s = 0; s < all.size(); ++s) {
        std::vector<double>& days = stays[s];
        if (all[s].outcome != StageOutcome::Open || days.size() < deals_for_learned_limit)
            continue;
        const std::size_t middle = days.size() / 2;
        std::nth_element(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(middle), days.end());
        double median = days[middle];
        if (days.size() % 2 == 0)
            median = (median + *std::max_element(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(middle))) / 2.0;
        limits.push_back(LearnedLimit{spelling[s].value_or(all[s].name), std::max(1.0, std::ceil(median)), days.size()});
    }
    return limits;
}

std::vector<std::vector<Cell>> limit_rows(const std::vector<LearnedLimit>& limits)
{
    std::vector<std::vector<Cell>> rows;
    rows.reserve(limits.size());
    for (const LearnedLimit& limit : limits)
        rows.push_back({Cell::of(limit.stage), Cell::of(limit.days)});
    return rows;
}

} // namespace kat
