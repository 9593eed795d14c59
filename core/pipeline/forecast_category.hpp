// Forecast categories (SPEC §4): Pipeline / Best case / Commit / Closed / Omitted, named
// in English or Chinese (管道 / 最佳 / 承诺 / 已成交 / 排除).
#pragma once

#include <optional>
#include <string_view>

#include "pipeline/stage_model.hpp"

namespace kat {

std::optional<ForecastCategory> forecast_category_named(std::string_view text);

} // namespace kat
