#include "pipeline/deal.hpp"
#include "values/side_by_side.hpp"

#include <string>
#include <tuple>
#include <unordered_map>

#include "pipeline/forecast_category.hpp"
#include "text/fold.hpp"
#include "values/read_date.hpp"
#include "values/cell_text.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

std::string row_name(std::size_t r) { return "row " + std::to_string(r + 1); }

// A column of names has few distinct values; folding (ICU) runs once per distinct text.
template <class Value>
class TextCache {
public:
    template <class Compute>
    const Value& get(const std::string& text, Compute&& compute)
    {
        auto it = cache_.find(text);
        if (it == cache_.end())
            it = cache_.emplace(text, compute(text)).first;
        return it->second;
    }

private:
    std::unordered_map<std::string, Value> cache_;
};

Result<std::optional<double>> read_date_at(const Column* column, std::size_t r, const char* what)
{
    if (!column)
        return std::optional<double>();
    const NumberReading date = read_date((*column)[r]);
    if (date.state == NumberReading::State::Unreadable)
        return make_error(ErrorKind::BadValue, std::string(what) + " in " + row_name(r) + " is not a date", r);
    return date.is_value() ? std::optional<double>(date.value) : std::nullopt;
}

} // namespace

Result<DealSet> read_deals(const DealColumns& columns, const StageModel& model)
{
    DealSet set;
    const std::size_t rows = columns.amounts ? columns.amounts->size() : columns.stages ? columns.stages->size() : 0;
    set.deals.reserve(rows);
    Result<DealNames> names = visit_deals(columns, model, [&](const Deal& deal) { set.deals.push_back(deal); });
    if (!names.ok())
        return names.error();
    static_cast<DealNames&>(set) = std::move(names.value());
    return set;
}

Result<DealNames> visit_deals(const DealColumns& columns, const StageModel& model,
                              const std::function<void(const Deal&)>& visit)
{
    const SideBySide table{columns.amounts, columns.stages,  columns.probabilities, columns.categories,
                           columns.created, columns.closed, columns.groups};
    const Result<std::size_t> length = table.rows("the ranges");
    if (!length.ok())
        return length.error();
    const std::size_t rows = length.value();

    TextCache<std::optional<StageIndex>> stage_names;
    std::vector<std::string> spellings(model.stages().size());
    TextCache<std::optional<ForecastCategory>> category_names;
    TextCache<std::size_t> group_names;
    std::unordered_map<std::string, std::size_t> group_by_key;

    std::vector<std::string> groups;
    for (std::size_t r = 0; r < rows; ++r) {
        if (table.blank_row(r))
            continue;

        Deal deal;
        deal.row = r;
        // An optional number: blank leaves it unknown, unreadable text is the row's error.
        const auto number = [&](const Column* column, NumberReading (*read)(const Cell&), std::optional<double>& into,
                                const char* what, const char* problem) -> std::optional<Error> {
            if (!column)
                return std::nullopt;
            const NumberReading n = read((*column)[r]);
            if (n.state == NumberReading::State::Unreadable)
                return make_error(ErrorKind::BadValue, std::string(what) + " in " + row_name(r) + problem, r);
            if (n.is_value())
                into = n.value;
            return std::nullopt;
        };
        if (std::optional<Error> bad = number(columns.amounts, read_number, deal.amount, "amount", " is not a number"))
            return *bad;
        if (columns.stages) {
            const Cell& cell = (*columns.stages)[r];
            if (cell.kind == Cell::Kind::Error)
                return make_error(ErrorKind::BadValue, "stage in " + row_name(r) + " is an error value", r);
            if (cell.kind == Cell::Kind::Number)
                return make_error(ErrorKind::BadValue, "stage in " + row_name(r) + " is a number, not a stage name", r);
            if (cell.kind == Cell::Kind::Text && !trim(cell.text).empty()) {
                deal.stage = stage_names.get(cell.text, [&](const std::string& t) { return model.find(t); });
                if (!deal.stage)
                    return make_error(ErrorKind::NotFound, "unknown stage '" + cell.text + "' in " + row_name(r), r);
                if (spellings[*deal.stage].empty())
                    spellings[*deal.stage] = trim(cell.text);
            }
            if (!deal.stage && columns.stage_required)
                return make_error(ErrorKind::NotFound, row_name(r) + " has no stage", r);
        }
        if (std::optional<Error> bad = number(columns.probabilities, read_probability, deal.probability, "probability",
                                                  " is not between 0 and 100%"))
            return *bad;
        if (columns.categories) {
            const Cell& cell = (*columns.categories)[r];
            if (cell.kind == Cell::Kind::Number || cell.kind == Cell::Kind::Error)
                return make_error(ErrorKind::BadValue, "forecast category in " + row_name(r) + " is not a category name", r);
            if (cell.kind == Cell::Kind::Text && !trim(cell.text).empty()) {
                deal.category = category_names.get(cell.text, [](const std::string& t) { return forecast_category_named(t); });
                if (!deal.category)
                    return make_error(ErrorKind::BadValue, "unknown forecast category '" + cell.text + "' in " + row_name(r), r);
            }
        }
        for (auto [column, target, what] : {std::tuple{columns.created, &deal.created, "created date"},
                                            std::tuple{columns.closed, &deal.closed, "close date"}}) {
            Result<std::optional<double>> date = read_date_at(column, r, what);
            if (!date.ok())
                return date.error();
            *target = date.value();
        }
        if (columns.groups) {
            const Cell& cell = (*columns.groups)[r];
            if (cell.kind == Cell::Kind::Error)
                return make_error(ErrorKind::BadValue, "group in " + row_name(r) + " is an error value", r);
            const std::string display = cell_text(cell);
            deal.group = group_names.get(display, [&](const std::string& t) {
                std::string key = fold_key(t);
                auto [it, inserted] = group_by_key.emplace(key, groups.size());
                if (inserted)
                    groups.push_back(t); // "" stands for the blank group
                return it->second;
            });
        }
        visit(deal);
    }
    return DealNames{std::move(groups), std::move(spellings)};
}

std::string stage_display(const std::vector<std::string>& spellings, const StageModel& model, StageIndex stage,
                          Language language)
{
    if (stage < spellings.size() && !spellings[stage].empty())
        return spellings[stage];
    const Stage& s = model.stage(stage);
    return language == Language::Chinese ? s.name : s.english_name;
}

StageOutcome outcome_of(const Deal& deal, const StageModel& model)
{
    return deal.stage ? model.stage(*deal.stage).outcome : StageOutcome::Open;
}

std::optional<double> win_probability(const Deal& deal, const StageModel& model)
{
    switch (outcome_of(deal, model)) {
    case StageOutcome::Lost:
        return 0.0;
    case StageOutcome::Won:
        return 1.0;
    case StageOutcome::Open:
        break;
    }
    if (deal.probability)
        return deal.probability;
    if (deal.stage)
        return model.stage(*deal.stage).probability;
    return std::nullopt;
}

ForecastCategory category_of(const Deal& deal, const StageModel& model)
{
    switch (outcome_of(deal, model)) {
    case StageOutcome::Won:
        return ForecastCategory::Closed;
    case StageOutcome::Lost:
        return ForecastCategory::Omitted;
    case StageOutcome::Open:
        break;
    }
    if (deal.category)
        return *deal.category;
    return deal.stage ? model.stage(*deal.stage).category : ForecastCategory::Pipeline;
}

} // namespace kat
