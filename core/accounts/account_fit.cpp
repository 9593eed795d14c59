#include "accounts/account_fit.hpp"

#include <string>

#include "tables/table_mapping.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

bool is_blank(const Cell& cell) { return cell.is_empty() || cell_text(cell).empty(); }

bool says_weight(const Cell& cell)
{
    static const std::string keys[] = {fold_key("weight"), fold_key("weights"), fold_key("权重"), fold_key("權重")};
    const std::string key = fold_key(cell_text(cell));
    for (const std::string& k : keys)
        if (key == k)
            return true;
    return false;
}

} // namespace

std::optional<double> fit_in_grid(const std::vector<std::vector<Cell>>& grid, const std::string& account)
{
    const std::string wanted = fold_key(account);
    for (std::size_t h = 0; h + 1 < grid.size() && h < 10; ++h) {
        const std::vector<Cell>& header = grid[h];
        for (std::size_t a = 0; a < header.size(); ++a) {
            if (!is_header_of(header[a], Field::Account) || a >= grid[h + 1].size() || !says_weight(grid[h + 1][a]))
                continue;
            // The criteria: the other columns with a number in the weight row.
            std::vector<std::size_t> criteria;
            std::vector<double> weights;
            for (std::size_t c = 0; c < grid[h + 1].size(); ++c) {
                const NumberReading w = read_number(grid[h + 1][c]);
                if (c != a && w.is_value() && w.value >= 0.0) {
                    criteria.push_back(c);
                    weights.push_back(w.value);
                }
            }
            for (std::size_t r = h + 2; r < grid.size(); ++r) {
                if (a >= grid[r].size() || fold_key(cell_text(grid[r][a])) != wanted)
                    continue;
                std::vector<Cell> ratings;
                for (std::size_t c : criteria)
                    ratings.push_back(c < grid[r].size() ? grid[r][c] : Cell::empty());
                const Result<double> fit = account_fit(ratings, weights);
                if (fit.ok())
                    return fit.value();
                return std::nullopt;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

Result<std::vector<double>> fit_weights(const std::vector<std::vector<Cell>>& weights)
{
    std::vector<double> found;
    double total = 0.0;
    for (const std::vector<Cell>& row : weights)
        for (const Cell& cell : row) {
            if (is_blank(cell) || cell.kind == Cell::Kind::Text && !read_number(cell).is_value())
                continue; // a criterion's name beside its weight
            const NumberReading weight = read_number(cell);
            if (!weight.is_value() || weight.value < 0.0)
                return make_error(ErrorKind::BadArgument, "weights must be numbers of 0 or more");
            found.push_back(weight.value);
            total += weight.value;
        }
    if (found.empty() || !(total > 0.0))
        return make_error(ErrorKind::BadArgument, "the weights add up to nothing");
    return found;
}

Result<double> account_fit(const std::vector<Cell>& ratings, const std::vector<double>& weights)
{
    if (ratings.size() != weights.size())
        return make_error(ErrorKind::BadArgument, std::to_string(ratings.size()) + " ratings for " +
                                                      std::to_string(weights.size()) + " weighted criteria");
    double score = 0.0, best = 0.0;
    for (std::size_t c = 0; c < ratings.size(); ++c) {
        double rating = 0.0; // not rated yet
        if (!is_blank(ratings[c])) {
            const NumberReading read = read_number(ratings[c]);
            if (!read.is_value() || read.had_percent_sign || read.value < 0.0 || read.value > best_rating)
                return make_error(ErrorKind::BadValue, "a rating is not a number from 0 to 5");
            rating = read.value;
        }
        score += rating * weights[c];
        best += best_rating * weights[c];
    }
    if (!(best > 0.0))
        return make_error(ErrorKind::BadArgument, "the weights add up to nothing");
    return score / best;
}

Result<Table> account_fit_table(const std::vector<std::vector<Cell>>& ratings,
                                const std::vector<std::vector<Cell>>& weights, Language language)
{
    const Result<std::vector<double>> w = fit_weights(weights);
    if (!w.ok())
        return w.error();
    Table table;
    for (std::size_t r = 0; r < ratings.size(); ++r) {
        const std::vector<Cell>& row = ratings[r];
        bool blank = true, all_text = true;
        for (const Cell& cell : row) {
            blank = blank && is_blank(cell);
            all_text = all_text && (is_blank(cell) || (cell.kind == Cell::Kind::Text && !read_number(cell).is_value()));
        }
        if (blank) {
            table.push_back({TableCell::empty()});
            continue;
        }
        if (all_text && r == 0) {
            table.push_back({TableCell::of(label(Label::Fit, language))});
            continue;
        }
        // The account's name first, if the range holds it.
        const std::size_t first = !row.empty() && row[0].kind == Cell::Kind::Text && !read_number(row[0]).is_value() ? 1 : 0;
        const Result<double> fit = account_fit(std::vector<Cell>(row.begin() + static_cast<std::ptrdiff_t>(first), row.end()), w.value());
        if (!fit.ok())
            return make_error(fit.error().kind, fit.error().message + " in row " + std::to_string(r + 1), r);
        table.push_back({TableCell::of(fit.value())});
    }
    return table;
}

} // namespace kat
