#include "pipeline/deal.hpp"

#include <string>

#include "text/fold.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

std::size_t column_length(const Column* column) { return column ? column->size() : 0; }

} // namespace

Result<std::vector<Deal>> read_deals(const DealColumns& columns, const StageModel& model)
{
    const Column* given[] = {columns.amounts, columns.stages, columns.probabilities};
    std::size_t rows = 0;
    bool first = true;
    for (const Column* column : given) {
        if (!column)
            continue;
        if (!first && column->size() != rows)
            return make_error(ErrorKind::SizeMismatch, "the ranges have different numbers of rows");
        rows = column->size();
        first = false;
    }

    std::vector<Deal> deals;
    deals.reserve(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        bool all_blank = true;
        for (const Column* column : given)
            if (column && !(*column)[r].is_empty())
                all_blank = false;
        if (all_blank)
            continue;

        Deal deal;
        deal.row = r;
        if (columns.amounts) {
            const NumberReading amount = read_number((*columns.amounts)[r]);
            if (amount.state == NumberReading::State::Unreadable)
                return make_error(ErrorKind::BadValue, "amount in row " + std::to_string(r + 1) + " is not a number", r);
            if (amount.is_value())
                deal.amount = amount.value;
        }
        if (columns.stages) {
            const Cell& cell = (*columns.stages)[r];
            if (cell.kind == Cell::Kind::Error)
                return make_error(ErrorKind::BadValue, "stage in row " + std::to_string(r + 1) + " is an error value", r);
            if (cell.kind == Cell::Kind::Number)
                return make_error(ErrorKind::BadValue, "stage in row " + std::to_string(r + 1) + " is a number, not a stage name", r);
            if (cell.kind == Cell::Kind::Text && !trim(cell.text).empty()) {
                deal.stage = model.find(cell.text);
                if (!deal.stage)
                    return make_error(ErrorKind::NotFound, "unknown stage '" + cell.text + "' in row " + std::to_string(r + 1), r);
            }
        }
        if (columns.probabilities) {
            const NumberReading p = read_probability((*columns.probabilities)[r]);
            if (p.state == NumberReading::State::Unreadable)
                return make_error(ErrorKind::BadValue, "probability in row " + std::to_string(r + 1) + " is not between 0 and 100%", r);
            if (p.is_value())
                deal.probability = p.value;
        }
        deals.push_back(deal);
    }
    return deals;
}

std::optional<double> win_probability(const Deal& deal, const StageModel& model)
{
    if (deal.stage && model.stage(*deal.stage).outcome == StageOutcome::Lost)
        return 0.0;
    if (deal.probability)
        return deal.probability;
    if (deal.stage)
        return model.stage(*deal.stage).probability;
    return std::nullopt;
}

} // namespace kat
