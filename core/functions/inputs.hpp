// A sheet function's arguments as core sees them, and its answer. The UNO adapter turns
// each argument Calc passes into a Passed — the cells as passed — and nothing else; the registry checks and reads
// them by their declared kind (registry.hpp) before the function's rule runs.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat::functions {

// One argument as passed: a range (or inline array) of cells, a single value, or nothing.
struct Passed {
    bool omitted = false;   // an optional argument left out
    bool is_range = false;  // a range or array, not a single value
    std::size_t rows = 0, columns = 0; // the shape as passed (an answer in its shape keeps it)
    // Row by row. The adapter may stop after the last row holding anything (a whole column
    // is a million rows, nearly all empty); Inputs::read() evens out the ranges of a call.
    Column cells;
    std::size_t header_rows = 0; // rows skipped at the top: a header row the user included

    static Passed left_out();
    static Passed value(Cell cell);
    static Passed range(std::size_t rows, std::size_t columns, Column cells);

    bool is_single() const { return cells.size() == 1; }
    std::vector<std::vector<Cell>> as_rows() const;
};

// What a function gives back: a number, a text, or an array (with its header row where a
// person wants one). Errors travel as Result<Answer>'s Error.
struct Answer {
    enum class Kind { Number, Text, Array };
    Kind kind = Kind::Number;
    double number = 0.0;
    std::string text;
    Table table;

    static Answer of(double value) { return {Kind::Number, value, {}, {}}; }
    static Answer of(std::string value) { return {Kind::Text, 0.0, std::move(value), {}}; }
    static Answer of(Table value) { return {Kind::Array, 0.0, {}, std::move(value)}; }
    // One answer cell per input cell, in the input's shape (a row stays a row).
    static Answer shaped_like(const Passed& input, const std::vector<TableCell>& values);
};

// A core result as an answer: its error, or what `make` builds from its value.
template <class T, class Make>
Result<Answer> answer_from(const Result<T>& result, Make&& make)
{
    if (!result.ok())
        return result.error();
    return make(result.value());
}

// The usual cases: a number, a count, a table.
inline Result<Answer> answer_from(const Result<double>& result)
{
    return answer_from(result, [](double value) { return Answer::of(value); });
}
inline Result<Answer> answer_from(const Result<std::size_t>& result)
{
    return answer_from(result, [](std::size_t value) { return Answer::of(static_cast<double>(value)); });
}
inline Result<Answer> answer_from(const Result<Table>& result)
{
    return answer_from(result, [](const Table& value) { return Answer::of(value); });
}

// One answer cell per input cell, each made by `to_cell`, in the input's shape.
template <class T, class ToCell>
Result<Answer> shaped_answer(const Passed& input, const Result<std::vector<T>>& values, ToCell&& to_cell)
{
    return answer_from(values, [&](const std::vector<T>& all) {
        std::vector<TableCell> cells;
        cells.reserve(all.size());
        for (const T& value : all)
            cells.push_back(to_cell(value));
        return Answer::shaped_like(input, cells);
    });
}

struct Function;

// The arguments of one call, read by kind. Built by call() (registry.hpp): when it reaches
// a function's rule, every model, rate, share, number and flag argument has been read and
// found good, so the rule only asks for them.
class Inputs {
public:
    Inputs(const Function& function, std::vector<Passed> grids, Language language);

    Language language() const { return language_; }
    std::size_t count() const { return grids_.size(); }
    const Passed& grid(std::size_t i) const { return grids_[i]; }
    bool given(std::size_t i) const { return i < grids_.size() && !grids_[i].omitted; }

    // A range argument's cells, row by row (empty when left out).
    const Column& column(std::size_t i) const { return grids_[i].cells; }
    // nullptr when left out, for the engines' optional columns.
    const Column* optional_column(std::size_t i) const { return given(i) ? &grids_[i].cells : nullptr; }
    std::vector<std::vector<Cell>> rows(std::size_t i) const { return grids_[i].as_rows(); }
    // A single value: a one-cell range is that cell; a bigger range is an error cell.
    Cell cell(std::size_t i) const;

    // Read and checked before the rule runs (see ArgumentKind).
    const StageModel& model() const;
    double number(std::size_t i) const { return numbers_[i]; }   // Number, Rate, Share: a fraction for the last two
    bool flag(std::size_t i) const { return numbers_[i] != 0.0; }

    // Reads every argument by its kind; the first one that is not good is the error.
    Result<bool> read();

private:
    void even_out_ranges();
    void choose_model_from_data();

    const Function& function_;
    std::vector<Passed> grids_;
    Language language_;
    std::vector<double> numbers_;
    const StageModel* model_ = nullptr;
    std::shared_ptr<const StageModel> user_model_;
};

} // namespace kat::functions
