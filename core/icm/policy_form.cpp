#include "icm/policy_form.hpp"

#include <boost/algorithm/string/classification.hpp>
#include <boost/algorithm/string/replace.hpp>
#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "icm/rebate_policy.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

// The form's fields in storage order, with the names the policy reader knows.
struct FieldSpec {
    const char* key;
    std::string PolicyForm::*text;
    const char* english;
    const char* chinese;
};

const FieldSpec fields[] = {
    {"rate", &PolicyForm::rate, "rate", "单笔返点率"},
    {"threshold", &PolicyForm::threshold, "threshold", "门槛"},
    {"volume_rate", &PolicyForm::volume_rate, "volume_rate", "总量返点率"},
    {"indirect_weight", &PolicyForm::indirect_weight, "indirect_weight", "间接权重"},
    {"period", &PolicyForm::period, "period", "周期"},
    {"tiers", &PolicyForm::tiers, "tier", "档位"},
    {"cap", &PolicyForm::cap, "cap", "上限"},
};

Error bad_field(const char* key, const std::string& text, const char* what)
{
    return make_error(ErrorKind::BadArgument, std::string(key) + ": '" + text + "' " + what);
}

std::optional<double> amount_of(const std::string& text)
{
    const NumberReading r = read_number(Cell::of(text));
    if (!r.is_value() || r.value < 0.0)
        return std::nullopt;
    return r.value;
}

std::optional<double> rate_of(const std::string& text)
{
    const std::optional<Rate> rate = read_rate(Cell::of(text));
    if (!rate)
        return std::nullopt;
    return rate->fraction();
}

} // namespace

bool PolicyForm::operator==(const PolicyForm& other) const
{
    for (const FieldSpec& f : fields)
        if (this->*f.text != other.*f.text)
            return false;
    return true;
}

std::string policy_form_to_text(const PolicyForm& form)
{
    std::string text;
    for (const FieldSpec& f : fields) {
        std::string value = form.*f.text;
        for (char& c : value)
            if (c == '\n' || c == '\r')
                c = ' '; // one field per line
        text += std::string(f.key) + "=" + value + "\n";
    }
    return text;
}

PolicyForm policy_form_from_text(std::string_view text)
{
    PolicyForm form;
    std::vector<std::string> lines;
    boost::split(lines, text, boost::is_any_of("\n"));
    for (const std::string& line : lines) {
        const std::size_t equals = line.find('=');
        if (equals == std::string::npos)
            continue;
        const std::string key = line.substr(0, equals);
        for (const FieldSpec& f : fields)
            if (key == f.key)
                form.*f.text = boost::trim_copy(line.substr(equals + 1));
    }
    return form;
}

Result<std::vector<std::vector<Cell>>> policy_rows(const PolicyForm& form, Language language)
{
    const bool zh = language == Language::Chinese;
    auto name = [&](const FieldSpec& f) { return Cell::of(std::string(zh ? f.chinese : f.english)); };
    const FieldSpec &rate = fields[0], &threshold = fields[1], &volume_rate = fields[2], &weight = fields[3],
                    &period = fields[4], &tier = fields[5], &cap = fields[6];
    std::vector<std::vector<Cell>> rows;

    auto add_rate = [&](const FieldSpec& f) -> std::optional<Error> {
        const std::string& text = form.*f.text;
        const std::optional<double> value = rate_of(text);
        if (!value)
            return bad_field(f.key, text, "is not a percentage");
        rows.push_back({name(f), Cell::of(*value)});
        return std::nullopt;
    };
    auto add_amount = [&](const FieldSpec& f) -> std::optional<Error> {
        const std::string& text = form.*f.text;
        const std::optional<double> value = amount_of(text);
        if (!value)
            return bad_field(f.key, text, "is not an amount");
        rows.push_back({name(f), Cell::of(*value)});
        return std::nullopt;
    };

    if (auto e = add_rate(rate))
        return *e;
    // Tiers, when given, replace the single threshold and volume rate (as the reader wants).
    std::vector<std::string> tier_texts;
    // Tiers are separated by ";" (a comma is a thousands separator: "100,000:1%").
    std::string tiers = boost::trim_copy(form.tiers);
    boost::replace_all(tiers, "\xEF\xBC\x9B", ";"); // ；
    boost::replace_all(tiers, "\xEF\xBC\x9A", ":"); // ：
    if (!tiers.empty())
        boost::split(tier_texts, tiers, boost::is_any_of(";\n"), boost::token_compress_on);
    bool any_tier = false;
    for (std::string t : tier_texts) {
        boost::trim(t);
        if (t.empty())
            continue;
        const std::size_t colon = t.find_first_of(":=");
        if (colon == std::string::npos)
            return bad_field(tier.key, t, "is not 'from base:rate' (200000:2%)");
        const std::string from_text = boost::trim_copy(t.substr(0, colon)), rate_text = boost::trim_copy(t.substr(colon + 1));
        const std::optional<double> from = amount_of(from_text);
        const std::optional<double> tier_rate = rate_of(rate_text);
        if (!from || !tier_rate)
            return bad_field(tier.key, t, "is not 'from base:rate' (200000:2%)");
        rows.push_back({name(tier), Cell::of(*from), Cell::of(*tier_rate)});
        any_tier = true;
    }
    if (!any_tier) {
        if (auto e = add_amount(threshold))
            return *e;
        if (auto e = add_rate(volume_rate))
            return *e;
    }
    if (auto e = add_rate(weight))
        return *e;
    // The period in the report's language: a Chinese statement says 半年, not half-year.
    std::string period_text = boost::trim_copy(form.period);
    if (const std::optional<RebatePeriod> named = period_named(Cell::of(period_text)); named && zh) {
        switch (*named) {
        case RebatePeriod::HalfYear: period_text = "半年"; break;
        case RebatePeriod::Year: period_text = "年度"; break;
        case RebatePeriod::Quarter: period_text = "季度"; break;
        case RebatePeriod::Month: period_text = "月度"; break;
        }
    }
    rows.push_back({name(period), Cell::of(period_text)});
    if (!boost::trim_copy(form.cap).empty())
        if (auto e = add_amount(cap))
            return *e;

    // Rows as wide as the widest, so the policy is one rectangle on the sheet.
    std::size_t width = 2;
    for (const auto& row : rows)
        width = std::max(width, row.size());
    for (auto& row : rows)
        row.resize(width);

    // The reader has the last word (period names, tier order): never store what it rejects.
    const Result<RebatePolicy> checked = rebate_policy_from_rows(rows);
    if (!checked.ok()) {
        if (checked.error().message.find("period") != std::string::npos)
            return bad_field(period.key, form.period, "must be half-year, year, quarter or month");
        return checked.error();
    }
    return rows;
}

} // namespace kat
