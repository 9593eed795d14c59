#include "functions/inputs.hpp"

#include <algorithm>

#include "functions/registry.hpp"
#include "pipeline/model_choice.hpp"
#include "tables/table_mapping.hpp"
#include "text/fold.hpp"
#include "values/read_date.hpp"
#include "values/read_number.hpp"

namespace kat::functions {

Passed Passed::left_out()
{
    Passed grid;
    grid.omitted = true;
    return grid;
}

Passed Passed::value(Cell cell)
{
    Passed grid;
    grid.rows = grid.columns = 1;
    grid.cells.push_back(std::move(cell));
    return grid;
}

Passed Passed::range(std::size_t rows, std::size_t columns, Column cells)
{
    Passed grid;
    grid.is_range = true;
    grid.rows = rows;
    grid.columns = columns;
    grid.cells = std::move(cells);
    return grid;
}

std::vector<std::vector<Cell>> Passed::as_rows() const
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

Answer Answer::shaped_like(const Passed& input, const std::vector<TableCell>& values)
{
    // The whole input's shape, header row included (left empty), so the answer lines up
    // with the range it was entered beside.
    Table table(input.rows, TableRow(input.columns));
    for (std::size_t i = 0; i < values.size() && input.columns > 0; ++i) {
        const std::size_t row = input.header_rows + i / input.columns;
        if (row >= input.rows)
            break;
        table[row][i % input.columns] = values[i];
    }
    return of(std::move(table));
}

Inputs::Inputs(const Function& function, std::vector<Passed> grids, Language language)
    : function_(function), grids_(std::move(grids)), language_(language), numbers_(grids_.size(), 0.0)
{
}

Cell Inputs::cell(std::size_t i) const
{
    const Passed& g = grids_[i];
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

bool numeric_kind(ArgumentKind kind)
{
    return kind == ArgumentKind::Amounts || kind == ArgumentKind::Probabilities || kind == ArgumentKind::Numbers ||
           kind == ArgumentKind::Dates;
}

// How the first row of a range reads. Sure: one of the column's own headers (any known
// header when the argument names no column), or text where the column holds numbers or
// dates. Possible: text that is no stage of the model in a stage column, or any text in a
// text column of no known kind. Data: anything else (a number, a known stage, a name).
enum class FirstRow { Blank, Possible, Sure, Data };
FirstRow first_row_of(const Passed& grid, const Argument& argument, const StageModel& model)
{
    const ArgumentKind kind = argument.kind;
    FirstRow row = FirstRow::Blank;
    for (std::size_t c = 0; c < grid.columns; ++c) {
        const Cell cell = c < grid.cells.size() ? grid.cells[c] : Cell::empty();
        if (cell.is_empty())
            continue;
        FirstRow this_cell = FirstRow::Data;
        if (argument.column ? is_header_of(cell, *argument.column) : is_known_header(cell))
            this_cell = FirstRow::Sure;
        else if (cell.kind == Cell::Kind::Text && numeric_kind(kind))
            this_cell = (kind == ArgumentKind::Dates ? read_date(cell) : read_number(cell)).is_value() ? FirstRow::Data
                                                                                                        : FirstRow::Sure;
        else if (cell.kind == Cell::Kind::Text && kind == ArgumentKind::Stages)
            this_cell = model.find(cell.text) ? FirstRow::Data : FirstRow::Possible;
        else if (cell.kind == Cell::Kind::Text && !argument.column)
            this_cell = FirstRow::Possible; // a text column of no known kind: only a header elsewhere decides
        if (this_cell == FirstRow::Data)
            return FirstRow::Data;
        row = std::max(row, this_cell);
    }
    return row;
}

} // namespace

void Inputs::choose_model_from_data()
{
    // No model chosen: the one the deals' own stages call for (model_choice.hpp).
    const auto& arguments = function_.arguments;
    const bool takes_model = std::any_of(arguments.begin(), arguments.end(),
                                         [](const Argument& a) { return a.kind == ArgumentKind::Model; });
    if (model_ || !takes_model)
        return;
    for (std::size_t i = 0; i < grids_.size(); ++i)
        if (given(i) && arguments[i].kind == ArgumentKind::Stages) {
            ModelChoice choice = choose_stage_model(grids_[i].cells);
            user_model_ = std::move(choice.model);
            model_ = user_model_.get();
            return;
        }
}

void Inputs::even_out_ranges()
{
    // Ranges passed side by side — the same number of rows — form one table: its header
    // row is skipped in all of them or in none, and they are read to the same length, the
    // last row holding anything in any of them. Ranges of another length (a second table,
    // or a mistake the engine reports) are handled as their own group.
    std::vector<bool> done(grids_.size(), false);
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < grids_.size(); ++i) {
        if (done[i] || !given(i) || !grids_[i].is_range || !is_range_kind(function_.arguments[i].kind))
            continue;
        std::vector<std::size_t> group;
        for (std::size_t j = i; j < grids_.size(); ++j)
            if (!done[j] && given(j) && grids_[j].is_range && is_range_kind(function_.arguments[j].kind) &&
                grids_[j].rows == grids_[i].rows) {
                group.push_back(j);
                done[j] = true;
            }
        groups.push_back(std::move(group));
    }
    for (const std::vector<std::size_t>& group : groups) {
        bool header = grids_[group.front()].rows >= 2, some_header = false;
        std::size_t used_rows = 0;
        for (std::size_t j : group) {
            const Passed& g = grids_[j];
            const FirstRow first = first_row_of(g, function_.arguments[j], model());
            header = header && first != FirstRow::Data;
            some_header = some_header || first == FirstRow::Sure;
            used_rows = std::max(used_rows, g.columns ? (g.cells.size() + g.columns - 1) / g.columns : 0);
        }
        // Two tables of different lengths: each keeps all its rows, so ranges that should
        // have matched are still told apart by the engine.
        if (groups.size() > 1)
            used_rows = grids_[group.front()].rows;
        header = header && some_header;
        for (std::size_t j : group) {
            Passed& g = grids_[j];
            g.cells.resize(used_rows * g.columns, Cell::empty());
            if (header && !g.cells.empty()) {
                g.cells.erase(g.cells.begin(), g.cells.begin() + static_cast<std::ptrdiff_t>(g.columns));
                g.header_rows = 1;
            }
        }
    }
}

Result<bool> Inputs::read()
{
    for (std::size_t i = 0; i < grids_.size(); ++i) {
        const Argument& argument = function_.arguments[i];
        Passed& g = grids_[i];
        // Settings and single values are read whole (only range columns may come trimmed).
        if (!is_range_kind(argument.kind) && g.cells.size() < g.rows * g.columns)
            g.cells.resize(g.rows * g.columns, Cell::empty());
        // A single blank value where a range or setting may be left out means "left out".
        if (!g.omitted && (argument.optional || argument.may_be_blank) && !g.is_range && g.is_single() &&
            g.cells.front().is_empty() && argument.kind != ArgumentKind::Value)
            g = Passed::left_out();
        // A required single value Calc let the user leave out is an empty cell, which the
        // rule answers like any blank (#N/A for "which stage?").
        if (g.omitted && !argument.optional &&
            (argument.kind == ArgumentKind::Value || argument.kind == ArgumentKind::CellOrRange))
            g = Passed::value(Cell::empty());
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
                if (name.is_empty() || (name.kind == Cell::Kind::Text && trim(name.text).empty()))
                    break; // "": chosen from the data, as when left out
                model_ = name.kind == Cell::Kind::Text ? StageModel::built_in(name.text) : nullptr;
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
    even_out_ranges();
    choose_model_from_data();
    return true;
}

} // namespace kat::functions
