#include "pipeline/stalled_deals.hpp"
#include "values/side_by_side.hpp"

#include <string>
#include <unordered_map>

#include "pipeline/stage_model.hpp"
#include "text/fold.hpp"
#include "values/read_date.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

bool names_a_closed_stage(const std::string& stage)
{
    for (const StageModel* model : {&StageModel::customer7(), &StageModel::action5()})
        if (auto index = model->find(stage))
            if (model->stage(*index).outcome != StageOutcome::Open)
                return true;
    return false;
}

struct StageRule {
    bool closed = false;
    double limit = default_stage_limit_days;
};

} // namespace

Result<std::vector<std::size_t>> stalled_deal_rows(const Column& stages, const Column& entered, const Cell& today,
                                                   const std::vector<std::vector<Cell>>* limit_rows)
{
    if (const Result<std::size_t> length = SideBySide{&stages, &entered}.rows("stages and entry dates"); !length.ok())
        return length.error();
    const NumberReading now = read_date(today);
    if (!now.is_value())
        return make_error(ErrorKind::BadArgument, "today is not a date");

    std::unordered_map<std::string, double> limits; // folded stage → days
    if (limit_rows) {
        for (std::size_t r = 0; r < limit_rows->size(); ++r) {
            const std::vector<Cell>& row = (*limit_rows)[r];
            if (row.size() < 2)
                return make_error(ErrorKind::BadArgument, "limits need two columns: stage, days");
            if (row[0].is_empty() && row[1].is_empty())
                continue;
            const NumberReading days = read_number(row[1]);
            if (row[0].kind != Cell::Kind::Text || !days.is_value() || days.value < 0.0) {
                if (r == 0 && row[0].kind == Cell::Kind::Text)
                    continue; // header row: 阶段 | 天数
                return make_error(ErrorKind::BadArgument, "limits: row " + std::to_string(r + 1) + " is not (stage, days)", r);
            }
            limits[fold_key(row[0].text)] = days.value;
        }
    }

    std::unordered_map<std::string, StageRule> rules; // raw stage text → rule, folded once
    std::vector<std::size_t> stalled;
    for (std::size_t r = 0; r < stages.size(); ++r) {
        const Cell& stage = stages[r];
        if (stage.kind == Cell::Kind::Error || stage.kind == Cell::Kind::Number)
            return make_error(ErrorKind::BadValue, "stage in row " + std::to_string(r + 1) + " is not a stage name", r);
        const NumberReading since = read_date(entered[r]);
        if (since.state == NumberReading::State::Unreadable)
            return make_error(ErrorKind::BadValue, "entry date in row " + std::to_string(r + 1) + " is not a date", r);
        if (stage.kind != Cell::Kind::Text || !since.is_value())
            continue;
        auto it = rules.find(stage.text);
        if (it == rules.end()) {
            StageRule rule;
            rule.closed = names_a_closed_stage(stage.text);
            auto limit = limits.find(fold_key(stage.text));
            if (limit != limits.end())
                rule.limit = limit->second;
            it = rules.emplace(stage.text, rule).first;
        }
        if (!it->second.closed && now.value - since.value > it->second.limit)
            stalled.push_back(r);
    }
    return stalled;
}

Result<std::size_t> count_stalled_deals(const Column& stages, const Column& entered, const Cell& today,
                                        const std::vector<std::vector<Cell>>* limit_rows)
{
    Result<std::vector<std::size_t>> rows = stalled_deal_rows(stages, entered, today, limit_rows);
    if (!rows.ok())
        return rows.error();
    return rows.value().size();
}

} // namespace kat
