#include "pipeline/calibration.hpp"
#include "values/side_by_side.hpp"

#include <optional>
#include <string>
#include <unordered_map>

#include "pipeline/funnel.hpp"
#include "text/fold.hpp"

namespace kat {
namespace {

// true = won, false = lost, nullopt = unreadable; Blank handled by the caller.
std::optional<bool> read_outcome(const Cell& cell, const StageModel& model)
{
    if (cell.kind == Cell::Kind::Number) {
        if (cell.number == 1.0)
            return true;
        if (cell.number == 0.0)
            return false;
        return std::nullopt;
    }
    if (cell.kind != Cell::Kind::Text)
        return std::nullopt;
    const std::string key = fold_key(cell.text);
    for (const char* won : {"won", "win", "赢", "赢单", "成交", "true", "yes", "是", "1"})
        if (key == fold_key(won))
            return true;
    for (const char* lost : {"lost", "lose", "输", "输单", "丢单", "false", "no", "否", "0"})
        if (key == fold_key(lost))
            return false;
    if (auto stage = model.find(cell.text)) {
        if (model.stage(*stage).outcome == StageOutcome::Won)
            return true;
        if (model.stage(*stage).outcome == StageOutcome::Lost)
            return false;
    }
    return std::nullopt;
}

} // namespace

Result<Table> calibration_table(const Column& stages_history, const Column& outcomes, const StageModel& model,
                                Language language)
{
    if (const Result<std::size_t> length = SideBySide{&stages_history, &outcomes}.rows("stages and outcomes"); !length.ok())
        return length.error();
    const std::size_t n = model.stages().size();
    std::vector<long> closed_from(n + 1, 0), won_from(n + 1, 0); // difference arrays
    std::unordered_map<std::string, std::optional<StageIndex>> stage_cache;
    std::vector<std::string> spellings(n);

    for (std::size_t r = 0; r < outcomes.size(); ++r) {
        if (outcomes[r].is_empty())
            continue; // still open
        const std::optional<bool> won = read_outcome(outcomes[r], model);
        if (!won)
            return make_error(ErrorKind::BadValue, "outcome in row " + std::to_string(r + 1) + " is neither won nor lost", r);
        const Cell& stage_cell = stages_history[r];
        if (stage_cell.kind != Cell::Kind::Text)
            return make_error(ErrorKind::NotFound, "row " + std::to_string(r + 1) + " has no stage", r);
        auto it = stage_cache.find(stage_cell.text);
        if (it == stage_cache.end())
            it = stage_cache.emplace(stage_cell.text, model.find(stage_cell.text)).first;
        if (!it->second)
            return make_error(ErrorKind::NotFound, "unknown stage '" + stage_cell.text + "' in row " + std::to_string(r + 1), r);
        const StageIndex s = *it->second;
        if (spellings[s].empty())
            spellings[s] = stage_cell.text;
        // A deal recorded at the lost stage is only known to have entered the funnel.
        const StageIndex last = model.stage(s).outcome == StageOutcome::Lost ? 0 : s;
        ++closed_from[0];
        --closed_from[last + 1];
        if (*won) {
            ++won_from[0];
            --won_from[last + 1];
        }
    }

    Table table;
    table.push_back({TableCell::of(label(Label::Stage, language)), TableCell::of(label(Label::ClosedDeals, language)),
                     TableCell::of(label(Label::WonDeals, language)), TableCell::of(label(Label::ObservedWinRate, language)),
                     TableCell::of(label(Label::ModelProbability, language)), TableCell::of(label(Label::Difference, language))});
    long closed = 0, won = 0;
    for (StageIndex i = 0; i < n; ++i) {
        closed += closed_from[i];
        won += won_from[i];
        const Stage& stage = model.stage(i);
        if (stage.outcome == StageOutcome::Lost)
            continue;
        const TableCell observed = TableCell::ratio(static_cast<double>(won), static_cast<double>(closed));
        table.push_back({TableCell::of(stage_display(spellings, model, i, language)), TableCell::of(static_cast<double>(closed)),
                         TableCell::of(static_cast<double>(won)), observed, TableCell::of(stage.probability),
                         observed.kind == TableCell::Kind::Number ? TableCell::of(observed.number - stage.probability)
                                                                  : observed});
    }
    return table;
}

} // namespace kat
