#include "tables/table_mapping.hpp"

#include <unordered_set>

#include <algorithm>
#include <charconv>

#include "text/fold.hpp"
#include "values/cell_text.hpp"

namespace kat {
namespace {

struct FieldInfo {
    Field field;
    std::string_view code;
    std::string_view english;
    std::string_view chinese;
    std::vector<std::string_view> aliases; // matched through fold_key: any script, case, width
};

const std::vector<FieldInfo>& field_infos()
{
    static const std::vector<FieldInfo> infos = {
        {Field::DealName, "deal", "Opportunity", "商机", {"商机", "机会", "项目", "商机名称", "项目名称", "opportunity", "deal", "opportunityid", "dealname"}},
        {Field::Account, "account", "Account", "客户", {"客户", "客户名称", "account", "company", "customer"}},
        {Field::Stage, "stage", "Stage", "阶段", {"阶段", "销售阶段", "商机阶段", "stage", "dealstage", "salesstage"}},
        {Field::Amount, "amount", "Amount", "金额", {"金额", "商机金额", "预计金额", "销售金额", "合同金额", "amount", "value", "closevalue", "dealvalue", "saleamount", "sales"}},
        {Field::Probability, "probability", "Probability", "赢率", {"赢率", "成交概率", "胜率", "概率", "probability", "win", "winprobability"}},
        {Field::Owner, "owner", "Owner", "负责人", {"负责人", "销售", "销售代表", "销售人员", "owner", "salesagent", "salesrep", "rep"}},
        {Field::CloseDate, "close_date", "Close date", "预计成交日期", {"预计成交日期", "成交日期", "关闭日期", "closedate", "expectedclose"}},
        {Field::Created, "created", "Created", "创建日期", {"创建日期", "创建时间", "立项日期", "created", "createdate", "engagedate"}},
        {Field::StageEntered, "stage_entered", "Stage entered", "进入阶段日期", {"进入阶段日期", "阶段日期", "进入本阶段", "stageentered", "stagedate", "enteredstage"}},
        {Field::ForecastCategory, "category", "Forecast category", "预测类别", {"预测类别", "预测分类", "forecastcategory", "forecast", "category"}},
        {Field::Collected, "collected", "Collected", "回款", {"回款", "回款额", "回款金额", "已回款", "collected", "payment", "paid"}},
        {Field::Region, "region", "Region", "区域", {"区域", "地区", "大区", "region", "territory", "regionaloffice"}},
        {Field::Product, "product", "Product", "产品线", {"产品线", "产品", "product", "productline"}},
        {Field::Partner, "partner", "Partner", "合作伙伴", {"合作伙伴", "返点人", "伙伴", "partner", "referrer"}},
        {Field::PartnerType, "type", "Type", "类型", {"类型", "销售类型", "合作类型", "type", "saletype"}},
        {Field::Date, "date", "Date", "日期", {"日期", "回款日期", "销售日期", "date"}},
        {Field::PersonName, "name", "Name", "姓名", {"姓名", "名字", "人员", "name", "person"}},
        {Field::Title, "title", "Title", "职务", {"职务", "职位", "头衔", "title", "position", "jobtitle"}},
        {Field::Department, "department", "Department", "部门", {"部门", "department", "dept"}},
        {Field::ReportsTo, "reports_to", "Reports to", "上级", {"上级", "汇报对象", "直属上级", "汇报给", "reportsto", "manager", "boss"}},
        {Field::Role, "role", "Role", "角色", {"角色", "采购角色", "role", "buyingrole"}},
        {Field::Influence, "influence", "Influence", "影响力", {"影响力", "influence"}},
        {Field::Support, "support", "Support", "支持度", {"支持度", "态度", "支持", "support", "attitude", "rating"}},
        {Field::Contact, "contact", "Contact", "接触程度", {"接触程度", "接触", "关系", "contact", "relationship"}},
        {Field::Counterpart, "counterpart", "Counterpart", "我方对应人", {"我方对应人", "对应人", "我方负责人", "counterpart", "ourcontact"}},
        {Field::FeedbackMode, "feedback_mode", "Feedback mode", "反馈模式", {"反馈模式", "反馈方式", "心态", "feedbackmode", "mode", "responsemode"}},
        {Field::PersonalWin, "personal_win", "Personal win", "个人赢", {"个人赢", "赢的标准", "个人利益", "个人诉求", "personalwin", "win", "wincriteria"}},
        {Field::Campaign, "campaign", "Campaign", "来源活动", {"来源活动", "市场活动", "活动来源", "campaign", "sourcecampaign", "leadsource"}},
        {Field::InviteList, "invite_list", "List", "名单", {"名单", "名单类型", "正式/备选", "list", "invitelist"}},
        {Field::InviteStatus, "invite_status", "Status", "状态", {"状态", "邀请状态", "status", "invitestatus", "rsvp"}},
        {Field::Interest, "interest", "Interest", "意向", {"意向", "有无意向", "购买意向", "interest", "interested"}},
        {Field::Satisfaction, "satisfaction", "Satisfaction", "满意度", {"满意度", "满意", "satisfaction", "rating1to5"}},
        {Field::BusinessResult, "business_result", "Business result", "业务结果", {"业务结果", "期望结果", "业务诉求", "businessresult", "result", "resultwanted"}},
    };
    return infos;
}

const FieldInfo& info_of(Field field)
{
    for (const FieldInfo& info : field_infos())
        if (info.field == field)
            return info;
    return field_infos().front(); // unreachable: every field has an entry
}

// A header's unit in brackets says nothing about the field: "金额(元)", "Amount (USD)".
std::string header_key(const Cell& cell)
{
    std::string text = cell_text(cell);
    for (std::string_view open : {"(", "（", "["}) {
        const std::size_t at = text.find(open);
        if (at != std::string::npos && at > 0)
            text.erase(at);
    }
    return fold_key(text);
}

struct Candidate {
    Field field;
    std::size_t column;
    std::size_t alias_length;
};

// Exact aliases first, then headers containing an alias, longest alias first.
DetectedTable map_row(const Grid& grid, TableKind kind, std::size_t row)
{
    DetectedTable table;
    table.kind = kind;
    table.header_row = row;
    const std::vector<Cell>& cells = grid[row];
    std::vector<std::string> keys;
    for (const Cell& cell : cells)
        keys.push_back(header_key(cell));

    std::vector<Candidate> exact, containing;
    for (Field field : fields_of(kind))
        for (std::string_view alias : info_of(field).aliases) {
            const std::string key = fold_key(alias);
            for (std::size_t c = 0; c < keys.size(); ++c) {
                if (keys[c].empty())
                    continue;
                if (keys[c] == key)
                    exact.push_back({field, c, key.size()});
                else if (keys[c].find(key) != std::string::npos && key.size() >= 3)
                    containing.push_back({field, c, key.size()});
            }
        }
    auto longest_first = [](const Candidate& a, const Candidate& b) { return a.alias_length > b.alias_length; };
    std::stable_sort(containing.begin(), containing.end(), longest_first);
    std::vector<bool> column_used(keys.size(), false);
    for (const std::vector<Candidate>* pass : {&exact, &containing})
        for (const Candidate& candidate : *pass)
            if (!column_used[candidate.column] && !table.mapping.has(candidate.field)) {
                table.mapping.set(candidate.field, candidate.column);
                column_used[candidate.column] = true;
            }
    for (Field field : fields_of(kind))
        if (!table.mapping.has(field))
            table.missing.push_back(field);
    for (std::size_t c = 0; c < keys.size(); ++c)
        if (!column_used[c] && !keys[c].empty())
            table.unmapped_headers.push_back(cell_text(cells[c]));
    return table;
}

bool row_is_blank(const std::vector<Cell>& row)
{
    return std::all_of(row.begin(), row.end(), [](const Cell& c) { return cell_text(c).empty(); });
}

std::size_t last_data_row(const Grid& grid, std::size_t header_row)
{
    std::size_t last = grid.size() - 1;
    while (last > header_row && row_is_blank(grid[last]))
        --last;
    return last;
}

constexpr std::size_t header_search_rows = 20; // titles and notes above a table are common

} // namespace

bool is_known_header(const Cell& cell)
{
    // Every alias folded once: the check runs on each call of a sheet function.
    static const std::unordered_set<std::string> known = [] {
        std::unordered_set<std::string> keys;
        for (const FieldInfo& info : field_infos())
            for (std::string_view alias : info.aliases)
                keys.insert(fold_key(alias));
        // Headers of the columns some functions read that are not table fields.
        for (std::string_view word : {"结果", "输赢", "outcome", "result", "status", "状态", "活动", "市场活动", "campaign",
                                      "成本", "费用", "cost", "参会人数", "attendees", "收入", "营收", "revenue", "份额",
                                      "share", "到达阶段", "最远阶段", "分组", "group", "时限", "limit", "days", "天数"})
            keys.insert(fold_key(word));
        return keys;
    }();
    if (cell.kind != Cell::Kind::Text)
        return false;
    const std::string key = header_key(cell);
    return !key.empty() && known.count(key) > 0;
}

bool is_header_of(const Cell& cell, Field field)
{
    if (cell.kind != Cell::Kind::Text)
        return false;
    const std::string key = header_key(cell);
    for (std::string_view alias : info_of(field).aliases)
        if (!key.empty() && key == fold_key(alias))
            return true;
    return false;
}

std::string_view field_code(Field field) { return info_of(field).code; }

std::optional<Field> field_from_code(std::string_view code)
{
    for (const FieldInfo& info : field_infos())
        if (info.code == code)
            return info.field;
    return std::nullopt;
}

std::string field_title(Field field, Language language)
{
    return std::string(language == Language::Chinese ? info_of(field).chinese : info_of(field).english);
}

const std::vector<Field>& fields_of(TableKind kind)
{
    static const std::vector<Field> opportunities = {
        Field::Stage, Field::Amount, Field::Probability, Field::DealName, Field::Account, Field::Owner,
        Field::CloseDate, Field::Created, Field::StageEntered, Field::ForecastCategory, Field::Collected,
        Field::Region, Field::Product, Field::Campaign};
    static const std::vector<Field> ledger = {Field::Partner, Field::PartnerType, Field::Amount, Field::Collected, Field::Date,
                                              Field::Account};
    static const std::vector<Field> stakeholders = {
        Field::PersonName, Field::Title, Field::Department, Field::ReportsTo, Field::Role,
        Field::Influence, Field::Support, Field::Contact, Field::Counterpart, Field::DealName, Field::Account,
        Field::FeedbackMode, Field::PersonalWin, Field::BusinessResult};
    static const std::vector<Field> invitees = {Field::PersonName, Field::InviteStatus, Field::Account, Field::InviteList,
                                                 Field::Interest, Field::Satisfaction};
    switch (kind) {
    case TableKind::Opportunities: return opportunities;
    case TableKind::PartnerLedger: return ledger;
    case TableKind::Invitees: return invitees;
    case TableKind::Stakeholders: break;
    }
    return stakeholders;
}

const std::vector<Field>& required_fields(TableKind kind)
{
    static const std::vector<Field> opportunities = {Field::Stage, Field::Amount};
    static const std::vector<Field> ledger = {Field::Partner, Field::PartnerType, Field::Amount, Field::Collected};
    static const std::vector<Field> stakeholders = {Field::PersonName};
    static const std::vector<Field> invitees = {Field::PersonName, Field::InviteStatus};
    switch (kind) {
    case TableKind::Opportunities: return opportunities;
    case TableKind::PartnerLedger: return ledger;
    case TableKind::Invitees: return invitees;
    case TableKind::Stakeholders: break;
    }
    return stakeholders;
}

std::optional<std::size_t> ColumnMapping::column_of(Field field) const
{
    for (const auto& [f, column] : columns)
        if (f == field)
            return column;
    return std::nullopt;
}

void ColumnMapping::set(Field field, std::size_t column)
{
    for (auto& entry : columns)
        if (entry.first == field) {
            entry.second = column;
            return;
        }
    columns.emplace_back(field, column);
}

Result<DetectedTable> detect_table(const Grid& grid, TableKind kind)
{
    std::optional<DetectedTable> best;
    const std::size_t rows = std::min(grid.size(), header_search_rows);
    for (std::size_t r = 0; r < rows; ++r) {
        DetectedTable candidate = map_row(grid, kind, r);
        const auto& required = required_fields(kind);
        const bool complete = std::all_of(required.begin(), required.end(),
                                          [&](Field f) { return candidate.mapping.has(f); });
        if (complete && (!best || candidate.mapping.columns.size() > best->mapping.columns.size()))
            best = std::move(candidate);
    }
    if (!best) {
        std::string wanted;
        for (Field f : required_fields(kind))
            wanted += (wanted.empty() ? "" : ", ") + std::string(info_of(f).english);
        return make_error(ErrorKind::NotFound, "no header row names " + wanted);
    }
    best->last_row = last_data_row(grid, best->header_row);
    return *best;
}

DetectedTable table_with_mapping(const Grid& grid, TableKind kind, std::size_t header_row, ColumnMapping mapping)
{
    if (grid.empty()) {
        DetectedTable empty;
        empty.kind = kind;
        empty.mapping = std::move(mapping);
        return empty;
    }
    DetectedTable table = map_row(grid, kind, std::min(header_row, grid.size() - 1));
    table.mapping = std::move(mapping);
    table.missing.clear();
    for (Field field : fields_of(kind))
        if (!table.mapping.has(field))
            table.missing.push_back(field);
    table.last_row = last_data_row(grid, table.header_row);
    return table;
}

Column field_column(const Grid& grid, const DetectedTable& table, Field field)
{
    Column column;
    const std::optional<std::size_t> c = table.mapping.column_of(field);
    for (std::size_t r = table.header_row + 1; r <= table.last_row && r < grid.size(); ++r)
        column.push_back(c && *c < grid[r].size() ? grid[r][*c] : Cell::empty());
    return column;
}

std::string mapping_to_text(const ColumnMapping& mapping)
{
    std::string text;
    for (const auto& [field, column] : mapping.columns)
        text += (text.empty() ? "" : ";") + std::string(field_code(field)) + "=" + std::to_string(column);
    return text;
}

ColumnMapping mapping_from_text(std::string_view text)
{
    ColumnMapping mapping;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find(';'), text.size());
        const std::string_view entry = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        const std::size_t equals = entry.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::optional<Field> field = field_from_code(entry.substr(0, equals));
        std::size_t column = 0;
        const std::string_view digits = entry.substr(equals + 1);
        const auto [end_of_number, error] = std::from_chars(digits.data(), digits.data() + digits.size(), column);
        if (field && error == std::errc() && end_of_number == digits.data() + digits.size())
            mapping.set(*field, column);
    }
    return mapping;
}

} // namespace kat
