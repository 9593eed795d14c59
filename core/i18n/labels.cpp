#include "i18n/labels.hpp"

namespace kat {

Language language_from_tag(std::string_view tag)
{
    return (tag.size() >= 2 && (tag[0] == 'z' || tag[0] == 'Z') && (tag[1] == 'h' || tag[1] == 'H'))
        ? Language::Chinese
        : Language::English;
}

std::string_view label(Label which, Language language)
{
    const bool zh = language == Language::Chinese;
    switch (which) {
    case Label::Stage: return zh ? "阶段" : "Stage";
    case Label::Deals: return zh ? "商机数" : "Deals";
    case Label::Amount: return zh ? "金额" : "Amount";
    case Label::Weighted: return zh ? "加权金额" : "Weighted";
    case Label::WinProbability: return zh ? "赢率" : "Win probability";
    case Label::ConversionFromPrevious: return zh ? "较上一阶段转化率" : "Conversion from previous stage";
    case Label::Lost: return zh ? "输单" : "Lost";
    case Label::Total: return zh ? "合计" : "Total";
    case Label::Reached: return zh ? "到达数" : "Reached";
    case Label::CumulativeConversion: return zh ? "累计转化率" : "Cumulative conversion";
    case Label::Category: return zh ? "预测类别" : "Forecast category";
    case Label::Closed: return zh ? "已成交" : "Closed";
    case Label::Commit: return zh ? "承诺" : "Commit";
    case Label::BestCase: return zh ? "最佳" : "Best case";
    case Label::Pipeline: return zh ? "管道" : "Pipeline";
    case Label::Omitted: return zh ? "排除" : "Omitted";
    case Label::CommitForecast: return zh ? "承诺预测(承诺+已成交)" : "Commit forecast";
    case Label::BestCaseForecast: return zh ? "最佳预测(最佳+承诺+已成交)" : "Best-case forecast";
    case Label::Expected: return zh ? "期望值(已成交+承诺+加权其余)" : "Expected";
    case Label::Group: return zh ? "分组" : "Group";
    case Label::Won: return zh ? "赢单金额" : "Won";
    case Label::WinRate: return zh ? "赢单率" : "Win rate";
    case Label::Blank: return zh ? "(空白)" : "(blank)";
    case Label::ClosedDeals: return zh ? "已关闭商机数" : "Closed deals";
    case Label::WonDeals: return zh ? "赢单数" : "Won deals";
    case Label::ObservedWinRate: return zh ? "实际赢率" : "Observed win rate";
    case Label::ModelProbability: return zh ? "模型赢率" : "Model probability";
    case Label::Difference: return zh ? "差异" : "Difference";
    case Label::Campaign: return zh ? "市场活动" : "Campaign";
    case Label::Cost: return zh ? "成本" : "Cost";
    case Label::Attendees: return zh ? "参会人数" : "Attendees";
    case Label::CostPerAttendee: return zh ? "人均成本" : "Cost per attendee";
    case Label::Roi: return zh ? "投入产出比" : "ROI";
    case Label::Unmatched: return zh ? "(未匹配活动)" : "(no matching campaign)";
    case Label::Partner: return zh ? "合作伙伴" : "Partner";
    case Label::Period: return zh ? "期间" : "Period";
    case Label::DirectSales: return zh ? "直接业务金额" : "Direct sales";
    case Label::Collected: return zh ? "已回款" : "Collected";
    case Label::SingleRebatePaid: return zh ? "单笔返点(已付)" : "Single rebate paid";
    case Label::Pending: return zh ? "待回款返点" : "Pending";
    case Label::IndirectSales: return zh ? "间接业务金额" : "Indirect sales";
    case Label::VolumeBase: return zh ? "总量基数" : "Volume base";
    case Label::VolumeRebate: return zh ? "总量返点" : "Volume rebate";
    case Label::TotalPayable: return zh ? "应付合计" : "Total payable";
    case Label::Clawback: return zh ? "退款扣回" : "Clawback";
    }
    return {};
}

} // namespace kat
