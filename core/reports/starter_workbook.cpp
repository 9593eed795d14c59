#include "reports/starter_workbook.hpp"

#include "stakeholders/buying_role.hpp"

namespace kat {
namespace {

struct Example {
    const char* en;
    const char* zh;
};

TableCell text(const Example& e, Language language) { return TableCell::of(std::string(language == Language::Chinese ? e.zh : e.en)); }
TableCell number(double value) { return TableCell::of(value); }

std::vector<std::string> words(std::initializer_list<Example> list, Language language)
{
    std::vector<std::string> out;
    for (const Example& e : list)
        out.emplace_back(language == Language::Chinese ? e.zh : e.en);
    return out;
}

std::vector<std::string> labels(std::initializer_list<Label> list, Language language)
{
    std::vector<std::string> out;
    for (Label l : list)
        out.push_back(label_text(l, language));
    return out;
}

TableRow header(std::initializer_list<Field> fields, Language language)
{
    TableRow row;
    for (Field f : fields)
        row.push_back(TableCell::of(field_title(f, language)));
    return row;
}

} // namespace

std::vector<StarterSheet> starter_workbook(const StageModel& model, double today, Language language)
{
    const bool zh = language == Language::Chinese;
    std::vector<std::string> stages;
    for (const Stage& s : model.stages())
        stages.push_back(zh || s.english_name.empty() ? s.name : s.english_name);
    const auto stage = [&](std::size_t i) { return TableCell::of(stages.at(std::min(i, stages.size() - 1))); };
    const std::size_t won = stages.size() >= 2 ? stages.size() - 2 : 0; // the model's won stage sits before Lost

    std::vector<StarterSheet> sheets;

    StarterSheet deals;
    deals.name = label_text(Label::StarterOpportunities, language);
    deals.kind = TableKind::Opportunities;
    deals.rows.push_back(header({Field::DealName, Field::Account, Field::Owner, Field::Region, Field::Stage, Field::Amount,
                                 Field::Probability, Field::ForecastCategory, Field::Created, Field::StageEntered,
                                 Field::CloseDate, Field::Campaign},
                                language));
    const TableCell event = TableCell::of(label_text(Label::StarterEvent, language)); // the invitee sheet is named so
    const std::size_t negotiation = stages.size() >= 3 ? stages.size() - 3 : 0;
    deals.rows.push_back({text({"Acme Labs – HPLC", "华东理工-液相色谱"}, language), text({"Acme Labs", "华东理工大学分析测试中心"}, language),
                          text({"Ann", "张三"}, language), text({"East", "华东"}, language), stage(negotiation), number(680000),
                          TableCell::empty(), TableCell::of(label_text(Label::Commit, language)), number(today - 60),
                          number(today - 10), number(today + 30), event});
    deals.rows.push_back({text({"Harbour Lab – Spectrometer", "宁波海关-光谱"}, language),
                          text({"Harbour Lab", "宁波海关技术中心"}, language), text({"Bob", "李四"}, language),
                          text({"East", "华东"}, language), stage(std::min<std::size_t>(2, negotiation)), number(240000), TableCell::empty(),
                          TableCell::empty(), number(today - 30), number(today - 12), number(today + 75), event});
    deals.rows.push_back({text({"City Hospital – MS", "北京协和-质谱"}, language), text({"City Hospital", "北京协和医院检验科"}, language),
                          text({"Cid", "王芳"}, language), text({"North", "华北"}, language), stage(won), number(1500000),
                          TableCell::empty(), TableCell::of(label_text(Label::Closed, language)), number(today - 120),
                          number(today - 20), number(today - 20), TableCell::empty()});
    deals.formats = {NumberFormat::General, NumberFormat::General, NumberFormat::General, NumberFormat::General,
                     NumberFormat::General, NumberFormat::Money, NumberFormat::Percent, NumberFormat::General,
                     NumberFormat::Date, NumberFormat::Date, NumberFormat::Date, NumberFormat::General};
    deals.choices.resize(12);
    deals.choices[4] = stages;
    deals.choices[7] = labels({Label::Pipeline, Label::BestCase, Label::Commit, Label::Closed, Label::Omitted}, language);
    deals.widths = {5200, 5600, 2400, 2200, 3000, 3000, 2200, 3000, 2800, 2800, 2800, 4400};
    sheets.push_back(std::move(deals));

    StarterSheet ledger;
    ledger.name = label_text(Label::StarterLedger, language);
    ledger.kind = TableKind::PartnerLedger;
    ledger.rows.push_back(
        header({Field::Partner, Field::PartnerType, Field::Amount, Field::Collected, Field::Date, Field::Account}, language));
    const TableCell partner = text({"Partner A", "张三"}, language);
    const TableCell direct = text({"Direct", "直接"}, language), indirect = text({"Indirect", "间接"}, language);
    ledger.rows.push_back({partner, direct, number(40000), number(40000), number(today - 90), text({"Acme Labs", "华东理工"}, language)});
    ledger.rows.push_back({partner, direct, number(60000), number(50000), number(today - 45), text({"Globex", "浙江大学"}, language)});
    ledger.rows.push_back(
        {partner, indirect, number(30000), TableCell::empty(), number(today - 20), text({"Initech", "厦门大学"}, language)});
    ledger.formats = {NumberFormat::General, NumberFormat::General, NumberFormat::Money,
                      NumberFormat::Money,   NumberFormat::Date,    NumberFormat::General};
    ledger.choices.resize(6);
    ledger.choices[1] = words({{"Direct", "直接"}, {"Indirect", "间接"}}, language);
    ledger.widths = {4000, 2400, 3200, 3200, 2800, 4000};
    sheets.push_back(std::move(ledger));

    StarterSheet people;
    people.name = label_text(Label::StarterPeople, language);
    people.kind = TableKind::Stakeholders;
    people.rows.push_back(header({Field::PersonName, Field::Title, Field::ReportsTo, Field::DealName, Field::Role, Field::Influence,
                                  Field::Support, Field::Contact, Field::Counterpart, Field::FeedbackMode, Field::PersonalWin},
                                 language));
    const TableCell deal = text({"Acme Labs – HPLC", "华东理工-液相色谱"}, language); // the first example deal
    const auto role = [&](BuyingRole r) { return TableCell::of(std::string(role_title(r, language))); };
    people.rows.push_back({text({"Dr Wang", "王院长"}, language), text({"Director", "院长"}, language), TableCell::empty(), deal,
                           role(BuyingRole::Economic), text({"High", "高"}, language), text({"Support", "支持"}, language),
                           text({"Some", "偶尔"}, language), text({"Ann", "张三"}, language), text({"Growth", "成长"}, language),
                           text({"A lab that ranks nationally", "实验室评上国家重点"}, language)});
    people.rows.push_back({text({"Ms Li", "李主任"}, language), text({"Lab head", "实验室主任"}, language),
                           text({"Dr Wang", "王院长"}, language), deal, role(BuyingRole::Coach), text({"Medium", "中"}, language),
                           text({"Support", "支持"}, language), text({"Frequent", "经常"}, language), TableCell::empty(),
                           text({"Trouble", "困境"}, language), text({"Less overtime for her team", "团队少加班"}, language)});
    people.rows.push_back({text({"Mr Liu", "刘处长"}, language), text({"Equipment", "设备处长"}, language),
                           text({"Dr Wang", "王院长"}, language), deal, role(BuyingRole::Technical), text({"High", "高"}, language),
                           text({"Neutral", "中立"}, language), text({"Some", "偶尔"}, language), TableCell::empty(),
                           text({"Even keel", "平稳"}, language), TableCell::empty()});
    people.formats.assign(11, NumberFormat::General);
    people.choices.resize(11);
    for (BuyingRole r : {BuyingRole::Economic, BuyingRole::Technical, BuyingRole::User, BuyingRole::Coach})
        people.choices[4].emplace_back(role_title(r, language));
    people.choices[5] = words({{"High", "高"}, {"Medium", "中"}, {"Low", "低"}}, language);
    people.choices[6] = words({{"Support", "支持"}, {"Neutral", "中立"}, {"Oppose", "反对"}}, language);
    people.choices[7] = words({{"Frequent", "经常"}, {"Some", "偶尔"}, {"None", "从未"}}, language);
    people.choices[9] = words({{"Growth", "成长"}, {"Trouble", "困境"}, {"Even keel", "平稳"}, {"Overconfident", "过度自信"}}, language);
    people.widths = {2600, 3000, 2600, 5200, 3400, 2000, 2000, 2200, 2400, 2600, 5200};
    sheets.push_back(std::move(people));

    // A customer event's invitees: the sheet is named as the event the deals above name.
    StarterSheet invitees;
    invitees.name = label_text(Label::StarterEvent, language);
    invitees.kind = TableKind::Invitees;
    invitees.rows.push_back(header({Field::PersonName, Field::Account, Field::InviteList, Field::InviteStatus, Field::Interest,
                                    Field::Satisfaction},
                                   language));
    const TableCell main_list = text({"Main", "正式"}, language), backup = text({"Backup", "备选"}, language);
    invitees.rows.push_back({text({"Dr Wang", "王院长"}, language), text({"Acme Labs", "华东理工大学分析测试中心"}, language), main_list,
                             text({"Attended", "已到场"}, language), text({"Yes", "是"}, language), number(5)});
    invitees.rows.push_back({text({"Ms Li", "李主任"}, language), text({"Acme Labs", "华东理工大学分析测试中心"}, language), main_list,
                             text({"Confirmed", "已确认"}, language), TableCell::empty(), TableCell::empty()});
    invitees.rows.push_back({text({"Mr Zhou", "周工"}, language), text({"Harbour Lab", "宁波海关技术中心"}, language), backup,
                             text({"Invited", "已邀请"}, language), TableCell::empty(), TableCell::empty()});
    invitees.formats.assign(6, NumberFormat::General);
    invitees.choices.resize(6);
    invitees.choices[2] = words({{"Main", "正式"}, {"Backup", "备选"}}, language);
    invitees.choices[3] = labels({Label::StepInvited, Label::StepLetterSent, Label::StepConfirmed, Label::StepFinalCheck,
                                  Label::StepAttended, Label::StepFeedback, Label::Declined},
                                 language);
    invitees.choices[4] = words({{"Yes", "是"}, {"No", "否"}}, language);
    invitees.widths = {2600, 5600, 2000, 3000, 2000, 2400};
    sheets.push_back(std::move(invitees));
    return sheets;
}

} // namespace kat
