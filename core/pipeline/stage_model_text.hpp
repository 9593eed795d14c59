// A stage model typed as text, one "stage=probability" per line (the Columns… dialog, the
// workbook setting): both halves of that format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/stage_model.hpp"
#include "values/cell.hpp"

namespace kat {

// The model's stages as editable lines, "谈判客户=80%": a starting point for one's own model.
std::string stage_model_text(const StageModel& model);

// Lines "stage=probability" (also ":", "：" or a tab) as rows StageModel::from_rows reads;
// blank lines skipped, a line without a separator is a stage without a probability.
std::vector<std::vector<Cell>> stage_rows_from_text(std::string_view text);

} // namespace kat
