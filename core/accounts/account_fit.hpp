// The ideal customer (seed 004, 理想型客户): how well each account fits the profile of the
// accounts worth the effort, on the user's own criteria. Each account is rated 0–5 per
// criterion; the criteria weigh differently; the fit is the weighted rating over the best
// possible one, 0–100 %.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat {

inline constexpr double best_rating = 5.0;

// ACCOUNT.FIT: one row out per row in, one column. ratings: one row per account, one
// number 0–5 per criterion (a text cell first in the row — the account's name — is left
// out; a row of text only is a header row and answers "Fit"; a blank row answers blank; a
// blank rating counts 0: not rated yet). weights: the numbers in the range, in order, one
// per criterion, none negative, not all zero (text cells, e.g. the criteria's names, are
// left out). Fit = Σ rating × weight ÷ (5 × Σ weight).
Result<Table> account_fit_table(const std::vector<std::vector<Cell>>& ratings,
                                const std::vector<std::vector<Cell>>& weights, Language language);

// The same for one account's ratings (criteria in the weights' order), for the deal plan.
Result<double> account_fit(const std::vector<Cell>& ratings, const std::vector<double>& weights);

// An ideal-customer sheet as a rep keeps it: a header row naming the account column (客户 /
// Account) and the criteria, a row whose account cell says Weight / 权重 holding the
// weights, then one row per account with its ratings. The fit of `account` (folded
// match); none when the grid is not such a table or does not list the account.
std::optional<double> fit_in_grid(const std::vector<std::vector<Cell>>& grid, const std::string& account);

// The weights a range holds, as read by account_fit_table.
Result<std::vector<double>> fit_weights(const std::vector<std::vector<Cell>>& weights);

} // namespace kat
