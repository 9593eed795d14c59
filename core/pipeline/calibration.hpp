// Calibration (SPEC §4): the win rate each stage really had in the sheet's own closed
// history, beside the model's default. A closed deal that had reached a stage counts
// towards that stage and every earlier one.
#pragma once

#include "i18n/labels.hpp"
#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat {

// stages_history: the furthest stage each deal reached before it was closed; outcomes:
// won or lost (Won/Lost, 赢单/输单, 赢/输, 1/0, TRUE/FALSE); a blank outcome is a deal still
// open and is left out. Output: Stage | Closed deals | Won | Observed win rate | Model
// probability | Difference (observed − model), for the funnel stages.
Result<Table> calibration_table(const Column& stages_history, const Column& outcomes, const StageModel& model,
                                Language language);

} // namespace kat
