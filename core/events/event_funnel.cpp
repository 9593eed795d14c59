#include "events/event_funnel.hpp"

#include <array>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include <boost/algorithm/string/classification.hpp>
#include <boost/algorithm/string/split.hpp>

#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/exact_sum.hpp"
#include "values/read_number.hpp"
#include "values/side_by_side.hpp"

namespace kat {
namespace {

constexpr std::size_t default_step_count = 6;
constexpr std::size_t confirmed_step = 2; // of the default steps

const Label step_labels[default_step_count] = {Label::StepInvited, Label::StepLetterSent, Label::StepConfirmed,
                                               Label::StepFinalCheck, Label::StepAttended, Label::StepFeedback};

// Folded words → default step (or decline when npos).
constexpr std::size_t decline = static_cast<std::size_t>(-1);
const std::unordered_map<std::string, std::size_t>& default_words()
{
    static const std::unordered_map<std::string, std::size_t> words = [] {
        std::unordered_map<std::string, std::size_t> w;
        const std::pair<const char*, std::size_t> list[] = {
            {"invited", 0}, {"已邀请", 0}, {"邀请", 0}, {"待邀请回复", 0}, {"letter sent", 1}, {"已发邀请函", 1},
            {"邀请函已发", 1}, {"已寄邀请函", 1}, {"发邀请函", 1}, {"confirmed", 2}, {"已确认", 2}, {"确认", 2},
            {"电话确认", 2}, {"final check", 3}, {"reconfirmed", 3}, {"最终确认", 3}, {"再次确认", 3},
            {"会前确认", 3}, {"attended", 4}, {"checked in", 4}, {"已到场", 4}, {"到场", 4}, {"已签到", 4},
            {"签到", 4}, {"出席", 4}, {"feedback", 5}, {"feedback given", 5}, {"已反馈", 5}, {"反馈", 5},
            {"已填反馈表", 5}, {"declined", decline}, {"已婉拒", decline}, {"婉拒", decline}, {"拒绝", decline},
            {"不参加", decline}, {"no show", decline}, {"缺席", decline},
        };
        for (const auto& [word, step] : list)
            w.emplace(fold_key(word), step);
        return w;
    }();
    return words;
}

std::vector<std::string> parts_of(const std::string& text)
{
    // Both whole text and its parts: "已确认、婉拒", "confirmed / declined".
    std::vector<std::string> parts;
    boost::algorithm::split(parts, text, boost::is_any_of(",;/、，；|"), boost::token_compress_on);
    return parts;
}

} // namespace

Result<std::optional<InviteeStatus>> read_invitee_status(const Cell& status, const std::vector<std::string>* steps)
{
    const std::string text = cell_text(status);
    if (trim(text).empty())
        return std::optional<InviteeStatus>();
    std::unordered_map<std::string, std::size_t> own;
    if (steps)
        for (std::size_t i = 0; i < steps->size(); ++i)
            own.emplace(fold_key((*steps)[i]), i);
    InviteeStatus read;
    bool any = false;
    std::vector<std::string> parts = parts_of(text);
    parts.insert(parts.begin(), text);
    for (const std::string& part : parts) {
        const std::string key = fold_key(part);
        if (key.empty())
            continue;
        std::optional<std::size_t> step;
        if (steps) {
            if (auto found = own.find(key); found != own.end())
                step = found->second;
        }
        if (!step)
            if (auto found = default_words().find(key); found != default_words().end()) {
                if (found->second == decline) {
                    read.declined = true;
                    any = true;
                    continue;
                }
                if (!steps)
                    step = found->second;
            }
        if (step) {
            read.furthest = std::max(read.furthest, *step);
            any = true;
        }
        if (part == text && any)
            break; // the whole text was one known word
    }
    if (!any)
        return make_error(ErrorKind::BadValue, "'" + text + "' is not an invitation step");
    return std::optional<InviteeStatus>(read);
}

Result<Table> event_funnel_table(const Column& statuses, const std::vector<std::string>* steps, Language language)
{
    const std::size_t count = steps ? steps->size() : default_step_count;
    if (count == 0)
        return make_error(ErrorKind::BadArgument, "no steps");
    std::vector<std::size_t> at(count, 0); // invitees whose furthest step is this one
    std::size_t declined = 0, invited = 0;
    for (std::size_t r = 0; r < statuses.size(); ++r) {
        const Result<std::optional<InviteeStatus>> s = read_invitee_status(statuses[r], steps);
        if (!s.ok())
            return make_error(ErrorKind::BadValue, s.error().message + " (row " + std::to_string(r + 1) + ")", r);
        if (!s.value())
            continue;
        ++invited;
        ++at[s.value()->furthest];
        declined += s.value()->declined ? 1 : 0;
    }
    Table table;
    table.push_back({TableCell::of(label(Label::Step, language)), TableCell::of(label(Label::Reached, language)),
                     TableCell::of(label(Label::ConversionFromPreviousStep, language)),
                     TableCell::of(label(Label::ShareOfInvited, language))});
    std::size_t reached = invited, previous = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string name = steps ? (*steps)[i] : label_text(step_labels[i], language);
        table.push_back({TableCell::of(name), TableCell::of(static_cast<double>(reached)),
                         i == 0 ? TableCell::empty() : TableCell::ratio(static_cast<double>(reached), static_cast<double>(previous)),
                         TableCell::ratio(static_cast<double>(reached), static_cast<double>(invited))});
        previous = reached;
        reached -= at[i];
    }
    table.push_back({TableCell::of(label(Label::Declined, language)), TableCell::of(static_cast<double>(declined)), TableCell::empty(),
                     TableCell::ratio(static_cast<double>(declined), static_cast<double>(invited))});
    return table;
}

Result<Table> event_cost_table(const Column& categories, const Column& amounts, double attendees, Language language)
{
    if (const Result<std::size_t> rows = SideBySide{&categories, &amounts}.rows("categories and amounts"); !rows.ok())
        return rows.error();
    static const std::unordered_map<std::string, CostCategory> words = [] {
        std::unordered_map<std::string, CostCategory> w;
        const std::pair<const char*, CostCategory> list[] = {
            {"venue", CostCategory::Venue},         {"场地", CostCategory::Venue},        {"会场", CostCategory::Venue},
            {"场地费", CostCategory::Venue},         {"labour", CostCategory::Labour},     {"labor", CostCategory::Labour},
            {"人工", CostCategory::Labour},          {"人员", CostCategory::Labour},       {"人工费", CostCategory::Labour},
            {"materials", CostCategory::Materials}, {"物料", CostCategory::Materials},    {"资料", CostCategory::Materials},
            {"礼品", CostCategory::Materials},       {"logistics", CostCategory::Logistics}, {"物流", CostCategory::Logistics},
            {"交通", CostCategory::Logistics},       {"运输", CostCategory::Logistics},    {"食宿", CostCategory::Logistics},
        };
        for (const auto& [word, category] : list)
            w.emplace(fold_key(word), category);
        return w;
    }();
    std::array<ExactSum, 5> sums;
    ExactSum total;
    for (std::size_t r = 0; r < amounts.size(); ++r) {
        if (amounts[r].is_empty() || cell_text(amounts[r]).empty())
            continue; // a category with no amount yet: nothing spent on it
        const NumberReading amount = read_number(amounts[r]);
        if (!amount.is_value())
            return make_error(ErrorKind::BadValue, "cost in row " + std::to_string(r + 1) + " is not an amount", r);
        const auto found = words.find(fold_key(cell_text(categories[r])));
        const CostCategory category = found == words.end() ? CostCategory::Other : found->second;
        sums[static_cast<std::size_t>(category)].add(amount.value);
        total.add(amount.value);
    }
    const Label names[] = {Label::CostVenue, Label::CostLabour, Label::CostMaterials, Label::CostLogistics, Label::CostOther};
    Table table;
    table.push_back({TableCell::of(label(Label::CostCategoryHeading, language)), TableCell::of(label(Label::Cost, language))});
    for (std::size_t i = 0; i < 5; ++i)
        table.push_back({TableCell::of(label(names[i], language)), TableCell::of(sums[i].value())});
    table.push_back({TableCell::of(label(Label::Total, language)), TableCell::of(total.value())});
    table.push_back({TableCell::of(label(Label::CostPerAttendee, language)),
                     attendees > 0.0 ? TableCell::of(total.value() / attendees) : TableCell::empty()});
    return table;
}

Result<std::vector<std::size_t>> backups_to_call(const Column& statuses, const Column& lists, double target)
{
    if (const Result<std::size_t> rows = SideBySide{&statuses, &lists}.rows("statuses and lists"); !rows.ok())
        return rows.error();
    static const std::unordered_map<std::string, bool> backup_words = [] {
        std::unordered_map<std::string, bool> w;
        for (const char* main : {"main", "正式", "主名单", "正式名单", "首选"})
            w.emplace(fold_key(main), false);
        for (const char* backup : {"backup", "reserve", "备选", "候补", "备选名单", "后备"})
            w.emplace(fold_key(backup), true);
        return w;
    }();
    std::size_t confirmed = 0;
    std::vector<std::size_t> candidates;
    for (std::size_t r = 0; r < statuses.size(); ++r) {
        const Result<std::optional<InviteeStatus>> s = read_invitee_status(statuses[r], nullptr);
        if (!s.ok())
            return make_error(ErrorKind::BadValue, s.error().message + " (row " + std::to_string(r + 1) + ")", r);
        const std::string list = cell_text(lists[r]);
        const auto kind = backup_words.find(fold_key(list));
        if (!list.empty() && kind == backup_words.end())
            return make_error(ErrorKind::BadValue, "list in row " + std::to_string(r + 1) + " is not main or backup", r);
        const bool backup = kind != backup_words.end() && kind->second;
        const bool has_confirmed = s.value() && !s.value()->declined && s.value()->furthest >= confirmed_step;
        if (!backup && has_confirmed)
            ++confirmed;
        if (backup && !has_confirmed && !(s.value() && s.value()->declined))
            candidates.push_back(r);
    }
    const double missing = std::ceil(target) - static_cast<double>(confirmed);
    if (missing <= 0.0)
        return std::vector<std::size_t>{};
    if (candidates.size() > static_cast<std::size_t>(missing))
        candidates.resize(static_cast<std::size_t>(missing));
    return candidates;
}

} // namespace kat
