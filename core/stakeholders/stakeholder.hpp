// A person at the customer as seed 004's "匹配关键角色" describes them: role, influence
// (high/medium/low), support (support/neutral/oppose or a −5…+5 rating), our contact
// (frequent/some/none) and our counterpart.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "result.hpp"
#include "stakeholders/buying_role.hpp"
#include "values/cell.hpp"

namespace kat {

enum class Influence { High, Medium, Low };
enum class Support { Support, Neutral, Oppose };
enum class Contact { Frequent, Some, None };
// Strategic selling's feedback modes: how a person sees their situation. Only growth and
// trouble see a gap worth buying for; even keel sees none, overconfident sees none and
// thinks things better than they are.
enum class FeedbackMode { Growth, Trouble, EvenKeel, Overconfident };

struct Stakeholder {
    std::size_t row = 0;
    std::string name;
    std::optional<BuyingRole> role;       // nullopt: no buying role (or another role we do not map)
    std::optional<Influence> influence;   // nullopt: unknown
    std::optional<Support> support;
    std::optional<Contact> contact;
    std::string counterpart;              // our person who covers them; "" = nobody
    std::optional<FeedbackMode> mode;     // nullopt: not recorded
    std::optional<std::string> personal_win; // nullopt: no win column; "": none recorded for them
    std::string business_result;          // the business result they want; "" = not recorded
};

struct StakeholderColumns {
    const Column* names = nullptr;
    const Column* roles = nullptr;
    const Column* influence = nullptr;
    const Column* support = nullptr;
    const Column* contact = nullptr;
    const Column* counterparts = nullptr;
    const Column* modes = nullptr;
    const Column* wins = nullptr;
    const Column* results = nullptr;
};

// Rows with every given cell blank are skipped. A row with data but no name, or a rating
// that cannot be read (text where a support rating is expected, a rating outside −5…+5),
// is BadValue naming its row. Role text that is not a buying role is kept as no role.
Result<std::vector<Stakeholder>> read_stakeholders(const StakeholderColumns& columns);

// Single-cell readers, for the add-in's scalar uses and for tests. Blank → nullopt value.
Result<std::optional<Influence>> read_influence(const Cell& cell);
Result<std::optional<Support>> read_support(const Cell& cell);   // −5…+5: >0 support, 0 neutral, <0 oppose
Result<std::optional<Contact>> read_contact(const Cell& cell);
// growth / 成长, trouble / 困境, even keel / 平稳, overconfident / 过度自信 (简/繁, any case).
Result<std::optional<FeedbackMode>> read_feedback_mode(const Cell& cell);

} // namespace kat
