// Customer-cluster events (seed 001 客户集成销售; seed 003 市场活动): the invitation funnel —
// invited, letter sent, confirmed, confirmed again before the day, attended, feedback
// given — the event's cost by category and per attendee (it falls with scale), and which
// backup invitees to call when the confirmed main list falls short of the headcount.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat {

// An invitee's status as the list writes it: the furthest step reached (an index into the
// steps), and whether they declined. "已确认、婉拒" is confirmed, then declined; "已婉拒"
// alone was invited and declined.
struct InviteeStatus {
    std::size_t furthest = 0;
    bool declined = false;
};

// The default steps: invited 已邀请 → letter sent 已发邀请函 → confirmed 已确认 → final check
// 最终确认 → attended 已到场/已签到 → feedback 已反馈 (EN/简/繁). steps: the user's own step
// names in order (a range); none = the default ones. Blank: none; unknown text: BadValue.
Result<std::optional<InviteeStatus>> read_invitee_status(const Cell& status, const std::vector<std::string>* steps);

// EVENT.FUNNEL: Step | Reached | Conversion from previous step | Share of invited, one row
// per step; then Declined (how many, share of invited). Reached(step) = invitees whose
// furthest step is that step or a later one.
Result<Table> event_funnel_table(const Column& statuses, const std::vector<std::string>* steps, Language language);

enum class CostCategory { Venue, Labour, Materials, Logistics, Other };

// EVENT.COST: Category | Cost for venue 场地, labour 人工, materials 物料, logistics 物流,
// other (any other word); Total; Cost per attendee (blank when nobody attended). A line
// without an amount costs nothing (a category listed, not yet spent).
Result<Table> event_cost_table(const Column& categories, const Column& amounts, double attendees, Language language);

// The backups to call, in list order: when the main-list invitees who confirmed (and did
// not decline) are fewer than the target headcount, that many backups who have neither
// declined nor confirmed yet. lists: 正式/main vs 备选/backup per invitee.
Result<std::vector<std::size_t>> backups_to_call(const Column& statuses, const Column& lists, double target);

} // namespace kat
