#include "icm/rebate_policy.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "text/fold.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

enum class Setting { Rate, Threshold, VolumeRate, IndirectWeight, Period, Cap, Tier };

std::optional<Setting> setting_named(const std::string& text)
{
    static const std::pair<std::string_view, Setting> names[] = {
        {"rate", Setting::Rate}, {"singlerate", Setting::Rate}, {"单笔返点率", Setting::Rate},
        {"单笔返点", Setting::Rate}, {"返点率", Setting::Rate},
        {"threshold", Setting::Threshold}, {"volumethreshold", Setting::Threshold}, {"门槛", Setting::Threshold},
        {"总量门槛", Setting::Threshold}, {"总量返点门槛", Setting::Threshold},
        {"volumerate", Setting::VolumeRate}, {"总量返点率", Setting::VolumeRate}, {"总量返点", Setting::VolumeRate},
        {"indirectweight", Setting::IndirectWeight}, {"间接权重", Setting::IndirectWeight},
        {"间接业务权重", Setting::IndirectWeight},
        {"period", Setting::Period}, {"周期", Setting::Period}, {"结算周期", Setting::Period},
        {"cap", Setting::Cap}, {"上限", Setting::Cap}, {"返点上限", Setting::Cap},
        {"tier", Setting::Tier}, {"档位", Setting::Tier}, {"阶梯", Setting::Tier},
    };
    const std::string key = fold_key(text);
    for (const auto& [name, setting] : names)
        if (key == name)
            return setting;
    return std::nullopt;
}


std::optional<Cents> read_money(const Cell& cell)
{
    const NumberReading r = read_number(cell);
    if (!r.is_value() || r.value < 0.0)
        return std::nullopt;
    return to_cents(r.value);
}

Error bad_row(std::size_t r, const std::string& what)
{
    return make_error(ErrorKind::BadArgument, "policy row " + std::to_string(r + 1) + ": " + what, r);
}

} // namespace

std::optional<RebatePeriod> period_named(const Cell& cell)
{
    if (cell.kind != Cell::Kind::Text)
        return std::nullopt;
    static const std::pair<std::string_view, RebatePeriod> names[] = {
        {"halfyear", RebatePeriod::HalfYear}, {"half", RebatePeriod::HalfYear}, {"半年", RebatePeriod::HalfYear},
        {"year", RebatePeriod::Year},         {"annual", RebatePeriod::Year},   {"年", RebatePeriod::Year},
        {"一年", RebatePeriod::Year},         {"年度", RebatePeriod::Year},
        {"quarter", RebatePeriod::Quarter},   {"季度", RebatePeriod::Quarter},  {"季", RebatePeriod::Quarter},
        {"month", RebatePeriod::Month},       {"月", RebatePeriod::Month},      {"月度", RebatePeriod::Month},
    };
    const std::string key = fold_key(cell.text);
    for (const auto& [name, period] : names)
        if (key == name)
            return period;
    return std::nullopt;
}

std::optional<Rate> read_rate(const Cell& cell)
{
    const NumberReading r = read_probability(cell);
    if (!r.is_value())
        return std::nullopt;
    return Rate::from_fraction(r.value);
}

Result<RebatePolicy> rebate_policy_from_rows(const std::vector<std::vector<Cell>>& rows)
{
    RebatePolicy policy;
    std::optional<Cents> threshold;
    std::optional<Rate> volume_rate;
    std::vector<VolumeTier> tiers;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::vector<Cell>& row = rows[r];
        if (row.size() < 2)
            return make_error(ErrorKind::BadArgument, "a policy needs two columns: setting, value");
        if (row[0].is_empty() && row[1].is_empty())
            continue;
        if (row[0].kind != Cell::Kind::Text)
            return bad_row(r, "the setting name is not text");
        const std::optional<Setting> setting = setting_named(row[0].text);
        if (!setting) {
            if (r == 0 && row[1].kind == Cell::Kind::Text)
                continue; // header row: 设置 | 值
            return bad_row(r, "unknown setting '" + row[0].text + "'");
        }
        switch (*setting) {
        case Setting::Rate: {
            auto rate = read_rate(row[1]);
            if (!rate)
                return bad_row(r, "rate is not a percentage");
            policy.single_rate = *rate;
            break;
        }
        case Setting::VolumeRate: {
            volume_rate = read_rate(row[1]);
            if (!volume_rate)
                return bad_row(r, "volume rate is not a percentage");
            break;
        }
        case Setting::IndirectWeight: {
            auto weight = read_rate(row[1]);
            if (!weight)
                return bad_row(r, "indirect weight is not a percentage");
            policy.indirect_weight = *weight;
            break;
        }
        case Setting::Threshold:
            threshold = read_money(row[1]);
            if (!threshold)
                return bad_row(r, "threshold is not an amount");
            break;
        case Setting::Cap:
            policy.cap = read_money(row[1]);
            if (!policy.cap)
                return bad_row(r, "cap is not an amount");
            break;
        case Setting::Period: {
            auto period = period_named(row[1]);
            if (!period)
                return bad_row(r, "period must be half-year, year, quarter or month");
            policy.period = *period;
            break;
        }
        case Setting::Tier: {
            if (row.size() < 3)
                return bad_row(r, "a tier needs a third column: tier | from base | rate");
            auto from = read_money(row[1]);
            auto rate = read_rate(row[2]);
            if (!from || !rate)
                return bad_row(r, "a tier is (from base, rate)");
            tiers.push_back({*from, *rate});
            break;
        }
        }
    }
    if (!tiers.empty()) {
        if (threshold || volume_rate)
            return make_error(ErrorKind::BadArgument, "give either tiers or threshold and volume rate, not both");
        std::sort(tiers.begin(), tiers.end(), [](const VolumeTier& a, const VolumeTier& b) { return a.from_base < b.from_base; });
        policy.volume_tiers = std::move(tiers);
    } else {
        policy.volume_tiers = {VolumeTier{threshold.value_or(policy.volume_tiers[0].from_base),
                                          volume_rate.value_or(policy.volume_tiers[0].rate)}};
    }
    return policy;
}

Result<std::vector<VolumeTier>> volume_tiers_from_rows(const std::vector<std::vector<Cell>>& rows)
{
    std::vector<VolumeTier> tiers;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::vector<Cell>& row = rows[r];
        if (row.size() < 2)
            return make_error(ErrorKind::BadArgument, "a tier table needs two columns: from base, rate");
        if (row[0].is_empty() && row[1].is_empty())
            continue;
        auto from = read_money(row[0]);
        auto rate = read_rate(row[1]);
        if (!from || !rate) {
            if (r == 0 && row[0].kind == Cell::Kind::Text)
                continue; // header row
            return make_error(ErrorKind::BadArgument, "tier row " + std::to_string(r + 1) + " is not (from base, rate)", r);
        }
        tiers.push_back({*from, *rate});
    }
    if (tiers.empty())
        return make_error(ErrorKind::BadArgument, "the tier table is empty");
    std::sort(tiers.begin(), tiers.end(), [](const VolumeTier& a, const VolumeTier& b) { return a.from_base < b.from_base; });
    return tiers;
}

Result<std::vector<VolumeTier>> volume_schedule(const std::vector<std::vector<Cell>>& threshold,
                                                std::optional<Rate> volume_rate)
{
    std::vector<VolumeTier> tiers = RebatePolicy{}.volume_tiers;
    if (!threshold.empty() && threshold.front().size() >= 2) {
        if (volume_rate)
            return make_error(ErrorKind::BadArgument, "a tier table carries its own rates");
        return volume_tiers_from_rows(threshold);
    }
    if (volume_rate)
        tiers[0].rate = *volume_rate;
    if (threshold.empty())
        return tiers;
    if (threshold.size() != 1)
        return make_error(ErrorKind::BadArgument, "the threshold is one amount or a two-column tier table");
    const NumberReading limit = read_number(threshold[0][0]);
    if (limit.state == NumberReading::State::Unreadable || (limit.is_value() && limit.value < 0.0))
        return make_error(ErrorKind::BadArgument, "the threshold is not an amount of zero or more");
    if (limit.is_value()) {
        const std::optional<Cents> cents = to_cents(limit.value);
        if (!cents)
            return make_error(ErrorKind::BadArgument, "the threshold is too large");
        tiers[0].from_base = *cents;
    }
    return tiers;
}

} // namespace kat
