// ACCOUNT.PARETO and CAMPAIGN.ROI (SPEC §7).
#include "accounts/account_fit.hpp"
#include "accounts/pareto.hpp"
#include "campaigns/campaign_roi.hpp"
#include "functions/arguments.hpp"

namespace kat::functions {

using namespace args;

std::vector<Function> account_functions()
{
    std::vector<Function> table;

    table.push_back(Function{
        "accountPareto", "ACCOUNT.PARETO",
        {"ABC class of each account by revenue (the 80/20 rule): sorted by revenue, A until the larger accounts "
         "make up the A share (80%), B up to the B share (95%), C after. Returns A/B/C in the input's shape.",
         "按收入对客户做 ABC 分类(80/20 法则):按收入从大到小,累计达到 A 份额(80%)之前为 A,达到 B 份额(95%)"
         "之前为 B,其余为 C。按输入形状返回 A/B/C。"},
        {own("revenues", K::Amounts, {"revenues", "收入"}, {"Revenue of each account.", "每个客户的收入。"}),
         own("aShare", K::Share, {"a_share", "A份额"}, {"Share of revenue for class A (default 80%).", "A 类客户占收入的份额(默认 80%)。"},
             true, 0.80),
         own("bShare", K::Share, {"b_share", "B份额"}, {"Cumulative share up to class B (default 95%).", "到 B 类为止的累计份额(默认 95%)。"},
             true, 0.95)},
        [](const Inputs& in) -> Result<Answer> {
            return shaped_answer(in.grid(0), abc_classes(in.column(0), in.number(1), in.number(2)),
                                 [](const std::optional<char>& c) { return c ? TableCell::of(std::string(1, *c)) : TableCell::empty(); });
        }});

    table.push_back(Function{
        "accountFit", "ACCOUNT.FIT",
        {"Fit of each account to your ideal customer, 0–100 %: Σ rating × weight ÷ (5 × Σ weight), one row out per "
         "row in. Ratings 0–5 per criterion (the account's name may lead each row; a header row answers \"Fit\"; a "
         "blank rating counts 0).",
         "每个客户与理想型客户的匹配度,0–100%:Σ 评分 × 权重 ÷(5 × Σ 权重),每行输入对应一行结果。各项标准评分 0–5"
         "(每行可以客户名称开头;表头行返回“匹配度”;空白评分按 0 计)。"},
        {own("ratings", K::Table, {"ratings", "评分"},
             {"One row per account, one 0–5 rating per criterion.", "每个客户一行,每项标准一个 0–5 的评分。"}),
         own("weights", K::Table, {"weights", "权重"},
             {"One weight per criterion, in the ratings' order (names beside them are left out).",
              "每项标准一个权重,顺序与评分相同(旁边的标准名称不计)。"})},
        [](const Inputs& in) -> Result<Answer> {
            return answer_from(account_fit_table(in.rows(0), in.rows(1), in.language()),
                               [](const Table& fit) { return Answer::of(fit); });
        }});

    table.push_back(Function{
        "campaignRoi", "CAMPAIGN.ROI",
        {"Campaign return on investment: Campaign | Cost | Attendees | Cost per attendee | Deals | Pipeline | "
         "Weighted | Won | ROI, per campaign, then deals naming no listed campaign, then Total. Pipeline and "
         "weighted cover open deals; ROI = (won − cost) ÷ cost.",
         "市场活动投入产出:市场活动 | 成本 | 参会人数 | 人均成本 | 商机数 | 管道 | 加权金额 | "
         "赢单金额 | 投入产出比,每个活动一行,然后是未匹配活动的商机和合计。管道与加权金额只计未关闭商机;"
         "投入产出比 =(赢单金额 − 成本)÷ 成本。"},
        {own("campaigns", K::Texts, {"campaigns", "活动"}, {"Campaign names.", "市场活动名称。"}),
         own("costs", K::Amounts, {"costs", "成本"}, {"Cost of each campaign.", "每个活动的成本。"}),
         own("attendees", K::Numbers, {"attendees", "参会人数"}, {"Attendees of each campaign.", "每个活动的参会人数。"}),
         own("dealCampaigns", K::Texts, {"deal_campaigns", "商机来源活动"}, {"For each deal, the campaign that sourced it.", "每个商机的来源活动。"}),
         in_column(Field::Amount, own("dealAmounts", K::Amounts, {"deal_amounts", "商机金额"}, {"Amount of each deal.", "每个商机的金额。"})),
         in_column(Field::Stage, own("dealStages", K::Stages, {"deal_stages", "商机阶段"}, {"Stage of each deal.", "每个商机的阶段。"})),
         model()},
        [](const Inputs& in) -> Result<Answer> {
            const CampaignColumns columns{&in.column(0), &in.column(1), &in.column(2),
                                          &in.column(3), &in.column(4), &in.column(5)};
            return answer_from(campaign_roi_table(columns, in.model(), in.language()));
        }});

    return table;
}

} // namespace kat::functions
