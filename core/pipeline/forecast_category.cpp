#include "pipeline/forecast_category.hpp"

#include <string>
#include <utility>

#include "text/fold.hpp"

namespace kat {

std::optional<ForecastCategory> forecast_category_named(std::string_view text)
{
    static const std::pair<std::string_view, ForecastCategory> names[] = {
        {"pipeline", ForecastCategory::Pipeline}, {"管道", ForecastCategory::Pipeline},
        {"管线", ForecastCategory::Pipeline},     {"bestcase", ForecastCategory::BestCase},
        {"best", ForecastCategory::BestCase},     {"最佳", ForecastCategory::BestCase},
        {"最佳情况", ForecastCategory::BestCase}, {"最佳实践", ForecastCategory::BestCase},
        {"commit", ForecastCategory::Commit},     {"承诺", ForecastCategory::Commit},
        {"closed", ForecastCategory::Closed},     {"已成交", ForecastCategory::Closed},
        {"成交", ForecastCategory::Closed},       {"omitted", ForecastCategory::Omitted},
        {"omit", ForecastCategory::Omitted},      {"排除", ForecastCategory::Omitted},
    };
    const std::string key = fold_key(text);
    for (const auto& [name, category] : names)
        if (key == name)
            return category;
    return std::nullopt;
}

} // namespace kat
