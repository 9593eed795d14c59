// The role map of seed 004 (匹配关键角色): who sits where by influence and support, how
// well the four buying influences are covered, and the red flags a rep must act on.
#pragma once

#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "stakeholders/stakeholder.hpp"
#include "table.hpp"

namespace kat {

// ROLE.MATRIX: rows High / Medium / Low influence, columns Support / Neutral / Oppose,
// each cell the names in input order. A row or column "Unknown" is added only when
// someone's influence or support is blank, so nobody silently disappears.
Table role_matrix(const std::vector<Stakeholder>& people, Language language);

// ROLE.COVERAGE, 0…1: the mean over Coach, User, Technical and Economic buyer of the best
// person in that role, scored ½ for being identified, + ¼ supportive (⅛ neutral), + ¼
// frequently contacted (⅛ some contact). A role nobody holds scores 0.
double role_coverage(const std::vector<Stakeholder>& people);

enum class Severity { Critical, High, Medium };

enum class RedFlagKind {
    NoCoach,                 // seed 004: without a coach "成功的机会是微乎其微的"
    NoEconomicBuyer,
    TechnicalBuyerOpposed,   // a veto
    EconomicBuyerNotSupportive,
    EconomicBuyerUncontacted,
    OpposedHighInfluence,
    EconomicBuyerNoGap,      // even keel or overconfident: sees no gap worth buying for
    HighInfluenceUncovered,  // no contact and no counterpart
    CoachOverconfident,      // a coach who thinks all is well may not warn us
    HighInfluenceNoWin,      // we do not know what they personally win
    NoUserBuyer,             // seed 004: "不重视用户,往往是营销人员普遍的缺点"
};

struct RedFlag {
    RedFlagKind kind;
    Severity severity;
    std::string person; // "" for flags about a missing role
};

// Most severe first; within a severity, in the order above, then people in input order.
// A person is flagged once, for the gravest thing about them.
std::vector<RedFlag> red_flags(const std::vector<Stakeholder>& people);

// ROLE.RISKS: Red flag | Severity | Person, one flag per row (no header: the first cell
// is the most severe flag); one row saying so when there is none.
Table red_flag_table(const std::vector<RedFlag>& flags, Language language);

std::string red_flag_text(const RedFlag& flag, Language language);

// Strengths beside the red flags (strategic selling): a supportive economic buyer, a
// coach who is senior (high influence), a supportive high-influence person we contact
// often. A person counts once, for the strongest.
enum class StrengthKind { SupportiveEconomicBuyer, SeniorCoach, SupportiveHighInfluenceClose };

struct Strength {
    StrengthKind kind;
    std::string person;
};

std::vector<Strength> strengths(const std::vector<Stakeholder>& people);
std::string strength_text(const Strength& strength, Language language);
// ROLE.STRENGTHS: Strength | Person, one per row (no header); one row saying so when none.
Table strength_table(const std::vector<Strength>& found, Language language);

// The people of each deal (a stakeholder table with a deal column: a person on two deals is
// two rows), deals in order of first appearance, names folded like every other name.
std::vector<std::pair<std::string, std::vector<Stakeholder>>> people_by_deal(const std::vector<Stakeholder>& people,
                                                                             const Column& deals);

// ROLE.COVERAGE per deal: Deal | Coverage. ROLE.RISKS per deal: Deal | Red flag | Severity | Person.
Table role_coverage_by_deal(const std::vector<Stakeholder>& people, const Column& deals, Language language);
Table red_flags_by_deal(const std::vector<Stakeholder>& people, const Column& deals, Language language);

} // namespace kat
