// Sales efficiency (seed 003 §4.4): coverage against target, win rate, sales cycle.
#pragma once

#include <vector>

#include "pipeline/deal.hpp"
#include "result.hpp"

namespace kat {

// Σ amount of the deals still open (all deals when they carry no stage). The 3× rule of
// seed 003: "销售漏斗的总额应该3倍于销售目标".
double open_pipeline(const std::vector<Deal>& deals, const StageModel& model);

// open pipeline ÷ target; DivisionByZero for a zero target, BadArgument for a negative one.
Result<double> pipeline_coverage(double open_pipeline, double target);

// Seed 003's rule: the open pipeline should be at least three times the target.
inline constexpr double healthy_coverage = 3.0;

// won ÷ (won + lost), counting deals; DivisionByZero when none is closed yet.
Result<double> win_rate(const std::vector<Deal>& deals, const StageModel& model);

// Mean days from created to closed over won deals that have both dates. A close before
// its creation is BadValue (naming the row); no such deal is DivisionByZero.
Result<double> average_sales_cycle(const std::vector<Deal>& deals, const StageModel& model);

} // namespace kat
