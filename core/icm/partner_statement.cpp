#include "icm/partner_statement.hpp"
#include "values/side_by_side.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "icm/rebates.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/read_date.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

enum class SaleType { Direct, Indirect };

std::optional<SaleType> sale_type_named(const std::string& text)
{
    // Folded once: folding (ICU) is what costs, and a ledger repeats a handful of texts.
    static const std::unordered_map<std::string, SaleType> by_key = [] {
        std::unordered_map<std::string, SaleType> keys;
        for (const char* direct : {"direct", "直接", "直接业务", "直接销售", "d"})
            keys.emplace(fold_key(direct), SaleType::Direct);
        for (const char* indirect : {"indirect", "间接", "间接业务", "间接销售", "referral", "转介绍", "i"})
            keys.emplace(fold_key(indirect), SaleType::Indirect);
        return keys;
    }();
    const auto found = by_key.find(fold_key(text));
    return found == by_key.end() ? std::nullopt : std::optional<SaleType>(found->second);
}

boost::gregorian::date date_of(double serial)
{
    return boost::gregorian::date(1899, 12, 30) + boost::gregorian::days(static_cast<long>(serial));
}

// A sortable number for the period a date falls in.
long period_index(double serial, RebatePeriod period)
{
    const boost::gregorian::date d = date_of(serial);
    const long y = d.year(), m = d.month();
    switch (period) {
    case RebatePeriod::HalfYear: return y * 2 + (m > 6 ? 1 : 0);
    case RebatePeriod::Year: return y;
    case RebatePeriod::Quarter: return y * 4 + (m - 1) / 3;
    case RebatePeriod::Month: return y * 12 + (m - 1);
    }
    return y;
}

std::string row_name(std::size_t r) { return "row " + std::to_string(r + 1); }

struct Accumulator {
    std::size_t partner = 0;
    long period = 0;
    double first_date = 0.0;
    Cents direct_sales = 0, collected = 0, single_paid = 0, clawback = 0, pending = 0, indirect_sales = 0;
};

} // namespace

std::optional<bool> is_direct_sale(const Cell& type)
{
    const std::optional<SaleType> sale = sale_type_named(cell_text(type));
    if (!sale)
        return std::nullopt;
    return *sale == SaleType::Direct;
}

std::string period_label(double serial, RebatePeriod period, Language language)
{
    const boost::gregorian::date d = date_of(serial);
    const int y = d.year(), m = d.month();
    const std::string year = std::to_string(y), month = std::to_string(m), padded = (m < 10 ? "0" : "") + month;
    switch (period) {
    case RebatePeriod::HalfYear:
        return format_label(m > 6 ? Label::PeriodSecondHalf : Label::PeriodFirstHalf, language, {year});
    case RebatePeriod::Year:
        return format_label(Label::PeriodYear, language, {year});
    case RebatePeriod::Quarter:
        return format_label(Label::PeriodQuarter, language, {year, std::to_string((m - 1) / 3 + 1)});
    case RebatePeriod::Month:
        return format_label(Label::PeriodMonth, language, {year, month, padded});
    }
    return year;
}

Result<std::vector<StatementLine>> partner_statements(const LedgerColumns& ledger, const RebatePolicy& policy,
                                                      Language language)
{
    const Result<std::size_t> length =
        SideBySide{ledger.partners, ledger.types, ledger.amounts, ledger.collected, ledger.dates}.rows("the ledger ranges");
    if (!length.ok())
        return length.error();
    const std::size_t rows = length.value();

    std::vector<std::string> partner_names;
    std::unordered_map<std::string, std::size_t> partner_by_key;
    std::map<std::pair<std::size_t, long>, Accumulator> buckets; // (partner, period) in order
    std::unordered_map<std::string, std::size_t> partner_cache;  // raw text → partner
    std::unordered_map<std::string, std::optional<SaleType>> type_cache; // raw text → 直接/间接

    for (std::size_t r = 0; r < rows; ++r) {
        const Cell& partner_cell = (*ledger.partners)[r];
        const Cell& type_cell = (*ledger.types)[r];
        const Cell& amount_cell = (*ledger.amounts)[r];
        const Cell& collected_cell = (*ledger.collected)[r];
        if (partner_cell.is_empty() && type_cell.is_empty() && amount_cell.is_empty() && collected_cell.is_empty())
            continue; // a blank ledger row
        if (partner_cell.kind != Cell::Kind::Text || trim(partner_cell.text).empty())
            return make_error(ErrorKind::BadValue, row_name(r) + " names no partner", r);
        std::optional<SaleType> type;
        if (type_cell.kind == Cell::Kind::Text) {
            auto cached = type_cache.find(type_cell.text);
            if (cached == type_cache.end())
                cached = type_cache.emplace(type_cell.text, sale_type_named(type_cell.text)).first;
            type = cached->second;
        }
        if (!type)
            return make_error(ErrorKind::BadValue, row_name(r) + ": type must be direct or indirect (直接/间接)", r);

        // Plain values with flags: GCC 12 misreads std::optional<int64> here (-Wmaybe-uninitialized).
        const NumberReading amount = read_number(amount_cell);
        const NumberReading collected = read_number(collected_cell);
        const std::optional<Cents> amount_read = amount.is_value() ? to_cents(amount.value) : std::nullopt;
        const std::optional<Cents> collected_read = collected.is_value() ? to_cents(collected.value) : std::nullopt;
        const bool has_amount = amount_read.has_value();
        const Cents sold = amount_read.value_or(0);
        const Cents in = collected_read.value_or(0);
        if (amount.state == NumberReading::State::Unreadable || (amount.is_value() && (!has_amount || sold < 0)))
            return make_error(ErrorKind::BadValue, "sale amount in " + row_name(r) + " is not an amount", r);
        if (collected.state == NumberReading::State::Unreadable || (collected.is_value() && !collected_read))
            return make_error(ErrorKind::BadValue, "collected amount in " + row_name(r) + " is not an amount", r);

        long period = 0;
        double date_serial = 0.0;
        if (ledger.dates) {
            const NumberReading date = read_date((*ledger.dates)[r]);
            if (!date.is_value())
                return make_error(ErrorKind::BadValue, "date in " + row_name(r) + " is missing or not a date", r);
            date_serial = date.value;
            period = period_index(date.value, policy.period);
        }

        auto cached = partner_cache.find(partner_cell.text);
        if (cached == partner_cache.end()) {
            const std::string display(trim(partner_cell.text));
            auto [it, inserted] = partner_by_key.emplace(fold_key(display), partner_names.size());
            if (inserted)
                partner_names.push_back(display);
            cached = partner_cache.emplace(partner_cell.text, it->second).first;
        }
        auto [slot, created] = buckets.try_emplace({cached->second, period});
        Accumulator& bucket = slot->second;
        if (created) {
            bucket.partner = cached->second;
            bucket.period = period;
            bucket.first_date = date_serial; // any date of the period names it
        }

        if (*type == SaleType::Indirect) {
            // A referral earns no single-deal rebate; its sale amount counts, weighted, in the base.
            if (!has_amount)
                return make_error(ErrorKind::BadValue, "indirect sale in " + row_name(r) + " has no amount", r);
            bucket.indirect_sales += sold;
            continue;
        }
        bucket.direct_sales += sold;
        bucket.collected += in;
        const Cents rebate = apply_rate(in, policy.single_rate);
        bucket.single_paid += rebate;
        if (in < 0) {
            bucket.clawback += rebate; // a refund takes back what its collection earned
            continue;
        }
        if (has_amount && in > sold)
            return make_error(ErrorKind::BadValue, row_name(r) + " collected more than the sale amount", r);
        if (has_amount)
            bucket.pending += apply_rate(sold - in, policy.single_rate);
    }

    std::vector<StatementLine> lines;
    lines.reserve(buckets.size());
    // std::map orders by (partner, period): partners by first appearance, periods by date.
    for (const auto& [key, b] : buckets) {
        StatementLine line;
        line.partner = partner_names[b.partner];
        line.period = ledger.dates ? period_label(b.first_date, policy.period, language) : std::string();
        line.direct_sales = b.direct_sales;
        line.collected = b.collected;
        line.single_paid = b.single_paid;
        line.clawback = b.clawback;
        line.pending = b.pending;
        line.indirect_sales = b.indirect_sales;
        line.volume_base = b.collected + apply_rate(b.indirect_sales, policy.indirect_weight);
        line.volume_rebate = volume_rebate(line.volume_base, policy.volume_tiers);
        line.total_payable = line.single_paid + line.volume_rebate;
        if (policy.cap && line.total_payable > *policy.cap) {
            line.total_payable = *policy.cap;
            line.capped = true;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

Table statement_table(const std::vector<StatementLine>& lines, Language language)
{
    Table table;
    TableRow header;
    for (Label l : {Label::Partner, Label::Period, Label::DirectSales, Label::Collected, Label::SingleRebatePaid,
                    Label::Pending, Label::IndirectSales, Label::VolumeBase, Label::VolumeRebate, Label::TotalPayable,
                    Label::Clawback})
        header.push_back(TableCell::of(label(l, language)));
    table.push_back(std::move(header));
    for (const StatementLine& line : lines) {
        auto money = [](Cents c) { return TableCell::of(to_amount(c)); };
        table.push_back({TableCell::of(line.partner),
                         line.period.empty() ? TableCell::empty() : TableCell::of(line.period),
                         money(line.direct_sales), money(line.collected), money(line.single_paid), money(line.pending),
                         money(line.indirect_sales), money(line.volume_base), money(line.volume_rebate),
                         money(line.total_payable), money(line.clawback)});
    }
    return table;
}

} // namespace kat
