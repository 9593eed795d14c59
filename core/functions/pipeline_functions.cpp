// PIPELINE.* (SPEC §4, §8): the funnel, forecasts and efficiency measures of a deal table.
#include "functions/arguments.hpp"
#include "pipeline/breakdown.hpp"
#include "pipeline/calibration.hpp"
#include "pipeline/commit_forecast.hpp"
#include "pipeline/deal.hpp"
#include "pipeline/efficiency.hpp"
#include "pipeline/forecast_hygiene.hpp"
#include "pipeline/forecast_review.hpp"
#include "values/read_date.hpp"
#include "pipeline/funnel.hpp"
#include "pipeline/performance_split.hpp"
#include "pipeline/stalled_deals.hpp"
#include "pipeline/model_choice.hpp"
#include "pipeline/stage_history.hpp"
#include "pipeline/weighted_forecast.hpp"

namespace kat::functions {

using namespace args;
namespace {

constexpr int none = -1;

// Which argument holds which deal column (none: not given to this function).
struct DealArguments {
    int amounts = none, stages = none, probabilities = none, categories = none;
    int created = none, closed = none, groups = none;
    bool stage_required = false;
};

DealColumns deal_columns(const Inputs& in, const DealArguments& a)
{
    const auto column = [&](int i) { return i == none ? nullptr : in.optional_column(static_cast<std::size_t>(i)); };
    DealColumns c;
    c.amounts = column(a.amounts);
    c.stages = column(a.stages);
    c.probabilities = column(a.probabilities);
    c.categories = column(a.categories);
    c.created = column(a.created);
    c.closed = column(a.closed);
    c.groups = column(a.groups);
    c.stage_required = a.stage_required;
    return c;
}

// Reads the deals, then answers with `rule`; a deal that cannot be read is the answer.
template <class Rule>
Result<Answer> with_deals(const Inputs& in, const DealArguments& a, Rule&& rule)
{
    const Result<DealSet> deals = read_deals(deal_columns(in, a), in.model());
    if (!deals.ok())
        return deals.error();
    return rule(deals.value());
}

TableCell stage_probability(const Cell& stage, const StageModel& model)
{
    if (stage.is_empty())
        return TableCell::empty(); // an empty cell in an array answer stays empty
    if (stage.kind != Cell::Kind::Text)
        return TableCell::failed(stage.kind == Cell::Kind::Number ? ErrorKind::NotFound : ErrorKind::BadValue);
    const std::optional<StageIndex> index = model.find(stage.text);
    return index ? TableCell::of(model.stage(*index).probability) : TableCell::failed(ErrorKind::NotFound);
}

Result<Answer> measure(const Inputs& in, const DealArguments& a,
                       Result<double> (*rule)(const std::vector<Deal>&, const StageModel&))
{
    return with_deals(in, a, [&](const DealSet& set) { return answer_from(rule(set.deals, in.model())); });
}

} // namespace

std::vector<Function> pipeline_functions()
{
    std::vector<Function> table;

    table.push_back(Function{
        "pipelineStageProb", "PIPELINE.STAGEPROB",
        {"Default win probability of a sales stage as a fraction (0.3 for 30%). Unknown stage: #N/A.",
         "销售阶段的默认赢率,以小数表示(30% 返回 0.3)。未知阶段返回 #N/A。"},
        {own("stage", K::CellOrRange, {"stage", "阶段"},
             {"Stage name in English, Simplified or Traditional Chinese, any case or width; a cell or a range.",
              "阶段名称,中英文、简繁体、全半角及大小写均可;可为单元格或区域。"}),
         model()},
        [](const Inputs& in) -> Result<Answer> {
            const Passed& stage = in.grid(0);
            if (!stage.is_range) {
                const TableCell p = stage_probability(in.cell(0), in.model());
                if (p.kind == TableCell::Kind::Number)
                    return Answer::of(p.number);
                return make_error(p.kind == TableCell::Kind::Error ? p.error : ErrorKind::NotFound, "no such stage");
            }
            // A range of stages (array formula): one probability per cell, same shape.
            std::vector<TableCell> out;
            out.reserve(stage.cells.size());
            for (const Cell& cell : stage.cells)
                out.push_back(stage_probability(cell, in.model()));
            return Answer::shaped_like(stage, out);
        }});

    table.push_back(Function{
        "pipelineWeighted", "PIPELINE.WEIGHTED",
        {"Weighted forecast: the sum of amount × win probability. The probability is the row's own where "
         "filled, else the stage default; lost deals count 0; blank rows are skipped. Text that is not a "
         "number, an unknown stage or ranges of different sizes give an error, never a wrong total.",
         "加权预测:金额 × 赢率之和。有填写赢率的行用其赢率,否则用阶段默认赢率;输单按 0 计;空行跳过。"
         "金额不是数字、阶段未知或区域大小不一致时返回错误值,绝不给出错误的合计。"},
        {amounts(), stages(), probabilities(), model()},
        [](const Inputs& in) {
            DealArguments a;
            a.amounts = 0, a.stages = 1, a.probabilities = 2;
            return with_deals(in, a, [&](const DealSet& set) { return answer_from(weighted_forecast(set.deals, in.model())); });
        }});

    table.push_back(Function{
        "pipelineTable", "PIPELINE.TABLE",
        {"Funnel table (array): Stage | Deals | Amount | Weighted | Win probability | Conversion from previous "
         "stage; the model's stages in funnel order, then Lost, then Total. A deal in a later stage counts as "
         "having passed the earlier ones; lost deals count as having entered the first stage. Total: win "
         "probability = weighted ÷ amount, conversion = won ÷ all deals. Every row needs a stage.",
         "漏斗表(数组):阶段 | 商机数 | 金额 | 加权金额 | 赢率 | 较上一阶段转化率;按漏斗顺序列出模型各阶段,"
         "然后是输单和合计。处于后续阶段的商机视为已经过前面各阶段;输单只计入第一阶段。合计行:赢率 = 加权金额 ÷ 金额,"
         "转化率 = 赢单数 ÷ 全部商机数。每行都必须有阶段。"},
        {stages(), amounts(), probabilities(), model()},
        [](const Inputs& in) -> Result<Answer> {
            // One pass over the columns that keeps no deals (the funnel only adds up).
            DealArguments a;
            a.stages = 0, a.amounts = 1, a.probabilities = 2, a.stage_required = true;
            return answer_from(funnel_of(deal_columns(in, a), in.model()), [&](const Funnel& funnel) {
                return Answer::of(funnel_table(funnel, in.model(), in.language()));
            });
        }});

    table.push_back(Function{
        "pipelineConversion", "PIPELINE.CONVERSION",
        {"Stage-to-stage and cumulative conversion (array): Stage | Reached | Conversion from previous stage | "
         "Cumulative conversion. Reached counts the deals now in that stage or a later one.",
         "阶段转化率与累计转化率(数组):阶段 | 到达数 | 较上一阶段转化率 | 累计转化率。到达数为当前处于该阶段或之后阶段的商机数。"},
        {stages(), model()},
        [](const Inputs& in) {
            DealArguments a;
            a.stages = 0, a.stage_required = true;
            return with_deals(in, a, [&](const DealSet& set) -> Result<Answer> {
                Funnel funnel = build_funnel(set.deals, in.model());
                funnel.stage_spellings = set.stage_spellings;
                return Answer::of(conversion_table(funnel, in.model(), in.language()));
            });
        }});

    Argument categories = in_column(Field::ForecastCategory, own("categories", K::Categories, {"categories", "预测类别"},
                              {"Forecast category of each deal: Commit, Best case, Pipeline, Closed, Omitted or 承诺, 最佳, "
                               "管道, 已成交, 排除; blank = the stage's default category; \"\" for none at all.",
                               "每个商机的预测类别:承诺、最佳、管道、已成交、排除(或英文 Commit、Best case、Pipeline、Closed、"
                               "Omitted);空白时按阶段默认类别;填 \"\" 表示没有类别列。"}));
    categories.may_be_blank = true;
    table.push_back(Function{
        "pipelineForecast", "PIPELINE.FORECAST",
        {"Commit forecast (array): Closed, Commit, Best case, Pipeline, Omitted, Commit forecast "
         "(Commit + Closed), Best-case forecast (Best case + Commit + Closed), Expected (Closed + Commit + the "
         "weighted Best case and Pipeline deals). Won deals are Closed, lost deals Omitted.",
         "承诺预测(数组):已成交、承诺、最佳、管道、排除、承诺预测(承诺+已成交)、"
         "最佳预测(最佳+承诺+已成交)、期望值(已成交+承诺+最佳与管道的加权金额)。赢单计为已成交,输单计为排除。"},
        {amounts(), stages(), categories, probabilities(), model()},
        [](const Inputs& in) {
            DealArguments a;
            a.amounts = 0, a.stages = 1, a.categories = 2, a.probabilities = 3;
            return with_deals(in, a, [&](const DealSet& set) -> Result<Answer> {
                return answer_from(commit_forecast(set.deals, in.model()), [&](const CommitForecast& forecast) {
                    return Answer::of(forecast_table(forecast, in.language()));
                });
            });
        }});

    table.push_back(Function{
        "pipelineCoverage", "PIPELINE.COVERAGE",
        {"Pipeline coverage: open pipeline ÷ target. The rule of thumb: the funnel should hold 3× the "
         "target. With stages, won and lost deals are not open pipeline.",
         "漏斗覆盖率:在手管道金额 ÷ 销售目标。经验法则:销售漏斗的总额应为销售目标的 3 倍。"
         "提供阶段时,赢单和输单不计入在手管道。"},
        {amounts(), own("target", K::Number, {"target", "目标"}, {"The sales target of the period.", "本期销售目标。"}),
         in_column(Field::Stage, own("stages", K::Stages, {"stages", "阶段"},
             {"Optional stage of each deal, to leave won and lost deals out.", "可选,每个商机的阶段,用于排除赢单和输单。"}, true)),
         model()},
        [](const Inputs& in) {
            DealArguments a;
            a.amounts = 0, a.stages = 2;
            return with_deals(in, a, [&](const DealSet& set) {
                return answer_from(pipeline_coverage(open_pipeline(set.deals, in.model()), in.number(1)));
            });
        }});

    table.push_back(Function{
        "pipelineSplit", "PIPELINE.SPLIT",
        {"Performance split: amount × win probability × share for each share, in the shares' shape. "
         "1,000,000 at 10% with 70/30 → 70,000 / 30,000. Shares need not add up to 100% (overlay credit); a "
         "negative share is an error.",
         "业绩拆分:每个份额得到 金额 × 赢率 × 份额,形状与份额区域相同。100 万、赢率 10%、"
         "70/30 拆分 → 7 万 / 3 万。份额之和不必为 100%(可重叠计算),负份额返回错误。"},
        {own("amount", K::Value, {"amount", "金额"}, {"The deal amount.", "商机金额。"}),
         own("probability", K::Value, {"probability", "赢率"}, {"Win probability: 0.1, 10 or \"10%\".", "赢率:0.1、10 或 \"10%\"。"}),
         own("shares", K::Numbers, {"shares", "份额"},
             {"Each member's share, as a row or a column: 0.7, 70 or \"70%\".", "每位成员的份额,一行或一列:0.7、70 或 \"70%\"。"})},
        [](const Inputs& in) -> Result<Answer> {
            return shaped_answer(in.grid(2), performance_split(in.cell(0), in.cell(1), in.column(2)),
                                 [](const std::optional<double>& v) { return v ? TableCell::of(*v) : TableCell::empty(); });
        }});

    table.push_back(Function{
        "pipelineWinRate", "PIPELINE.WINRATE",
        {"Win rate: won deals ÷ (won + lost deals). #DIV/0! when none is closed yet.",
         "赢单率:赢单数 ÷(赢单数 + 输单数)。尚无已关闭商机时返回 #DIV/0!。"},
        {stages(), model()},
        [](const Inputs& in) {
            DealArguments a;
            a.stages = 0, a.stage_required = true;
            return measure(in, a, win_rate);
        }});

    table.push_back(Function{
        "pipelineCycle", "PIPELINE.CYCLE",
        {"Average sales cycle: mean days from created to close over won deals that have both dates. Dates may be "
         "Calc dates or text (2026-11-02, 11/2/2026, 2026年11月2日).",
         "平均销售周期:有创建日期和成交日期的赢单,从创建到成交的平均天数。日期可为 Calc 日期或文本"
         "(2026-11-02、11/2/2026、2026年11月2日)。"},
        {in_column(Field::Created, own("created", K::Dates, {"created", "创建日期"}, {"Date each deal was created.", "每个商机的创建日期。"})),
         in_column(Field::CloseDate, own("closed", K::Dates, {"closed", "成交日期"}, {"Date each deal was closed.", "每个商机的关闭(成交)日期。"})),
         stages(), model()},
        [](const Inputs& in) {
            DealArguments a;
            a.created = 0, a.closed = 1, a.stages = 2;
            return measure(in, a, average_sales_cycle);
        }});

    table.push_back(Function{
        "pipelineStalled", "PIPELINE.STALLED",
        {"Number of open deals that have been in their stage longer than its limit. Limits: the limits range when "
         "given; else, with creation dates, each stage's usual stay learned from the deals that moved past it "
         "(median days per stage); else 30 days. Won and lost deals are not counted; deals without an entry date "
         "are unknown and not counted.",
         "在当前阶段停留超过时限的未关闭商机数。时限:给出时限区域时按区域;否则给出创建日期时,按已越过该阶段的商机"
         "在每个阶段通常停留的天数(中位数);否则为 30 天。赢单和输单不计;没有进入阶段日期的商机不计。"},
        {in_column(Field::Stage, own("stages", K::Stages, {"stages", "阶段"}, {"Stage of each deal.", "每个商机的阶段。"})),
         in_column(Field::StageEntered, own("entered", K::Dates, {"entered", "进入阶段日期"}, {"Date each deal entered its current stage.", "每个商机进入当前阶段的日期。"})),
         own("today", K::Value, {"today", "今天"}, {"The date to measure against, e.g. TODAY().", "计算所依据的日期,例如 TODAY()。"}),
         own("limits", K::Table, {"limits", "时限"},
             {"Optional two-column range: stage, days allowed in it.", "可选,两列区域:阶段、允许停留的天数。"}, true),
         in_column(Field::Created, own("created", K::Dates, {"created", "创建日期"},
                                       {"Optional creation date of each deal: without limits, each stage's limit is "
                                        "learned from the deals that moved past it.",
                                        "可选,每个商机的创建日期:未给出时限时,按已越过各阶段的商机推算该阶段的时限。"},
                                       true))},
        [](const Inputs& in) -> Result<Answer> {
            std::vector<std::vector<Cell>> limits = in.rows(3);
            const bool learn = !in.given(3) && in.given(4);
            if (learn) {
                const ModelChoice choice = choose_stage_model(in.column(0));
                limits = limit_rows(stage_limits_from_history(in.column(0), in.column(4), in.column(1), *choice.model));
            }
            return answer_from(count_stalled_deals(in.column(0), in.column(1), in.cell(2),
                                                   in.given(3) || learn ? &limits : nullptr));
        }});

    table.push_back(Function{
        "pipelineByGroup", "PIPELINE.BYGROUP",
        {"Breakdown by any grouping column (region, product line, owner): Group | Deals | Amount | Weighted | Won "
         "| Win rate, in order of first appearance, then Total. Won is the won amount; win rate counts deals.",
         "按任意分组列(区域、产品线、负责人)汇总:分组 | 商机数 | 金额 | 加权金额 | 赢单金额 | 赢单率,"
         "按首次出现的顺序,最后为合计。赢单金额为赢单的金额合计;赢单率按商机数计算。"},
        {own("groups", K::Texts, {"groups", "分组"}, {"The grouping column: region, product line, owner …", "分组列:区域、产品线、负责人等。"}),
         amounts(), stages(), probabilities(), model()},
        [](const Inputs& in) {
            DealArguments a;
            a.groups = 0, a.amounts = 1, a.stages = 2, a.probabilities = 3;
            return with_deals(in, a, [&](const DealSet& set) -> Result<Answer> {
                return Answer::of(breakdown_table(set, in.model(), in.language()));
            });
        }});

    table.push_back(Function{
        "pipelineCalibrate", "PIPELINE.CALIBRATE",
        {"Calibration: per stage, the win rate observed in the sheet's own closed deals beside the model's "
         "default: Stage | Closed deals | Won deals | Observed win rate | Model probability | Difference. A "
         "closed deal counts for the stage it reached and every earlier one.",
         "赢率校准:各阶段在本表已关闭商机中的实际赢率与模型默认赢率对照:阶段 | 已关闭商机数 | 赢单数 | "
         "实际赢率 | 模型赢率 | 差异。已关闭商机计入其到达的阶段及之前各阶段。"},
        {in_column(Field::Stage, own("stagesHistory", K::Stages, {"stages_history", "到达阶段"},
             {"The furthest stage each deal reached before it was won or lost.", "每个商机在赢单或输单之前到达的最远阶段。"})),
         own("outcomes", K::Texts, {"outcomes", "结果"},
             {"Won or lost for each deal (Won/Lost, 赢单/输单, 1/0); blank = still open, left out.",
              "每个商机的结果:赢单或输单(Won/Lost、赢单/输单、1/0);空白表示尚未关闭,不计入。"}),
         model()},
        [](const Inputs& in) -> Result<Answer> {
            return answer_from(calibration_table(in.column(0), in.column(1), in.model(), in.language()));
        }});

    Argument claimed = probabilities();
    claimed.optional = false;
    claimed.may_be_blank = true;
    Argument support_column = support();
    support_column.may_be_blank = true;
    table.push_back(Function{
        "pipelineHygiene", "PIPELINE.HYGIENE",
        {"Forecast hygiene: the deals whose probability the stakeholder work does not support, and the forecast "
         "it does. A deal reaches 30% only with a supportive coach, 50% only with a known economic buyer; an "
         "opposed technical buyer, a probability over 20 points above its stage and a missing amount are "
         "flagged too. Array: Deal | Stage | Amount | Claimed | Supported | Reasons, one row per flagged deal, "
         "then Total with the claimed and the supported weighted forecast.",
         "预测健康检查:列出赢率缺少关键人物依据的商机,并给出有依据的预测。有支持我方的教练,赢率才能达到 30%;"
         "有已知的决策者,才能达到 50%;技术把关者反对、赢率高于阶段默认 20 个百分点以上、缺少金额也会标出。"
         "数组:商机 | 阶段 | 金额 | 申报赢率 | 有据赢率 | 原因,每个被标出的商机一行,最后一行合计为申报与有据的加权预测。"},
        {in_column(Field::DealName, own("deals", K::Texts, {"deals", "商机"}, {"Name of each deal.", "每个商机的名称。"})),
         stages(), amounts(), claimed,
         in_column(Field::DealName, own("peopleDeals", K::Texts, {"people_deals", "人员所属商机"},
                                        {"For each person of the stakeholder table, the deal they belong to.",
                                         "关键人物表中每个人所属的商机。"})),
         roles(), support_column, model(),
         in_column(Field::CloseDate, own("closeDates", K::Dates, {"close_dates", "预计成交日期"},
                                         {"Optional close date of each deal: an open deal past it is flagged (with today).",
                                          "可选,每个商机的预计成交日期:已过期的未关闭商机会被标出(需同时给出今天)。"},
                                         true)),
         own("today", K::Value, {"today", "今天"}, {"The date to compare close dates with, e.g. TODAY().", "与预计成交日期比较的日期,例如 TODAY()。"},
             true)},
        [](const Inputs& in) -> Result<Answer> {
            HygieneColumns columns{&in.column(0), &in.column(1), &in.column(2), in.optional_column(3),
                                   &in.column(4), &in.column(5), in.optional_column(6), in.optional_column(8)};
            if (in.given(9)) {
                const NumberReading today = read_date(in.cell(9));
                if (!today.is_value())
                    return make_error(ErrorKind::BadValue, "today is not a date");
                columns.today = today.value;
            }
            return answer_from(forecast_hygiene(columns, in.model()), [&](const ForecastHygiene& hygiene) {
                return Answer::of(hygiene_table(hygiene, in.model(), in.language()));
            });
        }});

    table.push_back(Function{
        "pipelineReview", "PIPELINE.REVIEW",
        {"Forecast review for a period, per group (rep, region…): Group | Target | Won | Commit forecast | "
         "Best-case forecast | Weighted | Gap | Open pipeline | Gap coverage | Attainment, one row per group of the "
         "targets, then groups with deals but no target, then Total. Deals count when their close date is within "
         "[from, to] (both inclusive). Gap = target − won (not below 0); gap coverage = open pipeline ÷ gap (the 3× "
         "rule of thumb applies to it); attainment = won ÷ target.",
         "按期间的预测评审,按分组(销售、区域等):分组 | 目标 | 赢单金额 | 承诺预测 | 最佳预测 | 加权金额 | 差距 | "
         "在途金额 | 差距覆盖率 | 达成率;先按目标表中的分组,再列有商机但无目标的分组,最后为合计。预计成交日期在"
         "[起始, 截止](含两端)内的商机计入。差距 = 目标 − 赢单(不小于 0);差距覆盖率 = 在途金额 ÷ 差距(经验上应达 3 倍);"
         "达成率 = 赢单 ÷ 目标。"},
        {in_column(Field::Owner, own("groups", K::Texts, {"groups", "分组"}, {"Rep, region or team of each deal.", "每个商机的销售、区域或团队。"})),
         amounts(), stages(),
         in_column(Field::CloseDate, own("closeDates", K::Dates, {"close_dates", "预计成交日期"},
                                         {"Expected (or actual) close date of each deal.", "每个商机的预计(或实际)成交日期。"})),
         own("targets", K::Table, {"targets", "目标"},
             {"Two columns: group, target of the period (a header row may stay).", "两列:分组、本期目标(可含表头行)。"}),
         own("from", K::Value, {"from", "起始"}, {"First day of the period (blank: no bound).", "期间第一天(留空表示不限)。"}, true),
         own("to", K::Value, {"to", "截止"}, {"Last day of the period (blank: no bound).", "期间最后一天(留空表示不限)。"}, true),
         in_column(Field::ForecastCategory, own("categories", K::Categories, {"categories", "预测类别"},
                                                {"Optional forecast category of each deal.", "可选,每个商机的预测类别。"}, true)),
         probabilities(), model()},
        [](const Inputs& in) -> Result<Answer> {
            ReviewPeriod period;
            for (std::size_t i : {std::size_t(5), std::size_t(6)}) {
                const Cell bound = in.cell(i);
                if (bound.is_empty())
                    continue;
                const NumberReading day = read_date(bound);
                if (!day.is_value())
                    return make_error(ErrorKind::BadValue, "the period's bounds must be dates");
                (i == 5 ? period.from : period.to) = day.value;
            }
            const ReviewColumns columns{&in.column(0), &in.column(1), &in.column(2), &in.column(3),
                                        in.optional_column(7), in.optional_column(8)};
            return answer_from(forecast_review_table(columns, in.rows(4), period, in.model(), in.language()));
        }});

    table.push_back(Function{
        "pipelineCredit", "PIPELINE.CREDIT",
        {"Split credit per team member: credited pipeline (open amount × share), credited weighted (amount × win "
         "probability × share, the performance split) and credited won (won amount × share). Member | Credited "
         "pipeline | Credited weighted | Credited won, then Total; a deal whose shares do not add up to 100% is "
         "reported on a line of its own.",
         "按成员分配业绩:分配在途金额(未关闭金额 × 份额)、分配加权金额(金额 × 赢率 × 份额,即业绩拆分)、"
         "分配赢单金额(赢单金额 × 份额)。成员 | 分配在途金额 | 分配加权金额 | 分配赢单金额,最后为合计;"
         "份额合计不是 100% 的商机单独列出一行。"},
        {in_column(Field::DealName, own("deals", K::Texts, {"deals", "商机"}, {"Name of each deal.", "每个商机的名称。"})),
         amounts(), stages(),
         in_column(Field::DealName, own("splitDeals", K::Texts, {"split_deals", "拆分商机"},
                                        {"The deal of each split line.", "每条拆分记录对应的商机。"})),
         in_column(Field::Owner, own("splitMembers", K::Texts, {"split_members", "成员"},
                                     {"The team member credited on that line.", "该记录分配给的成员。"})),
         own("splitShares", K::Numbers, {"split_shares", "份额"}, {"The member's share: 0.7, 70 or \"70%\".", "成员份额:0.7、70 或 \"70%\"。"}),
         probabilities(), model()},
        [](const Inputs& in) -> Result<Answer> {
            const CreditColumns columns{&in.column(0), &in.column(1), &in.column(2), in.optional_column(6),
                                        &in.column(3), &in.column(4), &in.column(5)};
            return answer_from(split_credit_table(columns, in.model(), in.language()));
        }});

    return table;
}

} // namespace kat::functions
