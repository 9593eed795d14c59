// Stage models of seed 003: the seven-stage customer funnel and the five-stage action
// funnel, or a user's own model (a range: stage name, probability, [forecast category]).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

// Forecast categories (SPEC §4); each stage has a default one.
enum class ForecastCategory { Pipeline, BestCase, Commit, Closed, Omitted };

enum class StageOutcome { Open, Won, Lost };

struct Stage {
    std::string name;          // as shown in reports (Chinese name for built-in models)
    std::string english_name;  // as shown in English reports
    double probability = 0.0;  // default win probability, fraction
    ForecastCategory category = ForecastCategory::Pipeline;
    StageOutcome outcome = StageOutcome::Open;
};

using StageIndex = std::size_t;

class StageModel {
public:
    // 七阶段客户漏斗: 目标客户 5% … 成交客户 100%, then Lost 0%.
    static const StageModel& customer7();
    // 五阶段商机: 初步接洽 10% … 赢单 100%, then Lost 0%.
    static const StageModel& action5();

    // The default pipelines of the CRMs sheets are exported from, with the usual default
    // probabilities: Salesforce (Prospecting 10 % … Negotiation/Review 90 %, Closed Won /
    // Closed Lost), HubSpot (Appointment scheduled 20 % … Contract sent 90 %, Closed won /
    // lost) and Pipedrive (Lead in 10 % … Negotiations started 80 %, Won / Lost).
    static const StageModel& salesforce();
    static const StageModel& hubspot();
    static const StageModel& pipedrive();

    // "customer7" / "action5" (also 七阶段 / 五阶段), "salesforce", "hubspot", "pipedrive",
    // case- and width-insensitive. Returns nullptr for an unknown name.
    static const StageModel* built_in(std::string_view name);

    // The built-in models' names, in the order a best match prefers them.
    static const std::vector<std::string_view>& built_in_names();

    // A user's model from rows of (stage, probability[, category]) in funnel order.
    // A first row whose probability is not a number is taken as a header. A stage at
    // 100 % is won, one at 0 % is lost; a model without a lost stage gets the usual
    // Lost / 输单 / 丢单 aliases so closed-lost deals are still recognised.
    static Result<StageModel> from_rows(const std::vector<std::vector<Cell>>& rows);

    // The stage a user's text names, in English, Simplified or Traditional Chinese,
    // whatever the case or width; a leading ordinal ("3.", "三、") and a trailing
    // 阶段 / stage are ignored.
    std::optional<StageIndex> find(std::string_view stage_text) const;

    // Funnel stages in order, then the lost stage last.
    const std::vector<Stage>& stages() const { return stages_; }
    const Stage& stage(StageIndex index) const { return stages_[index]; }

private:
    StageModel() = default;
    void add_stage(Stage stage, std::initializer_list<std::string_view> aliases);
    void add_alias(std::string_view alias, StageIndex index);
    std::optional<StageIndex> find_key(const std::string& key) const;

    std::vector<Stage> stages_;
    std::unordered_map<std::string, StageIndex> by_key_;
};

} // namespace kat
