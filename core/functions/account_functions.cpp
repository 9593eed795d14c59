// ACCOUNT.PARETO and CAMPAIGN.ROI (SPEC §7).
#include "accounts/account_fit.hpp"
#include "accounts/pareto.hpp"
#include "campaigns/campaign_roi.hpp"
#include "events/event_funnel.hpp"
#include "values/cell_text.hpp"
#include "values/side_by_side.hpp"
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
        "eventFunnel", "EVENT.FUNNEL",
        {"Invitation funnel of a customer event: Step | Reached | Conversion from previous step | Share of invited, "
         "one row per step (invited → letter sent → confirmed → final check → attended → feedback given, or your own "
         "steps), then Declined. Each invitee's status is the furthest step reached; \"confirmed, declined\" "
         "counts as confirmed and declined.",
         "客户活动的邀请漏斗:环节 | 到达人数 | 较上一环节转化率 | 占邀请人数比例,每个环节一行(已邀请 → 已发邀请函 → "
         "已确认 → 最终确认 → 已到场 → 已反馈,或自定义环节),最后是已婉拒。每位受邀人的状态为其到达的最远环节;"
         "“已确认、婉拒”计为已确认且婉拒。"},
        {own("statuses", K::Texts, {"statuses", "状态"},
             {"Status of each invitee (已邀请, 已确认, 已到场, 已婉拒 …).", "每位受邀人的状态(已邀请、已确认、已到场、已婉拒等)。"}),
         own("steps", K::Table, {"steps", "环节"},
             {"Optional: your own steps, in order (one per cell).", "可选:自定义的环节,按顺序(每格一个)。"}, true)},
        [](const Inputs& in) -> Result<Answer> {
            std::vector<std::string> own_steps;
            if (in.given(1))
                for (const std::vector<Cell>& row : in.rows(1))
                    for (const Cell& cell : row)
                        if (!cell_text(cell).empty())
                            own_steps.push_back(cell_text(cell));
            return answer_from(event_funnel_table(in.column(0), in.given(1) ? &own_steps : nullptr, in.language()),
                               [](const Table& t) { return Answer::of(t); });
        }});

    table.push_back(Function{
        "eventCost", "EVENT.COST",
        {"Cost of a customer event: Category | Cost for venue, labour, materials, logistics and other (any other "
         "category), Total, and Cost per attendee (blank when nobody attended). The cost per customer falls as more "
         "come.",
         "客户活动的费用:类别 | 费用,分场地、人工、物料、物流和其他(其他类别),合计,以及人均费用(无人到场时为空)。"
         "到场客户越多,人均费用越低。"},
        {own("categories", K::Texts, {"categories", "类别"}, {"Category of each cost line (场地, 人工, 物料, 物流 …).", "每笔费用的类别(场地、人工、物料、物流等)。"}),
         own("amounts", K::Amounts, {"amounts", "金额"}, {"Amount of each cost line.", "每笔费用的金额。"}),
         own("attendees", K::Number, {"attendees", "到场人数"}, {"How many customers attended.", "到场的客户人数。"})},
        [](const Inputs& in) -> Result<Answer> {
            return answer_from(event_cost_table(in.column(0), in.column(1), in.number(2), in.language()),
                               [](const Table& t) { return Answer::of(t); });
        }});

    table.push_back(Function{
        "eventBackups", "EVENT.BACKUPS",
        {"The backup invitees to call, in list order: when fewer main-list invitees have confirmed (and not "
         "declined) than the target headcount, that many backups who have neither confirmed nor declined. One name "
         "per row; blank when none is needed.",
         "需要联系的备选受邀人,按名单顺序:正式名单中已确认(且未婉拒)的人数少于目标人数时,列出相应数量尚未确认也未婉拒"
         "的备选受邀人。每行一个姓名;无需补充时为空。"},
        {own("names", K::Texts, {"names", "姓名"}, {"Name of each invitee.", "每位受邀人的姓名。"}),
         own("statuses", K::Texts, {"statuses", "状态"}, {"Status of each invitee.", "每位受邀人的状态。"}),
         own("lists", K::Texts, {"lists", "名单"}, {"Main or backup (正式 / 备选) for each invitee.", "每位受邀人属于正式还是备选名单。"}),
         own("target", K::Number, {"target", "目标人数"}, {"The headcount the event needs.", "活动需要的到场人数。"})},
        [](const Inputs& in) -> Result<Answer> {
            if (const Result<std::size_t> rows = SideBySide{&in.column(0), &in.column(1)}.rows("names and statuses"); !rows.ok())
                return rows.error();
            const Result<std::vector<std::size_t>> call = backups_to_call(in.column(1), in.column(2), in.number(3));
            return answer_from(call, [&](const std::vector<std::size_t>& rows) {
                Table names;
                for (std::size_t r : rows)
                    names.push_back({TableCell::of(cell_text(in.column(0)[r]))});
                if (names.empty())
                    names.push_back({TableCell::empty()});
                return Answer::of(names);
            });
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
