#include "icm/rebates.hpp"
#include "values/side_by_side.hpp"

#include <string>

#include "values/read_number.hpp"

namespace kat {

Result<std::vector<Cents>> read_money_column(const Column& cells, bool allow_negative)
{
    std::vector<Cents> out;
    out.reserve(cells.size());
    for (std::size_t r = 0; r < cells.size(); ++r) {
        const NumberReading reading = read_number(cells[r]);
        if (reading.is_blank()) {
            out.push_back(0);
            continue;
        }
        std::optional<Cents> cents = reading.is_value() ? to_cents(reading.value) : std::nullopt;
        if (!cents || (!allow_negative && *cents < 0))
            return make_error(ErrorKind::BadValue, "amount in row " + std::to_string(r + 1) + " is not an amount", r);
        out.push_back(*cents);
    }
    return out;
}

Result<Cents> single_deal_rebate(const Column& collected, Rate rate)
{
    Result<std::vector<Cents>> cents = read_money_column(collected, true);
    if (!cents.ok())
        return cents.error();
    Cents total = 0;
    for (Cents c : cents.value())
        total += apply_rate(c, rate);
    return total;
}

Result<Cents> pending_rebate(const Column& amounts, const Column& collected, Rate rate)
{
    if (const Result<std::size_t> length = SideBySide{&amounts, &collected}.rows("amounts and collected"); !length.ok())
        return length.error();
    Result<std::vector<Cents>> sold = read_money_column(amounts, false);
    if (!sold.ok())
        return sold.error();
    Result<std::vector<Cents>> paid = read_money_column(collected, true);
    if (!paid.ok())
        return paid.error();
    Cents total = 0;
    for (std::size_t r = 0; r < sold.value().size(); ++r) {
        const Cents amount = sold.value()[r], in = paid.value()[r];
        if (in < 0)
            continue; // a refund row
        if (in > amount)
            return make_error(ErrorKind::BadValue, "row " + std::to_string(r + 1) + " collected more than the sale amount", r);
        total += apply_rate(amount - in, rate);
    }
    return total;
}

Result<Cents> volume_base(const Column& direct_collected, const Column& indirect_amounts, Rate indirect_weight)
{
    Result<std::vector<Cents>> direct = read_money_column(direct_collected, true);
    if (!direct.ok())
        return direct.error();
    Result<std::vector<Cents>> indirect = read_money_column(indirect_amounts, false);
    if (!indirect.ok())
        return indirect.error();
    Cents direct_sum = 0, indirect_sum = 0;
    for (Cents c : direct.value())
        direct_sum += c;
    for (Cents c : indirect.value())
        indirect_sum += c;
    return direct_sum + apply_rate(indirect_sum, indirect_weight);
}

Cents volume_rebate(Cents base, const std::vector<VolumeTier>& tiers)
{
    if (base <= 0)
        return 0;
    Rate rate;
    for (const VolumeTier& tier : tiers)
        if (base >= tier.from_base)
            rate = tier.rate;
    return apply_rate(base, rate);
}

} // namespace kat
