// ICM.* (SPEC §5): partner rebates, exact to the cent (amounts held in integer cents).
#include "functions/arguments.hpp"
#include "icm/partner_statement.hpp"
#include "icm/rebates.hpp"

namespace kat::functions {

using namespace args;
namespace {

Result<Answer> money(const Result<Cents>& cents)
{
    return answer_from(cents, [](Cents value) { return Answer::of(to_amount(value)); });
}

Rate rate_of(const Inputs& in, std::size_t i) { return Rate::from_fraction(in.number(i)); }

} // namespace

std::vector<Function> icm_functions()
{
    std::vector<Function> table;

    table.push_back(Function{
        "icmRebate", "ICM.REBATE",
        {"Single-deal rebate payable now: Σ collected × rate, each entry rounded to the cent. "
         "A negative collected entry (a refund) claws its rebate back.",
         "现在应付的单笔返点:Σ 回款 × 返点率,每笔四舍五入到分。负的回款(退款)扣回相应返点。"},
        {in_column(Field::Collected, own("collected", K::Amounts, {"collected", "回款"}, {"Collected amount of each direct sale.", "每笔直接业务的回款金额。"})),
         rate()},
        [](const Inputs& in) { return money(single_deal_rebate(in.column(0), rate_of(in, 1))); }});

    table.push_back(Function{
        "icmPending", "ICM.PENDING",
        {"Rebate held until the customer pays: Σ (amount − collected) × rate. Collected above the amount is an "
         "error, not a negative pending.",
         "待客户回款后支付的返点:Σ(销售金额 − 回款)× 返点率。回款超过销售金额时返回错误,而不是负的待付返点。"},
        {in_column(Field::Amount, own("amounts", K::Amounts, {"amounts", "销售金额"}, {"Sale amount of each direct sale.", "每笔直接业务的销售金额。"})),
         in_column(Field::Collected, own("collected", K::Amounts, {"collected", "回款"},
             {"Collected amount of each sale (blank = nothing collected yet).", "每笔销售的回款金额(空白表示尚未回款)。"})),
         rate()},
        [](const Inputs& in) { return money(pending_rebate(in.column(0), in.column(1), rate_of(in, 2))); }});

    table.push_back(Function{
        "icmVolume", "ICM.VOLUME",
        {"Volume rebate of a period: base = Σ direct collected + indirect weight × Σ indirect; rebate = base × "
         "rate once the base reaches the threshold (default 1% from 100,000), else 0. The threshold may be a "
         "two-column tier table (from base, rate): the highest tier reached applies to the whole base.",
         "本期总量返点:基数 = Σ 直接业务回款 + 间接权重 × Σ 间接业务金额;基数达到门槛时返点 = 基数 × 返点率"
         "(默认 10 万起 1%),否则为 0。门槛也可以是两列阶梯表(起始基数、返点率):按达到的最高档对整个基数计算。"},
        {direct_collected(), indirect_amounts(),
         own("threshold", K::Table, {"threshold", "门槛"},
             {"Base from which the volume rebate is paid (default 100,000), or a tier table (from base, rate).",
              "开始支付总量返点的基数(默认 100,000),或阶梯表(起始基数、返点率)。"},
             true),
         own("rate", K::Rate, {"rate", "总量返点率"},
             {"Volume rebate rate (default 1%); leave out with a tier table.", "总量返点率(默认 1%);使用阶梯表时不填。"}, true,
             0.01),
         indirect_weight()},
        [](const Inputs& in) -> Result<Answer> {
            const Result<std::vector<VolumeTier>> tiers =
                volume_schedule(in.rows(2), in.given(3) ? std::optional<Rate>(rate_of(in, 3)) : std::nullopt);
            if (!tiers.ok())
                return tiers.error();
            return answer_from(volume_base(in.column(0), in.column(1), rate_of(in, 4)),
                               [&](Cents base) { return Answer::of(to_amount(volume_rebate(base, tiers.value()))); });
        }});

    table.push_back(Function{
        "icmBase", "ICM.BASE",
        {"Volume base of a period: Σ direct collected + indirect weight × Σ indirect amounts.",
         "本期总量基数:Σ 直接业务回款 + 间接权重 × Σ 间接业务金额。"},
        {direct_collected(), indirect_amounts(), indirect_weight()},
        [](const Inputs& in) { return money(volume_base(in.column(0), in.column(1), rate_of(in, 2))); }});

    table.push_back(Function{
        "icmStatement", "ICM.STATEMENT",
        {"Partner statements (array): Partner | Period | Direct sales | Collected | Single rebate paid | Pending | "
         "Indirect sales | Volume base | Volume rebate | Total payable | Clawback, one row per partner (and per "
         "period when dates are given). Amounts are exact to the cent: kept in integer cents, each rebate rounded "
         "half away from zero once.",
         "合作伙伴返点对账单(数组):合作伙伴 | 期间 | 直接业务金额 | 已回款 | 单笔返点(已付) | 待回款返点 | "
         "间接业务金额 | 总量基数 | 总量返点 | 应付合计 | 退款扣回,每个合作伙伴(给出日期时每个期间)一行。"
         "金额以整数分计算,每笔返点只四舍五入一次,精确到分。"},
        {in_column(Field::Partner, own("partners", K::Texts, {"partners", "合作伙伴"},
             {"Partner of each ledger row (张三 and 張三 are one partner).", "每行台账的合作伙伴(张三与張三视为同一人)。"})),
         in_column(Field::PartnerType, own("types", K::Texts, {"types", "类型"}, {"Direct or indirect: 直接/间接, Direct/Indirect.", "直接或间接:直接/间接、Direct/Indirect。"})),
         in_column(Field::Amount, own("amounts", K::Amounts, {"amounts", "销售金额"}, {"Sale amount of each row.", "每行的销售金额。"})),
         in_column(Field::Collected, own("collected", K::Amounts, {"collected", "回款"}, {"Collected amount of each row; a refund is negative.", "每行的回款金额;退款为负数。"})),
         in_column(Field::Date, own("dates", K::Dates, {"dates", "日期"}, {"Optional date of each row, for one statement per period.", "可选,每行的日期,用于按期间出对账单。"},
             true)),
         own("policy", K::Table, {"policy", "政策"},
             {"Optional two-column range of settings: rate, threshold, volume_rate, indirect_weight, period "
              "(half-year, year, quarter, month), cap — or 单笔返点率, 门槛, 总量返点率, 间接权重, 周期, 上限; a row "
              "tier | from base | rate (档位) adds a volume tier.",
              "可选,两列设置区域:rate、threshold、volume_rate、indirect_weight、period(half-year、year、quarter、"
              "month)、cap,或 单笔返点率、门槛、总量返点率、间接权重、周期、上限;一行 档位 | 起始基数 | 返点率 增加一个阶梯。"},
             true)},
        [](const Inputs& in) -> Result<Answer> {
            RebatePolicy policy;
            if (in.given(5)) {
                Result<RebatePolicy> read = rebate_policy_from_rows(in.rows(5));
                if (!read.ok())
                    return read.error();
                policy = read.value();
            }
            const LedgerColumns ledger{&in.column(0), &in.column(1), &in.column(2), &in.column(3), in.optional_column(4)};
            return answer_from(partner_statements(ledger, policy, in.language()), [&](const std::vector<StatementLine>& lines) {
                return Answer::of(statement_table(lines, in.language()));
            });
        }});

    return table;
}

} // namespace kat::functions
