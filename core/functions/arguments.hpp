// Arguments that several sheet functions share, declared once with their texts.
#pragma once

#include "functions/registry.hpp"

namespace kat::functions::args {

using K = ArgumentKind;

// The argument, marked as usually being that column of the user's table.
inline Argument in_column(Field field, Argument argument)
{
    argument.column = field;
    return argument;
}

inline Argument model()
{
    return {"model", ArgumentKind::Model, {"model", "模型"},
            {"Stage model: \"customer7\" (default: 目标客户 5%, 潜在客户 15%, 意向客户 30%, 立项客户 50%, "
             "认可客户 60%, 谈判客户 80%, 成交客户 100%), \"action5\" (初步接洽 10%, 需求确认 30%, 报价 50%, "
             "拟定合同 80%, 赢单 100%), or a range of two columns: stage name, probability (a third column may "
             "give the forecast category). Lost / 输单 / 丢单 always count 0%.",
             "阶段模型:\"customer7\"(默认:目标客户 5%、潜在客户 15%、意向客户 30%、立项客户 50%、认可客户 60%、"
             "谈判客户 80%、成交客户 100%)、\"action5\"(初步接洽 10%、需求确认 30%、报价 50%、拟定合同 80%、"
             "赢单 100%),或两列区域:阶段名称、赢率(可选第三列为预测类别)。输单/丢单/Lost 一律按 0% 计。"},
            true};
}

inline Argument amounts()
{
    return in_column(Field::Amount, {"amounts", ArgumentKind::Amounts, {"amounts", "金额"},
            {"Deal amounts, one per row. Numbers or text such as \"¥40,000\" or \"40万\"; blank = amount unknown.",
             "商机金额,每行一个。可为数字或 \"¥40,000\"、\"40万\" 之类的文本;空白表示金额未知。"}});
}

inline Argument stages()
{
    return in_column(Field::Stage, {"stages", ArgumentKind::Stages, {"stages", "阶段"},
            {"Sales stage of each deal, in English, Simplified or Traditional Chinese (e.g. 意向客户, 意向客戶, Intent).",
             "每个商机的销售阶段,中英文、简繁体均可(如 意向客户、意向客戶、Intent)。"}});
}

inline Argument probabilities()
{
    return in_column(Field::Probability, {"probabilities", ArgumentKind::Probabilities, {"probabilities", "赢率"},
            {"Optional win probability per deal (0.3, 30 or \"30%\"); where filled it overrides the stage's default.",
             "可选,每个商机的赢率(0.3、30 或 \"30%\");填写时优先于阶段默认赢率。"},
            true});
}

inline Argument rate()
{
    return {"rate", ArgumentKind::Rate, {"rate", "返点率"},
            {"Single-deal rebate rate (default 5%): 0.05, 5 or \"5%\".", "单笔返点率(默认 5%):0.05、5 或 \"5%\"。"},
            true, 0.05};
}

inline Argument direct_collected()
{
    return in_column(Field::Collected, {"directCollected", ArgumentKind::Amounts, {"direct_collected", "直接业务回款"},
            {"Collected amounts of the partner's direct sales in the period; refunds as negative amounts.",
             "本期该合作伙伴直接业务的回款金额;退款记为负数。"}});
}

inline Argument indirect_amounts()
{
    return in_column(Field::Amount, {"indirectAmounts", ArgumentKind::Amounts, {"indirect_amounts", "间接业务金额"},
            {"Sale amounts of the partner's indirect (referred) sales in the period.", "本期该合作伙伴间接(转介绍)业务的销售金额。"}});
}

inline Argument indirect_weight()
{
    return {"indirectWeight", ArgumentKind::Rate, {"indirect_weight", "间接权重"},
            {"How much indirect sales count in the volume base (default 40%).", "间接业务计入总量基数的比例(默认 40%)。"},
            true, 0.40};
}

inline Argument names()
{
    return in_column(Field::PersonName, {"names", ArgumentKind::Texts, {"names", "姓名"}, {"Name of each person.", "每个人的姓名。"}});
}

inline Argument managers()
{
    return in_column(Field::ReportsTo, {"managers", ArgumentKind::Texts, {"managers", "上级"},
            {"Whom each person reports to (blank for the top).", "每个人的汇报对象(最高层留空)。"}});
}

inline Argument person()
{
    return {"name", ArgumentKind::Value, {"name", "姓名"}, {"The person to look up.", "要查询的人。"}};
}

inline Argument influence()
{
    return in_column(Field::Influence, {"influence", ArgumentKind::Texts, {"influence", "影响力"},
            {"High / medium / low (高/中/低) for each person.", "每个人的影响力:高/中/低(High/Medium/Low)。"}});
}

inline Argument support()
{
    return in_column(Field::Support, {"support", ArgumentKind::Texts, {"support", "支持度"},
            {"Support / neutral / oppose (支持/中立/反对), or a rating from −5 to +5 (>0 support, 0 neutral, <0 oppose).",
             "支持/中立/反对(Support/Neutral/Oppose),或 −5 到 +5 的评分(>0 支持,0 中立,<0 反对)。"}});
}

inline Argument contact()
{
    return in_column(Field::Contact, {"contact", ArgumentKind::Texts, {"contact", "接触程度"},
            {"Our contact: frequent / some / none (经常/偶尔/无).", "我方接触程度:经常/偶尔/无(Frequent/Some/None)。"}});
}

inline Argument roles()
{
    return in_column(Field::Role, {"roles", ArgumentKind::Texts, {"roles", "角色"},
            {"Role of each person: Coach 教练/内线, User 用户/使用者, Technical buyer 技术把关者, Economic buyer 决策者/拍板人, …",
             "每个人的角色:教练/内线、用户/使用者、技术把关者、决策者/拍板人等(中英文均可)。"}});
}

// An argument of its own, for the entries that have one.
inline Argument own(std::string_view code, ArgumentKind kind, Text name, Text description, bool optional = false,
                    double fallback = 0.0)
{
    return {code, kind, name, description, optional, fallback};
}

} // namespace kat::functions::args
