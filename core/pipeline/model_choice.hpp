// Which stage model a table's own stages call for, when the user has not chosen one:
// the built-in model (the two funnels of the key-account method, or a CRM's default
// pipeline) that knows every stage the data names — one rare unknown name (at most 2 % of
// the rows) is taken for a typo, which the functions report as #N/A — else a model made of
// the data's own stages, ordered and weighted by what their words say. Never a sheet of
// errors for a table whose columns were all found.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/stage_model.hpp"
#include "values/cell.hpp"

namespace kat {

struct ModelChoice {
    std::string name;                        // a built-in model's name; "" for the data's own
    std::shared_ptr<const StageModel> model; // never null
    bool from_data() const { return name.empty(); }
};

ModelChoice choose_stage_model(const Column& stages);

// The data's stages (distinct names, in order of first appearance) as a model: prospect /
// lead → qualify → engage / demo / meeting → proposal / quote → negotiate / contract → won,
// and lost, by their words in English, Simplified or Traditional Chinese; a stage no word
// places sits with the engaged ones. Probabilities 10 / 20 / 35 / 55 / 80 / 100 / 0 %.
StageModel model_from_stage_names(const std::vector<std::string>& names);

} // namespace kat
