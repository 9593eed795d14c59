// Partner rebates: a policy from rows and from the sidebar's text form, and statements
// over a ledger (partners, types, amounts, collected, dates in columns 0…4).
#include "fuzz_input.hpp"
#include "icm/partner_statement.hpp"
#include "icm/policy_form.hpp"
#include "icm/rebate_policy.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    const Grid grid = fuzz::grid_of(data, size);
    const Result<RebatePolicy> from_rows = rebate_policy_from_rows(grid);
    (void)volume_tiers_from_rows(grid);
    const PolicyForm form = policy_form_from_text(std::string_view(reinterpret_cast<const char*>(data), size));
    const auto rows = policy_rows(form, Language::Chinese);
    Column c[5];
    for (std::size_t i = 0; i < 5; ++i)
        c[i] = fuzz::column_of(grid, i);
    const LedgerColumns ledger{&c[0], &c[1], &c[2], &c[3], &c[4]};
    for (const RebatePolicy& policy : {from_rows.ok() ? from_rows.value() : RebatePolicy{}, RebatePolicy{}}) {
        if (const auto lines = partner_statements(ledger, policy, Language::English); lines.ok())
            (void)statement_table(lines.value(), Language::English);
    }
    if (rows.ok())
        (void)rebate_policy_from_rows(rows.value());
    return 0;
}
