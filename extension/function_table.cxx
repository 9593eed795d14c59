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
