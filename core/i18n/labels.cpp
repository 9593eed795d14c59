#include "i18n/labels.hpp"

#include <array>

namespace kat {
namespace {

struct Entry {
    Label id;
    std::string_view english;
    std::string_view chinese;
};

// In the order of the enum (checked below): id, en-US, zh-CN.
constexpr Entry entries[] = {
    {Label::Stage, "Stage", "阶段"},
    {Label::Deals, "Deals", "商机数"},
    {Label::Amount, "Amount", "金额"},
    {Label::Weighted, "Weighted", "加权金额"},
    {Label::WinProbability, "Win probability", "赢率"},
    {Label::ConversionFromPrevious, "Conversion from previous stage", "较上一阶段转化率"},
    {Label::Lost, "Lost", "输单"},
    {Label::Total, "Total", "合计"},
    {Label::Reached, "Reached", "到达数"},
    {Label::CumulativeConversion, "Cumulative conversion", "累计转化率"},
    {Label::Category, "Forecast category", "预测类别"},
    {Label::Closed, "Closed", "已成交"},
    {Label::Commit, "Commit", "承诺"},
    {Label::BestCase, "Best case", "最佳"},
    {Label::Pipeline, "Pipeline", "管道"},
    {Label::Omitted, "Omitted", "排除"},
    {Label::CommitForecast, "Commit forecast", "承诺预测(承诺+已成交)"},
    {Label::BestCaseForecast, "Best-case forecast", "最佳预测(最佳+承诺+已成交)"},
    {Label::Expected, "Expected", "期望值(已成交+承诺+加权其余)"},
    {Label::Group, "Group", "分组"},
    {Label::Won, "Won", "赢单金额"},
    {Label::WinRate, "Win rate", "赢单率"},
    {Label::Blank, "(blank)", "(空白)"},
    {Label::ClosedDeals, "Closed deals", "已关闭商机数"},
    {Label::WonDeals, "Won deals", "赢单数"},
    {Label::ObservedWinRate, "Observed win rate", "实际赢率"},
    {Label::ModelProbability, "Model probability", "模型赢率"},
    {Label::Difference, "Difference", "差异"},
    {Label::Campaign, "Campaign", "市场活动"},
    {Label::Cost, "Cost", "成本"},
    {Label::Attendees, "Attendees", "参会人数"},
    {Label::CostPerAttendee, "Cost per attendee", "人均成本"},
    {Label::Roi, "ROI", "投入产出比"},
    {Label::Unmatched, "(no matching campaign)", "(未匹配活动)"},
    {Label::Partner, "Partner", "合作伙伴"},
    {Label::Period, "Period", "期间"},
    {Label::DirectSales, "Direct sales", "直接业务金额"},
    {Label::Collected, "Collected", "已回款"},
    {Label::SingleRebatePaid, "Single rebate paid", "单笔返点(已付)"},
    {Label::Pending, "Pending", "待回款返点"},
    {Label::IndirectSales, "Indirect sales", "间接业务金额"},
    {Label::VolumeBase, "Volume base", "总量基数"},
    {Label::VolumeRebate, "Volume rebate", "总量返点"},
    {Label::TotalPayable, "Total payable", "应付合计"},
    {Label::Clawback, "Clawback", "退款扣回"},
    {Label::Cycle, "Cycle: {1}", "汇报关系循环:{1}"},
    {Label::ListSeparator, ", ", "、"},
    {Label::SeveralTops, "Several tops: {1}", "有多个最高层:{1}"},
    {Label::FunnelReport, "Funnel report", "漏斗报告"},
    {Label::CustomModelName, "custom", "自定义"},
    {Label::SalesFunnelReport, "Sales funnel report", "销售漏斗报告"},
    {Label::StageModel, "Stage model", "阶段模型"},
    {Label::CustomStageModelEditMe, "Custom stage model (edit me)", "自定义阶段模型(可修改)"},
    {Label::Probability, "Probability", "赢单概率"},
    {Label::CustomModelNotUsed, "Custom model not used: ", "自定义模型无法使用:"},
    {Label::Funnel, "Funnel", "漏斗"},
    {Label::Offset, "Offset", "居中偏移"},
    {Label::FunnelChartTitle, "Sales funnel: deals that reached each stage", "销售漏斗:到达各阶段的商机数"},
    {Label::Forecast, "Forecast", "预测"},
    {Label::WeightedForecast, "Weighted forecast", "加权预测"},
    {Label::SalesTargetEditMe, "Sales target (edit me)", "销售目标(可修改)"},
    {Label::PipelineCoverage, "Pipeline coverage", "漏斗覆盖率"},
    {Label::ThreeTimesRule, "3× rule", "3 倍法则"},
    {Label::EnterTarget, "Enter a target", "请填写销售目标"},
    {Label::CoverageOk, "OK: pipeline ≥ 3× target", "达标:漏斗 ≥ 3 倍目标"},
    {Label::CoverageShort, "Short: pipeline below 3× target", "不足:漏斗低于 3 倍目标"},
    {Label::NotListedStageEnteredDate, "Not listed: no stage-entered date column", "未列出:没有“进入阶段日期”列"},
    {Label::StalledNowLive, "Stalled now (live)", "停滞商机数(实时)"},
    {Label::CannotList, "Cannot list: ", "无法列出:"},
    {Label::DaysStage, "Days in stage", "停留天数"},
    {Label::NoStalledDeals, "No stalled deals", "没有停滞商机"},
    {Label::OrgChart, "Org chart", "组织结构图"},
    {Label::CustomerOrganisationChart, "Customer organisation chart", "客户组织结构图"},
    {Label::NoReportsToColumn, "no reports-to column", "没有“上级”列"},
    {Label::OrganisationProblems, "Organisation problems", "组织问题"},
    {Label::OrgChartLegend, "Fill: green support, amber neutral, red oppose; thicker outline = higher influence", "框色:绿=支持 黄=中立 红=反对;框线越粗影响力越高"},
    {Label::RebateStatements, "Rebate statements", "返点对账单"},
    {Label::PartnerRebateStatementsICM, "Partner rebate statements (ICM)", "合作伙伴返点对账单(ICM)"},
    {Label::PolicyUsedEditStatementsFollow, "Policy used (edit it and the statements follow)", "返点政策(修改后对账单自动重算)"},
    {Label::LedgerHasProblem, "The ledger has a problem: ", "台账有问题:"},
    {Label::StatementTableLiveFormula, "Statement table (live formula)", "对账明细(实时公式)"},
    {Label::Mapped, "Mapped: ", "已识别:"},
    {Label::NotMapped, " · Not mapped: ", " · 未识别:"},
    {Label::OtherColumns, " · Other columns: ", " · 未用的列:"},
    {Label::NotMappedLower, " · not mapped: ", " · 未识别:"},
    {Label::SourceHeading, "Source", "数据来源"},
    {Label::SourceRows, "{1} ({2} rows)", "{1}({2} 行)"},
    {Label::ColumnsMappedOne, "{1} column mapped", "已识别 {1} 列"},
    {Label::ColumnsMapped, "{1} columns mapped", "已识别 {1} 列"},
    {Label::StatusHeading, "Status", "识别结果"},
    {Label::RoleMap, "Role map", "角色地图"},
    {Label::StakeholderRoleMap, "Stakeholder role map", "关键角色地图"},
    {Label::NotPossibleColumn, "Not possible: no column for ", "无法生成:缺少列 "},
    {Label::ListHasProblem, "The list has a problem: ", "名单有问题:"},
    {Label::InfluenceSupport, "Influence × support", "影响力 × 支持度"},
    {Label::CoverageFourBuyingInfluences, "Coverage of the four buying influences", "四类采购影响者覆盖度"},
    {Label::CoverageCoachUserTechnicalEconomic, "Coverage (coach, user, technical, economic)", "覆盖度(教练、用户、技术、决策者)"},
    {Label::RedFlags, "Red flags", "风险提示"},
    {Label::Coach, "Coach", "教练"},
    {Label::UserBuyer, "User buyer", "用户"},
    {Label::TechnicalBuyer, "Technical buyer", "技术把关者"},
    {Label::EconomicBuyer, "Economic buyer", "决策者"},
    {Label::Gatekeeper, "Gatekeeper", "守门人"},
    {Label::Influencer, "Influencer", "影响者"},
    {Label::Executor, "Executor", "执行者"},
    {Label::FinanceController, "Finance controller", "掌握财务者"},
    {Label::Unknown, "Unknown", "未知"},
    {Label::HighInfluence, "High influence", "高影响力"},
    {Label::MediumInfluence, "Medium influence", "中影响力"},
    {Label::LowInfluence, "Low influence", "低影响力"},
    {Label::Support, "Support", "支持"},
    {Label::Neutral, "Neutral", "中立"},
    {Label::Oppose, "Oppose", "反对"},
    {Label::InfluenceBySupport, "Influence \\ Support", "影响力 \\ 支持度"},
    {Label::FlagNoCoach, "No coach: without one the chance of success is slim", "没有教练(内线):没有教练,成功的机会微乎其微"},
    {Label::FlagEconomicBuyerUnknown, "Economic buyer unknown: nobody identified who decides", "决策者未识别:不知道谁拍板"},
    {Label::FlagUsersIgnored, "Users ignored: no user buyer identified", "忽视用户:没有识别使用者"},
    {Label::NoRedFlags, "No red flags", "未发现风险"},
    {Label::SeverityCritical, "Critical", "严重"},
    {Label::SeverityHigh, "High", "高"},
    {Label::SeverityMedium, "Medium", "中"},
    {Label::FlagTechnicalVeto, "Technical buyer opposed (veto): {1}", "技术把关者反对(可一票否决):{1}"},
    {Label::FlagEconomicBuyerNotSupportive, "Economic buyer not supportive: {1}", "决策者不支持:{1}"},
    {Label::FlagEconomicBuyerUncontacted, "Economic buyer not contacted: {1}", "决策者尚未接触:{1}"},
    {Label::FlagOpposedHighInfluence, "High-influence person opposed: {1}", "高影响力人物反对:{1}"},
    {Label::FlagHighInfluenceUncovered, "High influence, no contact and no counterpart: {1}", "高影响力人物无人接触、无对应人:{1}"},
    {Label::OrgUnknownManager, "Manager '{2}' of {1} is not in the list", "{1} 的上级“{2}”不在名单中"},
    {Label::OrgDuplicateName, "Duplicate name: {1} (row {2}) is {3} (row {4})", "姓名重复:第 {2} 行的{1}与第 {4} 行的{3}相同"},
    {Label::OrgBlankName, "Row {1} has no name", "第 {1} 行没有姓名"},
    {Label::PeriodFirstHalf, "{1} H1", "{1}年上半年"},
    {Label::PeriodSecondHalf, "{1} H2", "{1}年下半年"},
    {Label::PeriodYear, "{1}", "{1}年"},
    {Label::PeriodQuarter, "{1} Q{2}", "{1}年第{2}季度"},
    {Label::PeriodMonth, "{1}-{3}", "{1}年{2}月"},
    {Label::DataModelName, "your data's own stages", "按数据中的阶段"},
    {Label::DataStageModelEditMe, "Stage model from your data's stages (edit me; Columns… to choose another)", "根据数据中的阶段生成的阶段模型(可修改;在“列…”中可选其他模型)"},
    {Label::Deal, "Deal", "商机"},
    {Label::Claimed, "Claimed", "申报赢率"},
    {Label::Supported, "Supported", "有据赢率"},
    {Label::Reasons, "Reasons", "原因"},
    {Label::HygieneNoCoach, "no supportive coach", "没有支持我方的教练"},
    {Label::HygieneNoEconomicBuyer, "economic buyer unknown", "决策者未知"},
    {Label::HygieneTechnicalVeto, "technical veto risk", "技术把关者反对(否决风险)"},
    {Label::HygieneAboveStage, "claimed above stage", "赢率高于阶段默认"},
    {Label::HygieneNoAmount, "amount missing", "缺少金额"},
    {Label::ReasonSeparator, "; ", "；"},
    {Label::ForecastHygieneHeading, "Forecast hygiene: what the key people support", "预测健康检查:关键人物支持的预测"},
    {Label::HygieneHowTo, "To check each deal's probability against its key people, add a stakeholder sheet with a deal column (商机 / Deal), role and support.", "要按关键人物核对每个商机的赢率,请添加关键人物表,包含所属商机(“商机”列)、角色和支持度列。"},
    {Label::HygieneNeedsDealNames, "Not checked: the opportunity table has no deal name column.", "未检查:商机表中没有商机名称列。"},
    {Label::HygieneSource, "Key people from {1}", "关键人物来自 {1}"},
    {Label::Target, "Target", "目标"},
    {Label::Gap, "Gap", "差距"},
    {Label::OpenPipeline, "Open pipeline", "在途金额"},
    {Label::GapCoverage, "Gap coverage", "差距覆盖率"},
    {Label::Attainment, "Attainment", "达成率"},
    {Label::Member, "Member", "成员"},
    {Label::CreditedPipeline, "Credited pipeline", "分配在途金额"},
    {Label::CreditedWeighted, "Credited weighted", "分配加权金额"},
    {Label::CreditedWon, "Credited won", "分配赢单金额"},
    {Label::SharesDoNotAddUp, "Shares of {1} add up to {2}, not 100%", "{1} 的份额合计为 {2},不是 100%"},
    {Label::RoleCoverageHeading, "Coverage", "覆盖度"},
    {Label::RedFlagHeading, "Red flag", "风险"},
    {Label::SeverityHeading, "Severity", "严重程度"},
    {Label::PersonHeading, "Person", "人员"},
    {Label::HygieneClosePassed, "close date passed", "预计成交日期已过"},
    {Label::OpportunityTable, "opportunity table", "商机表"},
    {Label::PartnerLedgerTable, "partner ledger", "合作伙伴台账"},
    {Label::StakeholderList, "stakeholder list", "关键人名单"},
    {Label::NoTableAround, "No {1} around the current cell: {2}", "当前单元格周围没有{1}:{2}"},
    {Label::ReportsInCalcOnly, "Reports are built in a Calc spreadsheet", "报表只能在 Calc 电子表格中生成"},
    {Label::BuildingReport, "Building the report…", "正在生成报表…"},
    {Label::CannotDrawOrgChart, "Cannot draw the org chart: {1}", "无法画组织结构图:{1}"},
    {Label::ForecastReviewReport, "Forecast review", "预测评审"},
    {Label::PeriodFrom, "From", "起始日期"},
    {Label::PeriodTo, "To", "截止日期"},
    {Label::PeriodEditNote, "Deals count when their close date is within these dates (both included). Change them here for another period; the panel's period list sets them on the next build.", "预计成交日期在上述日期之间(含两端)的商机计入。可在此修改日期查看其他期间;重新生成时按侧边栏中选择的期间。"},
    {Label::ReviewNeedsGroups, "A review needs an owner or region column to group the deals by: map one with Columns… in the Funnel panel.", "预测评审需要“负责人”或“区域”列来分组:请在销售漏斗面板中用“列对应…”设置。"},
    {Label::ReviewNeedsCloseDates, "A review needs the expected close date of each deal: map the close-date column with Columns… in the Funnel panel.", "预测评审需要每个商机的预计成交日期:请在销售漏斗面板中用“列对应…”设置该列。"},
    {Label::TargetsEditMe, "Targets of the period (type them into the yellow cells)", "本期目标(在黄色单元格中填写)"},
    {Label::ReviewHeading, "Review", "评审"},
    {Label::ReviewNoteGap, "Gap = target − won (not below zero); attainment = won ÷ target.", "差距 = 目标 − 赢单金额(不小于 0);达成率 = 赢单金额 ÷ 目标。"},
    {Label::ReviewNoteCoverage, "Gap coverage = open pipeline ÷ gap: by the 3× rule of thumb, below 3× the gap is at risk.", "差距覆盖率 = 在途金额 ÷ 差距:按 3 倍经验法则,低于 3 倍则目标有风险。"},
    {Label::ReviewNoteWeighted, "Weighted = Σ amount × win probability of the period's deals, won deals at 100 %.", "加权金额 = 本期商机的金额 × 赢率之和,赢单按 100% 计。"},
    {Label::ReviewNoteForecasts, "Commit forecast = won + commit; best-case forecast = commit forecast + best case (by forecast category, or by stage where none is given).", "承诺预测 = 已成交 + 承诺;最佳预测 = 承诺预测 + 最佳(按预测类别,未填写时按阶段)。"},
    {Label::ReviewChartTitle, "Won and weighted forecast against target", "赢单金额、加权预测与目标对比"},
    {Label::StalledDealsHeading, "Stalled deals (longer in their stage than its limit)", "停滞商机(在本阶段停留超过时限)"},
    {Label::LearnedLimitsHeading, "Days allowed per stage: the usual stay of the deals that moved past it (median; edit the yellow cells)", "各阶段允许停留天数:已越过该阶段的商机通常停留的天数(中位数;可修改黄色单元格)"},
    {Label::DaysAllowed, "Days allowed", "允许天数"},
    {Label::LearnedFromDeals, "Learned from (deals)", "依据商机数"},
    {Label::OtherStagesDefault, "Stages not listed: 30 days (too few deals have moved past them to learn from).", "未列出的阶段:30 天(越过这些阶段的商机太少,无法推算)。"},
    {Label::NoLearnedLimits, "Every stage: 30 days (map a creation-date column to learn each stage's usual stay).", "所有阶段:30 天(映射“创建日期”列即可按各阶段的通常停留时间计算)。"},
    {Label::FunnelNoteConversion, "Conversion from previous stage = deals that reached the stage ÷ deals that reached the one before. A deal in a later stage has passed the earlier ones; a lost deal counts as having entered the first stage only.", "较上一阶段转化率 = 到达本阶段的商机数 ÷ 到达上一阶段的商机数。处于后续阶段的商机视为已经过前面各阶段;输单只计为进入过第一阶段。"},
    {Label::FunnelNoteProbability, "Win probability = the stage's probability in the stage model; Weighted uses each deal's own probability where the sheet gives one, else its stage's.", "赢率 = 阶段模型中该阶段的赢率;加权金额中,表中填写了赢率的商机按其自身赢率,其余按阶段赢率。"},
    {Label::FunnelNoteTotal, "Total row: win probability = weighted ÷ amount of all deals; conversion = won deals ÷ all deals.", "合计行:赢率 = 全部商机的加权金额 ÷ 金额;转化率 = 赢单数 ÷ 全部商机数。"},
    {Label::FooterPageOfPages, "Page {1} of {2}", "第 {1} 页,共 {2} 页"},
    {Label::KeyPeopleAsOfBuild, "Key people (as of this build)", "关键人物(截至本次生成)"},
    {Label::PartnerStatementTitle, "Rebate statement: {1}", "返点对账单:{1}"},
    {Label::PolicyHeading, "Rebate policy", "返点政策"},
    {Label::PartnerSales, "Sales", "销售明细"},
    {Label::RebateNow, "Rebate now", "本期返点"},
    {Label::CountsTowardVolume, "Indirect: counts toward the volume base", "间接业务:计入总量返点基数"},
    {Label::ExportPartnerNoPage, "Click into a partner's page of the rebate statements first.", "请先点击返点对账单中某个合作伙伴的页面。"},
    {Label::ExportedPartner, "Exported {1}", "已导出 {1}"},
    {Label::OrgNoProblems, "OK", "无问题"},
    {Label::FlagEconomicBuyerNoGap, "Economic buyer sees no gap (even keel or overconfident): {1}", "决策者看不到需求缺口(平稳或过度自信):{1}"},
    {Label::FlagCoachOverconfident, "Coach is overconfident and may not warn us: {1}", "教练过度自信,可能不会提醒我们:{1}"},
    {Label::FlagHighInfluenceNoWin, "Personal win unknown for a high-influence person: {1}", "不清楚高影响力人物的个人赢:{1}"},
    {Label::StrengthEconomicBuyer, "Economic buyer supports us: {1}", "决策者支持我们:{1}"},
    {Label::StrengthSeniorCoach, "Senior coach (high influence): {1}", "教练位高权重(影响力高):{1}"},
    {Label::StrengthCloseSupporter, "High-influence supporter we see often: {1}", "经常接触的高影响力支持者:{1}"},
    {Label::NoStrengths, "No strengths recorded yet", "尚无优势"},
    {Label::Fit, "Fit", "匹配度"},
    {Label::DealPlan, "Deal plan", "商机作战图"},
    {Label::DealPlanTitle, "Deal plan: {1}", "商机作战图:{1}"},
    {Label::SingleSalesObjective, "Single sales objective", "单一销售目标"},
    {Label::IdealCustomerFit, "Fit to the ideal customer", "与理想型客户的匹配度"},
    {Label::FitHowTo, "Rate your accounts on a sheet (an Account column, one column per criterion, a Weight row under the header) to see the fit here.", "在一个工作表中为客户评分(“客户”列、每项标准一列、表头下一行为“权重”)即可在此看到匹配度。"},
    {Label::HygieneSupported, "Its key people support this probability.", "关键人物支持这一赢率。"},
    {Label::BuyingInfluences, "Buying influences", "采购影响者"},
    {Label::NoPeopleLinked, "No key people are linked to this deal yet: add them to the key-people sheet with this deal's name.", "尚无关键人物与本商机关联:请在关键人物表中填写本商机名称。"},
    {Label::DealPlanPeopleHowTo, "List the key people on a sheet with a Deal column (商机) to see them, their flags and strengths here.", "在带“商机”列的工作表中列出关键人物,即可在此看到人物、风险与优势。"},
    {Label::Strengths, "Strengths", "优势"},
    {Label::NextActions, "Next actions", "下一步行动"},
    {Label::NextAction, "Action", "行动"},
    {Label::Who, "Who", "负责人"},
    {Label::ByWhen, "By when", "完成日期"},
    {Label::Done, "Done", "完成"},
    {Label::DealPlanNoDeal, "Click into a deal's row of the opportunity table (or give the deal's name) to plan it.", "请点击商机表中某个商机所在的行(或给出商机名称)。"},
    {Label::StarterOpportunities, "Opportunities", "商机"},
    {Label::StarterLedger, "Partner ledger", "合作伙伴台账"},
    {Label::StarterPeople, "Key people", "关键人物"},
    {Label::StarterCreated, "A new workbook with an opportunity table, a partner ledger and key people: overwrite the example rows.", "已新建工作簿:商机表、合作伙伴台账和关键人物表,请覆盖示例行。"},
    {Label::StepInvited, "Invited", "已邀请"},
    {Label::StepLetterSent, "Letter sent", "已发邀请函"},
    {Label::StepConfirmed, "Confirmed", "已确认"},
    {Label::StepFinalCheck, "Final check", "最终确认"},
    {Label::StepAttended, "Attended", "已到场"},
    {Label::StepFeedback, "Feedback given", "已反馈"},
    {Label::Step, "Step", "环节"},
    {Label::ShareOfInvited, "Share of invited", "占邀请人数比例"},
    {Label::Declined, "Declined", "已婉拒"},
    {Label::CostVenue, "Venue", "场地"},
    {Label::CostLabour, "Labour", "人工"},
    {Label::CostMaterials, "Materials", "物料"},
    {Label::CostLogistics, "Logistics", "物流"},
    {Label::CostOther, "Other", "其他"},
    {Label::ConversionFromPreviousStep, "Conversion from previous step", "较上一环节转化率"},
};

constexpr bool in_enum_order()
{
    for (std::size_t i = 0; i < std::size(entries); ++i)
        if (static_cast<std::size_t>(entries[i].id) != i)
            return false;
    return std::size(entries) == static_cast<std::size_t>(Label::Count_);
}
static_assert(in_enum_order(), "labels.cpp: one entry per Label, in the enum's order");

} // namespace

Language language_from_tag(std::string_view tag)
{
    return (tag.size() >= 2 && (tag[0] == 'z' || tag[0] == 'Z') && (tag[1] == 'h' || tag[1] == 'H'))
        ? Language::Chinese
        : Language::English;
}

std::string_view label(Label which, Language language)
{
    const std::size_t i = static_cast<std::size_t>(which);
    if (i >= std::size(entries))
        return {};
    return language == Language::Chinese ? entries[i].chinese : entries[i].english;
}

std::string format_label(Label which, Language language, std::initializer_list<std::string_view> arguments)
{
    const std::string_view pattern = label(which, language);
    std::string text;
    text.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        // {1}…{9}: the n-th argument.
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9' &&
            pattern[i + 2] == '}') {
            const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < arguments.size())
                text += *(arguments.begin() + n);
            i += 2;
            continue;
        }
        text += pattern[i];
    }
    return text;
}

} // namespace kat
