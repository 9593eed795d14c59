#include "function_table.hpp"

namespace kat::functions {
namespace {

// Arguments that several functions share, written once.
const Argument model_argument{
    {"model", "模型"},
    {"Stage model: \"customer7\" (default: 目标客户 5%, 潜在客户 15%, 意向客户 30%, 立项客户 50%, "
     "认可客户 60%, 谈判客户 80%, 成交客户 100%), \"action5\" (初步接洽 10%, 需求确认 30%, 报价 50%, "
     "拟定合同 80%, 赢单 100%), or a range of two columns: stage name, probability (a third column may "
     "give the forecast category). Lost / 输单 / 丢单 always count 0%.",
     "阶段模型:\"customer7\"(默认:目标客户 5%、潜在客户 15%、意向客户 30%、立项客户 50%、认可客户 60%、"
     "谈判客户 80%、成交客户 100%)、\"action5\"(初步接洽 10%、需求确认 30%、报价 50%、拟定合同 80%、"
     "赢单 100%),或两列区域:阶段名称、赢率(可选第三列为预测类别)。输单/丢单/Lost 一律按 0% 计。"},
    true};

const Argument amounts_argument{
    {"amounts", "金额"},
    {"Deal amounts, one per row. Numbers or text such as \"¥40,000\" or \"40万\"; blank = amount unknown.",
     "商机金额,每行一个。可为数字或 \"¥40,000\"、\"40万\" 之类的文本;空白表示金额未知。"},
    false};

const Argument stages_argument{
    {"stages", "阶段"},
    {"Sales stage of each deal, in English, Simplified or Traditional Chinese (e.g. 意向客户, 意向客戶, Intent).",
     "每个商机的销售阶段,中英文、简繁体均可(如 意向客户、意向客戶、Intent)。"},
    false};

const Argument probabilities_argument{
    {"probabilities", "赢率"},
    {"Optional win probability per deal (0.3, 30 or \"30%\"); where filled it overrides the stage's default.",
     "可选,每个商机的赢率(0.3、30 或 \"30%\");填写时优先于阶段默认赢率。"},
    true};

const Argument rate_argument{
    {"rate", "返点率"},
    {"Single-deal rebate rate (default 5%): 0.05, 5 or \"5%\".", "单笔返点率(默认 5%):0.05、5 或 \"5%\"。"},
    true};

const Argument direct_collected_argument{
    {"direct_collected", "直接业务回款"},
    {"Collected amounts of the partner's direct sales in the period; refunds as negative amounts.",
     "本期该合作伙伴直接业务的回款金额;退款记为负数。"},
    false};

const Argument indirect_amounts_argument{
    {"indirect_amounts", "间接业务金额"},
    {"Sale amounts of the partner's indirect (referred) sales in the period.", "本期该合作伙伴间接(转介绍)业务的销售金额。"},
    false};

const Argument indirect_weight_argument{
    {"indirect_weight", "间接权重"},
    {"How much indirect sales count in the volume base (default 40%).", "间接业务计入总量基数的比例(默认 40%)。"},
    true};

const Argument names_argument{{"names", "姓名"}, {"Name of each person.", "每个人的姓名。"}, false};
const Argument managers_argument{
    {"managers", "上级"},
    {"Whom each person reports to (blank for the top).", "每个人的汇报对象(最高层留空)。"},
    false};
const Argument person_argument{{"name", "姓名"}, {"The person to look up.", "要查询的人。"}, false};
const Argument influence_argument{
    {"influence", "影响力"}, {"High / medium / low (高/中/低) for each person.", "每个人的影响力:高/中/低(High/Medium/Low)。"}, false};
const Argument support_argument{
    {"support", "支持度"},
    {"Support / neutral / oppose (支持/中立/反对), or a rating from −5 to +5 (>0 support, 0 neutral, <0 oppose).",
     "支持/中立/反对(Support/Neutral/Oppose),或 −5 到 +5 的评分(>0 支持,0 中立,<0 反对)。"},
    false};
const Argument contact_argument{
    {"contact", "接触程度"}, {"Our contact: frequent / some / none (经常/偶尔/无).", "我方接触程度:经常/偶尔/无(Frequent/Some/None)。"}, false};
const Argument roles_argument{
    {"roles", "角色"},
    {"Role of each person: Coach 教练/内线, User 用户/使用者, Technical buyer 技术把关者, Economic buyer 决策者/拍板人, …",
     "每个人的角色:教练/内线、用户/使用者、技术把关者、决策者/拍板人等(中英文均可)。"},
    false};

std::vector<Function> build()
{
    std::vector<Function> table;

    table.push_back(Function{
        "pipelineStageProb",
        "PIPELINE.STAGEPROB",
        {"Default win probability of a sales stage as a fraction (0.3 for 30%). Unknown stage: #N/A.",
         "销售阶段的默认赢率,以小数表示(30% 返回 0.3)。未知阶段返回 #N/A。"},
        {Argument{{"stage", "阶段"},
                  {"Stage name in English, Simplified or Traditional Chinese, any case or width; a cell or a range.",
                   "阶段名称,中英文、简繁体、全半角及大小写均可;可为单元格或区域。"},
                  false},
         model_argument}});

    table.push_back(Function{
        "pipelineWeighted",
        "PIPELINE.WEIGHTED",
        {"Weighted forecast: the sum of amount × win probability. The probability is the row's own where "
         "filled, else the stage default; lost deals count 0; blank rows are skipped. Text that is not a "
         "number, an unknown stage or ranges of different sizes give an error, never a wrong total.",
         "加权预测:金额 × 赢率之和。有填写赢率的行用其赢率,否则用阶段默认赢率;输单按 0 计;空行跳过。"
         "金额不是数字、阶段未知或区域大小不一致时返回错误值,绝不给出错误的合计。"},
        {amounts_argument, stages_argument, probabilities_argument, model_argument}});

    table.push_back(Function{
        "pipelineTable",
        "PIPELINE.TABLE",
        {"Funnel table (array): Stage | Deals | Amount | Weighted | Win probability | Conversion from previous "
         "stage; the model's stages in funnel order, then Lost, then Total. A deal in a later stage counts as "
         "having passed the earlier ones; lost deals count as having entered the first stage. Total: win "
         "probability = weighted ÷ amount, conversion = won ÷ all deals. Every row needs a stage.",
         "漏斗表(数组):阶段 | 商机数 | 金额 | 加权金额 | 赢率 | 较上一阶段转化率;按漏斗顺序列出模型各阶段,"
         "然后是输单和合计。处于后续阶段的商机视为已经过前面各阶段;输单只计入第一阶段。合计行:赢率 = 加权金额 ÷ 金额,"
         "转化率 = 赢单数 ÷ 全部商机数。每行都必须有阶段。"},
        {stages_argument, amounts_argument, probabilities_argument, model_argument}});

    table.push_back(Function{
        "pipelineConversion",
        "PIPELINE.CONVERSION",
        {"Stage-to-stage and cumulative conversion (array): Stage | Reached | Conversion from previous stage | "
         "Cumulative conversion. Reached counts the deals now in that stage or a later one.",
         "阶段转化率与累计转化率(数组):阶段 | 到达数 | 较上一阶段转化率 | 累计转化率。到达数为当前处于该阶段或之后阶段的商机数。"},
        {stages_argument, model_argument}});

    table.push_back(Function{
        "pipelineForecast",
        "PIPELINE.FORECAST",
        {"Commit forecast (array, seed 003): Closed, Commit, Best case, Pipeline, Omitted, Commit forecast "
         "(Commit + Closed), Best-case forecast (Best case + Commit + Closed), Expected (Closed + Commit + the "
         "weighted Best case and Pipeline deals). Won deals are Closed, lost deals Omitted.",
         "承诺预测(数组,种子文档 003):已成交、承诺、最佳、管道、排除、承诺预测(承诺+已成交)、"
         "最佳预测(最佳+承诺+已成交)、期望值(已成交+承诺+最佳与管道的加权金额)。赢单计为已成交,输单计为排除。"},
        {amounts_argument, stages_argument,
         Argument{{"categories", "预测类别"},
                  {"Forecast category of each deal: Commit, Best case, Pipeline, Closed, Omitted or 承诺, 最佳, 管道, "
                   "已成交, 排除; blank = the stage's default category; \"\" for none at all.",
                   "每个商机的预测类别:承诺、最佳、管道、已成交、排除(或英文 Commit、Best case、Pipeline、Closed、"
                   "Omitted);空白时按阶段默认类别;填 \"\" 表示没有类别列。"},
                  false},
         probabilities_argument, model_argument}});

    table.push_back(Function{
        "pipelineCoverage",
        "PIPELINE.COVERAGE",
        {"Pipeline coverage: open pipeline ÷ target. Seed 003's rule of thumb: the funnel should hold 3× the "
         "target. With stages, won and lost deals are not open pipeline.",
         "漏斗覆盖率:在手管道金额 ÷ 销售目标。种子文档 003 的经验法则:销售漏斗的总额应为销售目标的 3 倍。"
         "提供阶段时,赢单和输单不计入在手管道。"},
        {amounts_argument,
         Argument{{"target", "目标"}, {"The sales target of the period.", "本期销售目标。"}, false},
         Argument{{"stages", "阶段"},
                  {"Optional stage of each deal, to leave won and lost deals out.", "可选,每个商机的阶段,用于排除赢单和输单。"},
                  true},
         model_argument}});

    table.push_back(Function{
        "pipelineSplit",
        "PIPELINE.SPLIT",
        {"Performance split (seed 003): amount × win probability × share for each share, in the shares' shape. "
         "1,000,000 at 10% with 70/30 → 70,000 / 30,000. Shares need not add up to 100% (overlay credit); a "
         "negative share is an error.",
         "业绩拆分(种子文档 003):每个份额得到 金额 × 赢率 × 份额,形状与份额区域相同。100 万、赢率 10%、"
         "70/30 拆分 → 7 万 / 3 万。份额之和不必为 100%(可重叠计算),负份额返回错误。"},
        {Argument{{"amount", "金额"}, {"The deal amount.", "商机金额。"}, false},
         Argument{{"probability", "赢率"}, {"Win probability: 0.1, 10 or \"10%\".", "赢率:0.1、10 或 \"10%\"。"}, false},
         Argument{{"shares", "份额"},
                  {"Each member's share, as a row or a column: 0.7, 70 or \"70%\".", "每位成员的份额,一行或一列:0.7、70 或 \"70%\"。"},
                  false}}});

    table.push_back(Function{
        "pipelineWinRate",
        "PIPELINE.WINRATE",
        {"Win rate: won deals ÷ (won + lost deals). #DIV/0! when none is closed yet.",
         "赢单率:赢单数 ÷(赢单数 + 输单数)。尚无已关闭商机时返回 #DIV/0!。"},
        {stages_argument, model_argument}});

    table.push_back(Function{
        "pipelineCycle",
        "PIPELINE.CYCLE",
        {"Average sales cycle: mean days from created to close over won deals that have both dates. Dates may be "
         "Calc dates or text (2026-11-02, 11/2/2026, 2026年11月2日).",
         "平均销售周期:有创建日期和成交日期的赢单,从创建到成交的平均天数。日期可为 Calc 日期或文本"
         "(2026-11-02、11/2/2026、2026年11月2日)。"},
        {Argument{{"created", "创建日期"}, {"Date each deal was created.", "每个商机的创建日期。"}, false},
         Argument{{"closed", "成交日期"}, {"Date each deal was closed.", "每个商机的关闭(成交)日期。"}, false},
         stages_argument, model_argument}});

    table.push_back(Function{
        "pipelineStalled",
        "PIPELINE.STALLED",
        {"Number of open deals that have been in their stage longer than its limit (30 days by default). Won and "
         "lost deals are not counted; deals without an entry date are unknown and not counted.",
         "在当前阶段停留超过时限(默认 30 天)的未关闭商机数。赢单和输单不计;没有进入阶段日期的商机不计。"},
        {Argument{{"stages", "阶段"}, {"Stage of each deal.", "每个商机的阶段。"}, false},
         Argument{{"entered", "进入阶段日期"}, {"Date each deal entered its current stage.", "每个商机进入当前阶段的日期。"}, false},
         Argument{{"today", "今天"}, {"The date to measure against, e.g. TODAY().", "计算所依据的日期,例如 TODAY()。"}, false},
         Argument{{"limits", "时限"},
                  {"Optional two-column range: stage, days allowed in it.", "可选,两列区域:阶段、允许停留的天数。"},
                  true}}});

    table.push_back(Function{
        "pipelineByGroup",
        "PIPELINE.BYGROUP",
        {"Breakdown by any grouping column (region, product line, owner): Group | Deals | Amount | Weighted | Won "
         "| Win rate, in order of first appearance, then Total. Won is the won amount; win rate counts deals.",
         "按任意分组列(区域、产品线、负责人)汇总:分组 | 商机数 | 金额 | 加权金额 | 赢单金额 | 赢单率,"
         "按首次出现的顺序,最后为合计。赢单金额为赢单的金额合计;赢单率按商机数计算。"},
        {Argument{{"groups", "分组"}, {"The grouping column: region, product line, owner …", "分组列:区域、产品线、负责人等。"}, false},
         amounts_argument, stages_argument, probabilities_argument, model_argument}});

    table.push_back(Function{
        "pipelineCalibrate",
        "PIPELINE.CALIBRATE",
        {"Calibration: per stage, the win rate observed in the sheet's own closed deals beside the model's "
         "default: Stage | Closed deals | Won deals | Observed win rate | Model probability | Difference. A "
         "closed deal counts for the stage it reached and every earlier one.",
         "赢率校准:各阶段在本表已关闭商机中的实际赢率与模型默认赢率对照:阶段 | 已关闭商机数 | 赢单数 | "
         "实际赢率 | 模型赢率 | 差异。已关闭商机计入其到达的阶段及之前各阶段。"},
        {Argument{{"stages_history", "到达阶段"},
                  {"The furthest stage each deal reached before it was won or lost.", "每个商机在赢单或输单之前到达的最远阶段。"},
                  false},
         Argument{{"outcomes", "结果"},
                  {"Won or lost for each deal (Won/Lost, 赢单/输单, 1/0); blank = still open, left out.",
                   "每个商机的结果:赢单或输单(Won/Lost、赢单/输单、1/0);空白表示尚未关闭,不计入。"},
                  false},
         model_argument}});

    table.push_back(Function{
        "accountPareto",
        "ACCOUNT.PARETO",
        {"ABC class of each account by revenue (the 80/20 rule): sorted by revenue, A until the larger accounts "
         "make up the A share (80%), B up to the B share (95%), C after. Returns A/B/C in the input's shape.",
         "按收入对客户做 ABC 分类(80/20 法则):按收入从大到小,累计达到 A 份额(80%)之前为 A,达到 B 份额(95%)"
         "之前为 B,其余为 C。按输入形状返回 A/B/C。"},
        {Argument{{"revenues", "收入"}, {"Revenue of each account.", "每个客户的收入。"}, false},
         Argument{{"a_share", "A份额"}, {"Share of revenue for class A (default 80%).", "A 类客户占收入的份额(默认 80%)。"}, true},
         Argument{{"b_share", "B份额"}, {"Cumulative share up to class B (default 95%).", "到 B 类为止的累计份额(默认 95%)。"}, true}}});

    table.push_back(Function{
        "campaignRoi",
        "CAMPAIGN.ROI",
        {"Campaign return (seed 003 §4.1): Campaign | Cost | Attendees | Cost per attendee | Deals | Pipeline | "
         "Weighted | Won | ROI, per campaign, then deals naming no listed campaign, then Total. Pipeline and "
         "weighted cover open deals; ROI = (won − cost) ÷ cost.",
         "市场活动投入产出(种子文档 003 §4.1):市场活动 | 成本 | 参会人数 | 人均成本 | 商机数 | 管道 | 加权金额 | "
         "赢单金额 | 投入产出比,每个活动一行,然后是未匹配活动的商机和合计。管道与加权金额只计未关闭商机;"
         "投入产出比 =(赢单金额 − 成本)÷ 成本。"},
        {Argument{{"campaigns", "活动"}, {"Campaign names.", "市场活动名称。"}, false},
         Argument{{"costs", "成本"}, {"Cost of each campaign.", "每个活动的成本。"}, false},
         Argument{{"attendees", "参会人数"}, {"Attendees of each campaign.", "每个活动的参会人数。"}, false},
         Argument{{"deal_campaigns", "商机来源活动"}, {"For each deal, the campaign that sourced it.", "每个商机的来源活动。"}, false},
         Argument{{"deal_amounts", "商机金额"}, {"Amount of each deal.", "每个商机的金额。"}, false},
         Argument{{"deal_stages", "商机阶段"}, {"Stage of each deal.", "每个商机的阶段。"}, false},
         model_argument}});

    table.push_back(Function{
        "icmRebate",
        "ICM.REBATE",
        {"Single-deal rebate payable now (seeds 000, 002): Σ collected × rate, each entry rounded to the cent. "
         "A negative collected entry (a refund) claws its rebate back.",
         "现在应付的单笔返点(种子文档 000、002):Σ 回款 × 返点率,每笔四舍五入到分。负的回款(退款)扣回相应返点。"},
        {Argument{{"collected", "回款"}, {"Collected amount of each direct sale.", "每笔直接业务的回款金额。"}, false},
         rate_argument}});

    table.push_back(Function{
        "icmPending",
        "ICM.PENDING",
        {"Rebate held until the customer pays: Σ (amount − collected) × rate. Collected above the amount is an "
         "error, not a negative pending.",
         "待客户回款后支付的返点:Σ(销售金额 − 回款)× 返点率。回款超过销售金额时返回错误,而不是负的待付返点。"},
        {Argument{{"amounts", "销售金额"}, {"Sale amount of each direct sale.", "每笔直接业务的销售金额。"}, false},
         Argument{{"collected", "回款"}, {"Collected amount of each sale (blank = nothing collected yet).", "每笔销售的回款金额(空白表示尚未回款)。"}, false},
         rate_argument}});

    table.push_back(Function{
        "icmVolume",
        "ICM.VOLUME",
        {"Volume rebate of a period: base = Σ direct collected + indirect weight × Σ indirect; rebate = base × "
         "rate once the base reaches the threshold (default 1% from 100,000), else 0. The threshold may be a "
         "two-column tier table (from base, rate): the highest tier reached applies to the whole base.",
         "本期总量返点:基数 = Σ 直接业务回款 + 间接权重 × Σ 间接业务金额;基数达到门槛时返点 = 基数 × 返点率"
         "(默认 10 万起 1%),否则为 0。门槛也可以是两列阶梯表(起始基数、返点率):按达到的最高档对整个基数计算。"},
        {direct_collected_argument, indirect_amounts_argument,
         Argument{{"threshold", "门槛"},
                  {"Base from which the volume rebate is paid (default 100,000), or a tier table (from base, rate).",
                   "开始支付总量返点的基数(默认 100,000),或阶梯表(起始基数、返点率)。"},
                  true},
         Argument{{"rate", "总量返点率"},
                  {"Volume rebate rate (default 1%); leave out with a tier table.", "总量返点率(默认 1%);使用阶梯表时不填。"},
                  true},
         indirect_weight_argument}});

    table.push_back(Function{
        "icmBase",
        "ICM.BASE",
        {"Volume base of a period: Σ direct collected + indirect weight × Σ indirect amounts.",
         "本期总量基数:Σ 直接业务回款 + 间接权重 × Σ 间接业务金额。"},
        {direct_collected_argument, indirect_amounts_argument, indirect_weight_argument}});

    table.push_back(Function{
        "icmStatement",
        "ICM.STATEMENT",
        {"Partner statements (array): Partner | Period | Direct sales | Collected | Single rebate paid | Pending | "
         "Indirect sales | Volume base | Volume rebate | Total payable | Clawback, one row per partner (and per "
         "period when dates are given). Amounts are exact to the cent: kept in integer cents, each rebate rounded "
         "half away from zero once.",
         "合作伙伴返点对账单(数组):合作伙伴 | 期间 | 直接业务金额 | 已回款 | 单笔返点(已付) | 待回款返点 | "
         "间接业务金额 | 总量基数 | 总量返点 | 应付合计 | 退款扣回,每个合作伙伴(给出日期时每个期间)一行。"
         "金额以整数分计算,每笔返点只四舍五入一次,精确到分。"},
        {Argument{{"partners", "合作伙伴"}, {"Partner of each ledger row (张三 and 張三 are one partner).", "每行台账的合作伙伴(张三与張三视为同一人)。"}, false},
         Argument{{"types", "类型"}, {"Direct or indirect: 直接/间接, Direct/Indirect.", "直接或间接:直接/间接、Direct/Indirect。"}, false},
         Argument{{"amounts", "销售金额"}, {"Sale amount of each row.", "每行的销售金额。"}, false},
         Argument{{"collected", "回款"}, {"Collected amount of each row; a refund is negative.", "每行的回款金额;退款为负数。"}, false},
         Argument{{"dates", "日期"}, {"Optional date of each row, for one statement per period.", "可选,每行的日期,用于按期间出对账单。"}, true},
         Argument{{"policy", "政策"},
                  {"Optional two-column range of settings: rate, threshold, volume_rate, indirect_weight, period "
                   "(half-year, year, quarter, month), cap — or 单笔返点率, 门槛, 总量返点率, 间接权重, 周期, 上限; a row "
                   "tier | from base | rate (档位) adds a volume tier.",
                   "可选,两列设置区域:rate、threshold、volume_rate、indirect_weight、period(half-year、year、quarter、"
                   "month)、cap,或 单笔返点率、门槛、总量返点率、间接权重、周期、上限;一行 档位 | 起始基数 | 返点率 增加一个阶梯。"},
                  true}}});

    table.push_back(Function{
        "roleNormalize",
        "ROLE.NORMALIZE",
        {"Canonical code of a buying role: COACH, USER, TECHNICAL, ECONOMIC, GATEKEEPER, INFLUENCER, EXECUTOR or "
         "FINANCE, from English, Simplified or Traditional names (教练, 內線, 技术把关者, 决策者, 拍板人, Coach, Economic "
         "buyer, Decision maker …). Unknown: #N/A.",
         "购买角色的标准代码:COACH、USER、TECHNICAL、ECONOMIC、GATEKEEPER、INFLUENCER、EXECUTOR 或 FINANCE,"
         "可识别中英文及简繁体名称(教练、內線、技术把关者、决策者、拍板人、Coach、Economic buyer 等)。未知返回 #N/A。"},
        {Argument{{"text", "文本"}, {"A role name; a cell or a range.", "角色名称;单元格或区域。"}, false}}});

    table.push_back(Function{
        "roleMatrix",
        "ROLE.MATRIX",
        {"Role-mapping matrix (array): influence (High/Medium/Low rows) × support (Support/Neutral/Oppose columns) "
         "with the names in each cell. An Unknown row or column appears when someone's rating is blank.",
         "角色匹配矩阵(数组):影响力(高/中/低行)× 支持度(支持/中立/反对列),每格列出相应人员姓名。"
         "有人未填写评级时增加“未知”行或列。"},
        {names_argument, influence_argument, support_argument}});

    table.push_back(Function{
        "roleCoverage",
        "ROLE.COVERAGE",
        {"How well the four buying influences (Coach, User, Technical, Economic buyer) are covered, 0…1: the mean "
         "over the four roles of the best person holding it, scored 0.5 for being identified, +0.25 if supportive "
         "(+0.125 neutral), +0.25 if in frequent contact (+0.125 some). A role nobody holds scores 0.",
         "四类购买影响者(教练、用户、技术把关者、决策者)的覆盖度,0…1:对四个角色各取得分最高的人取平均;"
         "已识别得 0.5,支持 +0.25(中立 +0.125),经常接触 +0.25(偶尔 +0.125);无人担任的角色得 0。"},
        {roles_argument, support_argument, contact_argument}});

    table.push_back(Function{
        "roleRisks",
        "ROLE.RISKS",
        {"Red flags, one per row, most severe first (columns: red flag, severity, person; no header row): no "
         "coach; economic buyer missing, not supportive or not contacted; technical buyer opposed (veto); an "
         "opposed high-influence person; high influence with no contact and no counterpart; no user buyer. One "
         "row saying so when there are none.",
         "风险提示,每行一条,最严重的在前(列:风险、严重程度、人员;无表头):没有教练;决策者未识别、不支持或未接触;"
         "技术把关者反对(一票否决);高影响力人物反对;高影响力人物无接触且无对应人;没有用户。无风险时返回一行说明。"},
        {names_argument, roles_argument, influence_argument, support_argument, contact_argument,
         Argument{{"counterparts", "我方对应人"},
                  {"Optional: our person who covers each of them.", "可选:我方负责对接每个人的同事。"},
                  true}}});

    table.push_back(Function{
        "orgPath",
        "ORG.PATH",
        {"Chain of command of a person, top first, joined with \" > \". Unknown person: #N/A; a reporting loop: #VALUE!.",
         "某人的汇报链,从最高层开始,以 \" > \" 连接。查无此人返回 #N/A;汇报关系循环返回 #VALUE!。"},
        {person_argument, names_argument, managers_argument}});

    table.push_back(Function{
        "orgDepth",
        "ORG.DEPTH",
        {"Level of a person in the organisation: 0 for a top person.", "某人在组织中的层级:最高层为 0。"},
        {person_argument, names_argument, managers_argument}});

    table.push_back(Function{
        "orgReports",
        "ORG.REPORTS",
        {"Number of people below a person: all levels, or direct reports only.", "某人下属的人数:所有层级,或仅直接下属。"},
        {person_argument, names_argument, managers_argument,
         Argument{{"direct_only", "仅直接下属"}, {"TRUE to count direct reports only (default FALSE).", "为 TRUE 时只计直接下属(默认 FALSE)。"}, true}}});

    table.push_back(Function{
        "orgCheck",
        "ORG.CHECK",
        {"Problems in the reporting lines, one per row (no header row): cycles (named), managers not in the list, "
         "duplicate names, several tops, rows without a name. \"OK\" when clean.",
         "汇报关系中的问题,每行一条(无表头):循环(列出涉及的人)、上级不在名单中、姓名重复、多个最高层、缺少姓名的行。"
         "没有问题时返回 \"OK\"。"},
        {names_argument, managers_argument}});

    return table;
}

} // namespace

const std::vector<Function>& all()
{
    static const std::vector<Function> table = build();
    return table;
}

const Function* by_programmatic(std::string_view programmatic)
{
    for (const Function& f : all())
        if (f.programmatic == programmatic)
            return &f;
    return nullptr;
}

const Function* by_display(std::string_view display)
{
    for (const Function& f : all())
        if (f.display == display)
            return &f;
    return nullptr;
}

} // namespace kat::functions
