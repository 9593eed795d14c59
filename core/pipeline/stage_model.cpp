#include "pipeline/stage_model.hpp"

#include <algorithm>

#include "pipeline/forecast_category.hpp"
#include "text/fold.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

// Every spelling of a lost deal we accept, in the three scripts the seeds use.
constexpr std::string_view lost_aliases[] = {
    "Lost", "Closed lost", "Closed-Lost", "输单", "丢单", "失单", "输", "已输单", "Lost deal",
};

Stage lost_stage()
{
    return Stage{"输单", "Lost", 0.0, ForecastCategory::Omitted, StageOutcome::Lost};
}

bool is_ordinal_char(char32_t c)
{
    return (c >= U'0' && c <= U'9') || c == U'一' || c == U'二' || c == U'三' || c == U'四'
        || c == U'五' || c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十'
        || c == U'、' || c == U'.' || c == U')' || c == U'）' || c == U':' || c == U'：';
}

// Strips "3.", "三、", "(3)" in front and 阶段 / stage behind. Works on a folded key.
std::string strip_decorations(std::string key)
{
    // Decode leading code points until one is not an ordinal mark.
    std::size_t pos = 0;
    while (pos < key.size()) {
        unsigned char lead = static_cast<unsigned char>(key[pos]);
        std::size_t len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (pos + len > key.size())
            break;
        char32_t c = 0;
        if (len == 1)
            c = lead;
        else if (len == 3)
            c = ((lead & 0x0F) << 12) | ((key[pos + 1] & 0x3F) << 6) | (key[pos + 2] & 0x3F);
        else
            break;
        if (c == U'(' || c == U'（' || is_ordinal_char(c))
            pos += len;
        else
            break;
    }
    key.erase(0, pos);
    for (std::string_view suffix : {std::string_view("阶段"), std::string_view("stage")})
        if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
            key.erase(key.size() - suffix.size());
    return key;
}

std::string cell_text(const Cell& cell)
{
    return cell.kind == Cell::Kind::Text ? std::string(trim(cell.text)) : std::string();
}

} // namespace

void StageModel::add_alias(std::string_view alias, StageIndex index)
{
    std::string key = fold_key(alias);
    if (!key.empty())
        by_key_.emplace(std::move(key), index); // first definition wins
}

void StageModel::add_stage(Stage stage, std::initializer_list<std::string_view> aliases)
{
    const StageIndex index = stages_.size();
    add_alias(stage.name, index);
    add_alias(stage.english_name, index);
    for (std::string_view alias : aliases)
        add_alias(alias, index);
    stages_.push_back(std::move(stage));
}

const StageModel& StageModel::customer7()
{
    static const StageModel model = [] {
        using FC = ForecastCategory;
        StageModel m;
        m.add_stage({"目标客户", "Target", 0.05, FC::Pipeline, StageOutcome::Open}, {"Target customer"});
        m.add_stage({"潜在客户", "Prospect", 0.15, FC::Pipeline, StageOutcome::Open}, {"Potential customer"});
        m.add_stage({"意向客户", "Intent", 0.30, FC::Pipeline, StageOutcome::Open}, {"Intent customer", "Intention"});
        m.add_stage({"立项客户", "Project approved", 0.50, FC::BestCase, StageOutcome::Open}, {"Approved", "Project"});
        m.add_stage({"认可客户", "Endorsed", 0.60, FC::BestCase, StageOutcome::Open}, {"Endorsement", "Recognised"});
        m.add_stage({"谈判客户", "Negotiation", 0.80, FC::Commit, StageOutcome::Open}, {"Negotiating"});
        m.add_stage({"成交客户", "Closed won", 1.00, FC::Closed, StageOutcome::Won}, {"Won", "成交", "赢单"});
        m.add_stage(lost_stage(), {});
        for (std::string_view alias : lost_aliases)
            m.add_alias(alias, m.stages_.size() - 1);
        return m;
    }();
    return model;
}

const StageModel& StageModel::action5()
{
    static const StageModel model = [] {
        using FC = ForecastCategory;
        StageModel m;
        m.add_stage({"初步接洽", "Initial contact", 0.10, FC::Pipeline, StageOutcome::Open}, {"Initial"});
        m.add_stage({"需求确认", "Needs confirmed", 0.30, FC::Pipeline, StageOutcome::Open}, {"Needs analysis", "Requirements confirmed"});
        m.add_stage({"报价", "Quotation", 0.50, FC::BestCase, StageOutcome::Open}, {"Quote", "Proposal"});
        m.add_stage({"拟定合同", "Contract drafting", 0.80, FC::Commit, StageOutcome::Open}, {"Contract", "Negotiation"});
        m.add_stage({"赢单", "Won", 1.00, FC::Closed, StageOutcome::Won}, {"Closed won", "成交"});
        m.add_stage(lost_stage(), {});
        for (std::string_view alias : lost_aliases)
            m.add_alias(alias, m.stages_.size() - 1);
        return m;
    }();
    return model;
}

namespace {

// A CRM's pipeline: its open stages in order, then won and lost.
StageModel crm_model(std::initializer_list<std::pair<std::string_view, double>> open, std::string_view won,
                     std::string_view lost)
{
    std::vector<std::vector<Cell>> rows;
    for (const auto& [name, probability] : open)
        rows.push_back({Cell::of(std::string(name)), Cell::of(probability)});
    rows.push_back({Cell::of(std::string(won)), Cell::of(1.0)});
    rows.push_back({Cell::of(std::string(lost)), Cell::of(0.0)});
    return StageModel::from_rows(rows).value();
}

} // namespace

const StageModel& StageModel::salesforce()
{
    static const StageModel model = crm_model({{"Prospecting", 0.10}, {"Qualification", 0.10}, {"Needs Analysis", 0.20},
                                               {"Value Proposition", 0.50}, {"Id. Decision Makers", 0.60},
                                               {"Perception Analysis", 0.70}, {"Proposal/Price Quote", 0.75},
                                               {"Negotiation/Review", 0.90}},
                                              "Closed Won", "Closed Lost");
    return model;
}

const StageModel& StageModel::hubspot()
{
    static const StageModel model = crm_model({{"Appointment scheduled", 0.20}, {"Qualified to buy", 0.40},
                                               {"Presentation scheduled", 0.60}, {"Decision maker bought-in", 0.80},
                                               {"Contract sent", 0.90}},
                                              "Closed won", "Closed lost");
    return model;
}

const StageModel& StageModel::pipedrive()
{
    static const StageModel model = crm_model({{"Lead In", 0.10}, {"Qualified", 0.20}, {"Contact Made", 0.30},
                                               {"Demo Scheduled", 0.40}, {"Proposal Made", 0.60},
                                               {"Negotiations Started", 0.80}},
                                              "Won", "Lost");
    return model;
}

const std::vector<std::string_view>& StageModel::built_in_names()
{
    static const std::vector<std::string_view> names = {"customer7", "action5", "salesforce", "hubspot", "pipedrive"};
    return names;
}

const StageModel* StageModel::built_in(std::string_view name)
{
    const std::string key = fold_key(name);
    if (key.empty() || key == "customer7" || key == "七阶段" || key == "七阶段客户漏斗" || key == "客户漏斗")
        return &customer7();
    if (key == "action5" || key == "五阶段" || key == "五阶段商机" || key == "商机阶段")
        return &action5();
    if (key == "salesforce")
        return &salesforce();
    if (key == "hubspot")
        return &hubspot();
    if (key == "pipedrive")
        return &pipedrive();
    return nullptr;
}

Result<StageModel> StageModel::from_rows(const std::vector<std::vector<Cell>>& rows)
{
    StageModel m;
    bool has_lost = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::vector<Cell>& row = rows[r];
        if (row.size() < 2)
            return make_error(ErrorKind::BadArgument, "a stage model needs two columns: stage, probability");
        const std::string name = cell_text(row[0]);
        if (name.empty() && row[0].kind == Cell::Kind::Number)
            return make_error(ErrorKind::BadArgument, "stage names must be text", r);
        if (name.empty() && row[1].is_empty())
            continue; // blank row inside the model range
        const NumberReading p = read_probability(row[1]);
        if (!p.is_value()) {
            if (r == 0 && !name.empty() && m.stages_.empty())
                continue; // a header row: 阶段 | 赢率
            return make_error(ErrorKind::BadArgument, "stage model: probability of '" + name + "' is not a number between 0 and 100%", r);
        }
        if (name.empty())
            return make_error(ErrorKind::BadArgument, "stage model: a probability without a stage name", r);
        if (m.find_key(fold_key(name)))
            return make_error(ErrorKind::BadArgument, "stage model: stage '" + name + "' is listed twice", r);

        Stage stage{name, name, p.value, ForecastCategory::Pipeline, StageOutcome::Open};
        if (p.value >= 1.0) {
            stage.outcome = StageOutcome::Won;
            stage.category = ForecastCategory::Closed;
        } else if (p.value <= 0.0) {
            stage.outcome = StageOutcome::Lost;
            stage.category = ForecastCategory::Omitted;
            has_lost = true;
        } else if (p.value >= 0.8) {
            stage.category = ForecastCategory::Commit;
        } else if (p.value >= 0.5) {
            stage.category = ForecastCategory::BestCase;
        }
        if (row.size() >= 3 && !row[2].is_empty()) {
            std::optional<ForecastCategory> category;
            if (row[2].kind == Cell::Kind::Text)
                category = forecast_category_named(row[2].text);
            if (!category)
                return make_error(ErrorKind::BadArgument, "stage model: unknown forecast category for '" + name + "'", r);
            stage.category = *category;
        }
        m.add_stage(std::move(stage), {});
    }
    if (m.stages_.empty())
        return make_error(ErrorKind::BadArgument, "the stage model range has no stages");

    // Lost stages go last so reports list the funnel first; indices are rebuilt.
    std::stable_partition(m.stages_.begin(), m.stages_.end(),
                          [](const Stage& s) { return s.outcome != StageOutcome::Lost; });
    if (!has_lost)
        m.stages_.push_back(lost_stage());
    m.by_key_.clear();
    for (StageIndex i = 0; i < m.stages_.size(); ++i)
        m.add_alias(m.stages_[i].name, i);
    const StageIndex first_lost = static_cast<StageIndex>(
        std::find_if(m.stages_.begin(), m.stages_.end(), [](const Stage& s) { return s.outcome == StageOutcome::Lost; })
        - m.stages_.begin());
    for (std::string_view alias : lost_aliases)
        m.add_alias(alias, first_lost);
    return m;
}

std::optional<StageIndex> StageModel::find_key(const std::string& key) const
{
    auto it = by_key_.find(key);
    if (it == by_key_.end())
        return std::nullopt;
    return it->second;
}

std::optional<StageIndex> StageModel::find(std::string_view stage_text) const
{
    std::string key = fold_key(stage_text);
    if (key.empty())
        return std::nullopt;
    if (auto found = find_key(key))
        return found;
    std::string stripped = strip_decorations(key);
    if (!stripped.empty() && stripped != key)
        return find_key(stripped);
    return std::nullopt;
}

} // namespace kat
