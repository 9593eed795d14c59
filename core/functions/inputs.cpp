#include "functions/inputs.hpp"

#include "functions/registry.hpp"
#include "values/read_number.hpp"

namespace kat::functions {

Grid Grid::left_out()
{
    Grid grid;
    grid.omitted = true;
    return grid;
}

Grid Grid::value(Cell cell)
{
    Grid grid;
    grid.rows = grid.columns = 1;
    grid.cells.push_back(std::move(cell));
    return grid;
}

Grid Grid::range(std::size_t rows, std::size_t columns, Column cells)
{
    Grid grid;
    grid.is_range = true;
    grid.rows = rows;
    grid.columns = columns;
    grid.cells = std::move(cells);
    return grid;
}

std::vector<std::vector<Cell>> Grid::as_rows() const
{
    std::vector<std::vector<Cell>> out;
    if (columns == 0)
        return out;
    out.reserve(rows);
    for (std::size_t r = 0; r < rows && r * columns < cells.size(); ++r)
        out.emplace_back(cells.begin() + static_cast<std::ptrdiff_t>(r * columns),
                         cells.begin() + static_cast<std::ptrdiff_t>(std::min(cells.size(), (r + 1) * columns)));
    return out;
}

Answer Answer::shaped_like(const Grid& input, const std::vector<TableCell>& values)
{
    Table table(input.rows, TableRow(input.columns));
    for (std::size_t i = 0; i < values.size() && input.columns > 0 && i / input.columns < input.rows; ++i)
        table[i / input.columns][i % input.columns] = values[i];
    return of(std::move(table));
}

Inputs::Inputs(const Function& function, std::vector<Grid> grids, Language language)
    : function_(function), grids_(std::move(grids)), language_(language), numbers_(grids_.size(), 0.0)
{
}

Cell Inputs::cell(std::size_t i) const
{
    const Grid& g = grids_[i];
    if (g.omitted || g.cells.empty())
        return Cell::empty();
    return g.is_single() ? g.cells.front() : Cell::error();
}

const StageModel& Inputs::model() const { return model_ ? *model_ : StageModel::customer7(); }

namespace {

Error bad_argument(const Argument& argument, std::string what)
{
    return make_error(ErrorKind::BadArgument, std::string(argument.name.en) + ": " + std::move(what));
}

} // namespace

Result<bool> Inputs::read()
{
    for (std::size_t i = 0; i < grids_.size(); ++i) {
        const Argument& argument = function_.arguments[i];
        Grid& g = grids_[i];
        // A single blank value where a range or setting may be left out means "left out".
        if (!g.omitted && (argument.optional || argument.may_be_blank) && !g.is_range && g.is_single() &&
            g.cells.front().is_empty() && argument.kind != ArgumentKind::Value)
            g = Grid::left_out();
        // A required single value Calc let the user leave out is an empty cell, which the
        // rule answers like any blank (#N/A for "which stage?").
        if (g.omitted && !argument.optional &&
            (argument.kind == ArgumentKind::Value || argument.kind == ArgumentKind::CellOrRange))
            g = Grid::value(Cell::empty());
        if (g.omitted) {
            if (!argument.optional && !argument.may_be_blank)
                return bad_argument(argument, "is required");
            numbers_[i] = argument.fallback;
            continue;
        }
        switch (argument.kind) {
        case ArgumentKind::Model: {
            // A name (also in a one-cell range), or the user's two- or three-column range.
            if (g.is_single() && g.cells.front().kind != Cell::Kind::Number) {
                const Cell& name = g.cells.front();
                model_ = name.kind == Cell::Kind::Text ? StageModel::built_in(name.text)
                                                       : name.is_empty() ? &StageModel::customer7() : nullptr;
                if (!model_)
                    return bad_argument(argument, "unknown stage model '" + name.text + "'");
                break;
            }
            Result<StageModel> user_model = StageModel::from_rows(g.as_rows());
            if (!user_model.ok())
                return user_model.error();
            user_model_ = std::make_shared<const StageModel>(std::move(user_model.value()));
            model_ = user_model_.get();
            break;
        }
        case ArgumentKind::Rate:
        case ArgumentKind::Share: {
            if (!g.is_single())
                return bad_argument(argument, "is one value");
            const NumberReading reading = argument.kind == ArgumentKind::Rate ? read_probability(g.cells.front())
                                                                               : read_percentage(g.cells.front());
            if (reading.is_blank())
                numbers_[i] = argument.fallback;
            else if (!reading.is_value() || reading.value < 0.0)
                return bad_argument(argument, "is not a percentage");
            else
                numbers_[i] = reading.value;
            break;
        }
        case ArgumentKind::Number:
        case ArgumentKind::Flag: {
            const NumberReading reading = g.is_single() ? read_number(g.cells.front()) : NumberReading{NumberReading::State::Unreadable, 0.0, false};
            if (reading.state == NumberReading::State::Unreadable ||
                (reading.is_blank() && argument.kind == ArgumentKind::Number && !argument.optional))
                return make_error(ErrorKind::BadValue, std::string(argument.name.en) + ": not a number");
            numbers_[i] = reading.is_value() ? reading.value : argument.fallback;
            break;
        }
        default:
            break; // ranges, values and tables are read by the rule's engine, which knows its cells
        }
    }
    return true;
}

} // namespace kat::functions
