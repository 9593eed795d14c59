// Labels of array results and reports, in the office's UI language. Plain text tables:
// the add-in and the report builders pick the language, core keeps the words.
#pragma once

#include <string_view>

namespace kat {

enum class Language { English, Chinese };

// "zh", "zh-CN", "zh-TW" → Chinese; anything else → English.
Language language_from_tag(std::string_view bcp47);

enum class Label {
    Stage, Deals, Amount, Weighted, WinProbability, ConversionFromPrevious, Lost, Total,
    Reached, CumulativeConversion,
    Category, Closed, Commit, BestCase, Pipeline, Omitted, CommitForecast, BestCaseForecast, Expected,
    Group, Won, WinRate, Blank,
    ClosedDeals, WonDeals, ObservedWinRate, ModelProbability, Difference,
    Campaign, Cost, Attendees, CostPerAttendee, Roi, Unmatched,
    Partner, Period, DirectSales, Collected, SingleRebatePaid, Pending, IndirectSales, VolumeBase, VolumeRebate,
    TotalPayable, Clawback,
};

std::string_view label(Label which, Language language);

} // namespace kat
