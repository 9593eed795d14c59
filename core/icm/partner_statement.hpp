// Partner statements (SPEC §5): one line per partner and period from a ledger of
// partner-assisted sales and payments — what is paid, what is held until the customer
// pays, the period's volume rebate, and what a refund clawed back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "icm/money.hpp"
#include "icm/rebate_policy.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat {

struct LedgerColumns {
    const Column* partners = nullptr;
    const Column* types = nullptr;      // 直接/间接, Direct/Indirect (Traditional too)
    const Column* amounts = nullptr;    // sale amount
    const Column* collected = nullptr;  // cash collected on it; negative = a refund
    const Column* dates = nullptr;      // optional: statements per period
};

struct StatementLine {
    std::string partner;       // as first written in the ledger
    std::string period;        // "" when the ledger has no dates
    Cents direct_sales = 0;
    Cents collected = 0;       // net of refunds
    Cents single_paid = 0;     // net: rebates on collections minus clawbacks
    Cents clawback = 0;        // ≤ 0: rebate reversed by refunds (already inside single_paid)
    Cents pending = 0;
    Cents indirect_sales = 0;
    Cents volume_base = 0;
    Cents volume_rebate = 0;
    Cents total_payable = 0;   // single_paid + volume_rebate, capped by the policy's cap
    bool capped = false;
};

// Partners in order of first appearance (张三 and 張三 are one partner), their periods in
// date order. Errors name the row: unknown type, unreadable amount or date, collected
// above the amount, an indirect sale without an amount, a dated ledger row without a date.
Result<std::vector<StatementLine>> partner_statements(const LedgerColumns& ledger, const RebatePolicy& policy,
                                                      Language language);

// A ledger row's sale type as the ledger writes it (直接 / direct / d, 间接 / indirect /
// referral / 转介绍 / i): true for a direct sale, false for an indirect one, none when unknown.
std::optional<bool> is_direct_sale(const Cell& type);

// ICM.STATEMENT: Partner | Period | Direct sales | Collected | Single rebate paid | Pending |
// Indirect sales | Volume base | Volume rebate | Total payable | Clawback.
Table statement_table(const std::vector<StatementLine>& lines, Language language);

// "2026 H1" / "2026年上半年" and so on for a Calc date serial.
std::string period_label(double serial, RebatePeriod period, Language language);

} // namespace kat
