#include "pipeline/review_period.hpp"

#include <cstdlib>
#include <vector>

#include <boost/algorithm/string/split.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>


namespace kat {
namespace {

const boost::gregorian::date epoch(1899, 12, 30);

boost::gregorian::date date_of(double serial) { return epoch + boost::gregorian::days(static_cast<long>(serial)); }
double serial_of(const boost::gregorian::date& day) { return static_cast<double>((day - epoch).days()); }

std::optional<double> serial_in(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !(value >= 1.0 && value <= 2958465.0))
        return std::nullopt;
    return value;
}

std::string serial_text(const std::optional<double>& serial)
{
    return serial ? std::to_string(static_cast<long>(*serial)) : std::string();
}

} // namespace

std::string_view period_choice_code(PeriodChoice choice)
{
    switch (choice) {
    case PeriodChoice::ThisQuarter: return "quarter";
    case PeriodChoice::ThisHalf: return "half";
    case PeriodChoice::ThisYear: return "year";
    case PeriodChoice::Custom: break;
    }
    return "custom";
}

PeriodChoice period_choice_from_code(std::string_view code)
{
    for (PeriodChoice choice : {PeriodChoice::ThisHalf, PeriodChoice::ThisYear, PeriodChoice::Custom})
        if (code == period_choice_code(choice))
            return choice;
    return PeriodChoice::ThisQuarter;
}

ReviewPeriod period_bounds(const ChosenPeriod& period, double today)
{
    if (period.choice == PeriodChoice::Custom)
        return period.custom;
    const boost::gregorian::date day = date_of(today);
    const int year = day.year(), month = day.month();
    int first_month = 1, months = 12;
    if (period.choice == PeriodChoice::ThisQuarter)
        first_month = (month - 1) / 3 * 3 + 1, months = 3;
    else if (period.choice == PeriodChoice::ThisHalf)
        first_month = month > 6 ? 7 : 1, months = 6;
    const boost::gregorian::date first(static_cast<unsigned short>(year), static_cast<unsigned short>(first_month), 1);
    const boost::gregorian::date after = first + boost::gregorian::months(months);
    return ReviewPeriod{serial_of(first), serial_of(after) - 1.0};
}

std::string period_name(const ChosenPeriod& period, double today, Language language)
{
    const boost::gregorian::date day = date_of(today);
    const std::string year = std::to_string(static_cast<int>(day.year()));
    const int month = day.month();
    switch (period.choice) {
    case PeriodChoice::ThisQuarter:
        return format_label(Label::PeriodQuarter, language, {year, std::to_string((month - 1) / 3 + 1)});
    case PeriodChoice::ThisHalf:
        return format_label(month > 6 ? Label::PeriodSecondHalf : Label::PeriodFirstHalf, language, {year});
    case PeriodChoice::ThisYear:
        return format_label(Label::PeriodYear, language, {year});
    case PeriodChoice::Custom: break;
    }
    const auto bound = [](const std::optional<double>& serial) {
        return serial ? boost::gregorian::to_iso_extended_string(date_of(*serial)) : std::string("…");
    };
    return bound(period.custom.from) + " – " + bound(period.custom.to);
}

std::string period_to_text(const ChosenPeriod& period)
{
    return std::string(period_choice_code(period.choice)) + "|" + serial_text(period.custom.from) + "|" +
           serial_text(period.custom.to);
}

ChosenPeriod period_from_text(std::string_view text)
{
    std::vector<std::string> parts;
    boost::algorithm::split(parts, text, [](char c) { return c == '|'; });
    ChosenPeriod period;
    period.choice = period_choice_from_code(parts.empty() ? std::string_view() : std::string_view(parts[0]));
    if (parts.size() > 1)
        period.custom.from = serial_in(parts[1]);
    if (parts.size() > 2)
        period.custom.to = serial_in(parts[2]);
    return period;
}

} // namespace kat
