// The function registry: every entry complete in both languages, and calls made the way
// Calc makes them (grids in, answer or error out) give the worked examples' numbers.
#include <cppunit/extensions/HelperMacros.h>

#include <set>
#include <stdexcept>
#include <string>

#include "functions/registry.hpp"

using namespace kat;
using namespace kat::functions;

namespace {

Passed column(std::initializer_list<Cell> cells)
{
    return Passed::range(cells.size(), 1, Column(cells));
}

Result<Answer> run(std::string_view display, std::vector<Passed> arguments, Language language = Language::English)
{
    const Function* f = by_display(display);
    CPPUNIT_ASSERT_MESSAGE(std::string(display), f != nullptr);
    return call(*f, std::move(arguments), language);
}

double number_of(const Result<Answer>& answer)
{
    CPPUNIT_ASSERT_MESSAGE(answer.ok() ? "" : answer.error().message, answer.ok());
    CPPUNIT_ASSERT(answer.value().kind == Answer::Kind::Number);
    return answer.value().number;
}

bool mentions_seed(std::string_view text)
{
    return text.find("seed") != std::string_view::npos || text.find("Seed") != std::string_view::npos ||
           text.find("种子") != std::string_view::npos;
}

} // namespace

class RegistryTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RegistryTest);
    CPPUNIT_TEST(every_entry_is_complete_in_both_languages);
    CPPUNIT_TEST(optional_arguments_come_last_and_ranges_pass_as_ranges);
    CPPUNIT_TEST(rebate_of_zhang_san_through_the_registry);
    CPPUNIT_TEST(split_of_seventy_thirty_keeps_the_shares_shape);
    CPPUNIT_TEST(percentages_read_the_same_in_every_function);
    CPPUNIT_TEST(model_is_resolved_once_by_name_or_range);
    CPPUNIT_TEST(bad_settings_are_errors_before_the_rule_runs);
    CPPUNIT_TEST(volume_threshold_or_tier_table);
    CPPUNIT_TEST(formulas_for_reports_are_checked_against_the_entry);
    CPPUNIT_TEST(a_header_row_in_the_ranges_is_skipped);
    CPPUNIT_TEST(a_bad_first_row_is_not_taken_for_a_header);
    CPPUNIT_TEST(ranges_cut_after_their_last_row_are_read_to_one_length);
    CPPUNIT_TEST_SUITE_END();

public:
    void every_entry_is_complete_in_both_languages()
    {
        std::set<std::string_view> programmatic, display;
        CPPUNIT_ASSERT(all().size() >= 27);
        for (const Function& f : all()) {
            CPPUNIT_ASSERT_MESSAGE(std::string(f.display), programmatic.insert(f.programmatic).second);
            CPPUNIT_ASSERT_MESSAGE(std::string(f.display), display.insert(f.display).second);
            CPPUNIT_ASSERT_MESSAGE(std::string(f.display), !f.description.en.empty() && !f.description.zh.empty());
            CPPUNIT_ASSERT_MESSAGE(std::string(f.display), !mentions_seed(f.description.en) && !mentions_seed(f.description.zh));
            CPPUNIT_ASSERT_MESSAGE(std::string(f.display), static_cast<bool>(f.rule));
            std::set<std::string_view> codes;
            for (const Argument& a : f.arguments) {
                CPPUNIT_ASSERT_MESSAGE(std::string(f.display), codes.insert(a.code).second);
                CPPUNIT_ASSERT(!a.name.en.empty() && !a.name.zh.empty());
                CPPUNIT_ASSERT(!a.description.en.empty() && !a.description.zh.empty());
                CPPUNIT_ASSERT(!mentions_seed(a.description.en) && !mentions_seed(a.description.zh));
            }
        }
    }

    void optional_arguments_come_last_and_ranges_pass_as_ranges()
    {
        for (const Function& f : all()) {
            bool optional_seen = false;
            for (const Argument& a : f.arguments) {
                CPPUNIT_ASSERT_MESSAGE(std::string(f.display) + " " + std::string(a.code), !optional_seen || a.optional);
                optional_seen = optional_seen || a.optional;
            }
        }
        const Function* weighted = by_display("PIPELINE.WEIGHTED");
        CPPUNIT_ASSERT(weighted->arguments[0].passed_as_range());  // amounts
        CPPUNIT_ASSERT(!weighted->arguments[2].passed_as_range()); // optional probabilities: any
        CPPUNIT_ASSERT(!by_display("PIPELINE.FORECAST")->arguments[2].passed_as_range()); // categories may be ""
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), by_display("PIPELINE.FORECAST")->required_count());
    }

    void rebate_of_zhang_san_through_the_registry()
    {
        // 张三: collected 40,000 and 50,000 on sales of 40,000 and 60,000; refers 30,000.
        const Passed collected = column({Cell::of(40000.0), Cell::of(50000.0)});
        const Passed amounts = column({Cell::of(40000.0), Cell::of(60000.0)});
        const Passed indirect = column({Cell::of(30000.0)});
        CPPUNIT_ASSERT_EQUAL(4500.0, number_of(run("ICM.REBATE", {collected})));
        CPPUNIT_ASSERT_EQUAL(500.0, number_of(run("ICM.PENDING", {amounts, collected})));
        CPPUNIT_ASSERT_EQUAL(102000.0, number_of(run("ICM.BASE", {collected, indirect})));
        CPPUNIT_ASSERT_EQUAL(1020.0, number_of(run("ICM.VOLUME", {collected, indirect})));
    }

    void split_of_seventy_thirty_keeps_the_shares_shape()
    {
        // 1,000,000 at 10 % split 70/30 → 70,000 / 30,000, given as a row.
        const Result<Answer> split = run("PIPELINE.SPLIT", {Passed::value(Cell::of(1000000.0)), Passed::value(Cell::of(std::string("10%"))),
                                                            Passed::range(1, 2, {Cell::of(70.0), Cell::of(30.0)})});
        CPPUNIT_ASSERT(split.ok() && split.value().kind == Answer::Kind::Array);
        const Table& t = split.value().table;
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), t.size());
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), t[0].size());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0, t[0][0].number, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(30000.0, t[0][1].number, 1e-6);
    }

    void percentages_read_the_same_in_every_function()
    {
        // 5 %, 5 and "5%" are one rate; 80 %, 80 and 0.8 one Pareto share.
        const Passed collected = column({Cell::of(40000.0)});
        for (const Cell& rate : {Cell::of(0.05), Cell::of(5.0), Cell::of(std::string("5%"))})
            CPPUNIT_ASSERT_EQUAL(2000.0, number_of(run("ICM.REBATE", {collected, Passed::value(rate)})));
        const Passed revenues = column({Cell::of(700.0), Cell::of(200.0), Cell::of(60.0), Cell::of(40.0)});
        const Result<Answer> by_default = run("ACCOUNT.PARETO", {revenues});
        for (const Cell& share : {Cell::of(0.8), Cell::of(80.0), Cell::of(std::string("80%"))}) {
            const Result<Answer> given = run("ACCOUNT.PARETO", {revenues, Passed::value(share)});
            CPPUNIT_ASSERT(given.ok());
            for (std::size_t r = 0; r < 4; ++r)
                CPPUNIT_ASSERT_EQUAL(by_default.value().table[r][0].text, given.value().table[r][0].text);
        }
        CPPUNIT_ASSERT_EQUAL(std::string("A"), by_default.value().table[0][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("C"), by_default.value().table[3][0].text);
    }

    void model_is_resolved_once_by_name_or_range()
    {
        const Passed stage = Passed::value(Cell::of(std::string("报价")));
        // 报价 is not a customer7 stage: #N/A; action5 by name (also in a one-cell range) knows it.
        const Result<Answer> unknown = run("PIPELINE.STAGEPROB", {stage});
        CPPUNIT_ASSERT(!unknown.ok() && unknown.error().kind == ErrorKind::NotFound);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, number_of(run("PIPELINE.STAGEPROB", {stage, Passed::value(Cell::of(std::string("action5")))})), 1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, number_of(run("PIPELINE.STAGEPROB", {stage, column({Cell::of(std::string("action5"))})})), 1e-12);
        // The user's own range: stage, probability.
        const Passed own = Passed::range(2, 2, {Cell::of(std::string("报价")), Cell::of(0.4), Cell::of(std::string("签约")), Cell::of(1.0)});
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.4, number_of(run("PIPELINE.STAGEPROB", {stage, own})), 1e-12);
        const Result<Answer> bad = run("PIPELINE.STAGEPROB", {stage, Passed::value(Cell::of(std::string("nine-stage")))});
        CPPUNIT_ASSERT(!bad.ok() && bad.error().kind == ErrorKind::BadArgument);
    }

    void bad_settings_are_errors_before_the_rule_runs()
    {
        const Passed collected = column({Cell::of(40000.0)});
        CPPUNIT_ASSERT(!run("ICM.REBATE", {collected, Passed::value(Cell::of(std::string("150%")))}).ok());
        CPPUNIT_ASSERT(!run("ICM.REBATE", {collected, column({Cell::of(0.05), Cell::of(0.06)})}).ok());
        // A blank rate is the default, as if left out.
        CPPUNIT_ASSERT_EQUAL(2000.0, number_of(run("ICM.REBATE", {collected, Passed::value(Cell::empty())})));
        // A required range left out, too many arguments.
        CPPUNIT_ASSERT(!run("ICM.REBATE", {}).ok());
        CPPUNIT_ASSERT(!run("ICM.REBATE", {collected, Passed::left_out(), Passed::left_out()}).ok());
        // Coverage needs a readable target.
        const Result<Answer> coverage = run("PIPELINE.COVERAGE", {collected, Passed::value(Cell::of(std::string("lots")))});
        CPPUNIT_ASSERT(!coverage.ok() && coverage.error().kind == ErrorKind::BadValue);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4.0, number_of(run("PIPELINE.COVERAGE", {collected, Passed::value(Cell::of(10000.0))})), 1e-12);
    }

    void volume_threshold_or_tier_table()
    {
        const Passed collected = column({Cell::of(40000.0), Cell::of(50000.0)});
        const Passed indirect = column({Cell::of(30000.0)});
        // Base 102,000: below a 150,000 threshold nothing; a 2 % rate from 100,000 gives 2,040.
        CPPUNIT_ASSERT_EQUAL(0.0, number_of(run("ICM.VOLUME", {collected, indirect, Passed::value(Cell::of(150000.0))})));
        CPPUNIT_ASSERT_EQUAL(2040.0, number_of(run("ICM.VOLUME", {collected, indirect, Passed::value(Cell::of(100000.0)),
                                                                   Passed::value(Cell::of(std::string("2%")))})));
        // A tier table: the highest tier reached (100,000 → 1.5 %) on the whole base.
        const Passed tiers = Passed::range(2, 2, {Cell::of(50000.0), Cell::of(0.01), Cell::of(100000.0), Cell::of(0.015)});
        CPPUNIT_ASSERT_EQUAL(1530.0, number_of(run("ICM.VOLUME", {collected, indirect, tiers})));
        // A tier table carries its own rates: a rate beside it is refused.
        CPPUNIT_ASSERT(!run("ICM.VOLUME", {collected, indirect, tiers, Passed::value(Cell::of(0.02))}).ok());
    }

    void a_header_row_in_the_ranges_is_skipped()
    {
        // 100,000 at 意向客户 (30 %) + 50,000 at 谈判客户 (80 %) = 70,000, with or without headers.
        const Passed amounts = column({Cell::of(100000.0), Cell::of(50000.0)});
        const Passed stages = column({Cell::of(std::string("意向客户")), Cell::of(std::string("谈判客户"))});
        const Passed headed_amounts = column({Cell::of(std::string("商机金额")), Cell::of(100000.0), Cell::of(50000.0)});
        const Passed headed_stages = column({Cell::of(std::string("销售阶段")), Cell::of(std::string("意向客户")),
                                           Cell::of(std::string("谈判客户"))});
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0, number_of(run("PIPELINE.WEIGHTED", {amounts, stages})), 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0, number_of(run("PIPELINE.WEIGHTED", {headed_amounts, headed_stages})), 1e-6);
        // A header the reader does not know ("Phase") beside one it knows is skipped with it.
        const Passed phase = column({Cell::of(std::string("Phase")), Cell::of(std::string("Intent")), Cell::of(std::string("Negotiation"))});
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0, number_of(run("PIPELINE.WEIGHTED", {headed_amounts, phase})), 1e-6);
        // Text where amounts must be numbers heads an amount column: "Deal size (k)".
        const Passed sized = column({Cell::of(std::string("Deal size (k)")), Cell::of(100000.0), Cell::of(50000.0)});
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0, number_of(run("PIPELINE.WEIGHTED", {sized, headed_stages})), 1e-6);
        // An answer in the input's shape keeps the header row, empty.
        const Result<Answer> classes = run("ACCOUNT.PARETO", {column({Cell::of(std::string("收入")), Cell::of(900.0), Cell::of(100.0)})});
        CPPUNIT_ASSERT(classes.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), classes.value().table.size());
        CPPUNIT_ASSERT(classes.value().table[0][0].kind == TableCell::Kind::Empty);
        CPPUNIT_ASSERT_EQUAL(std::string("A"), classes.value().table[1][0].text);
    }

    void a_bad_first_row_is_not_taken_for_a_header()
    {
        // "abc" beside a real stage is a bad amount in the first deal, not a header: #VALUE!.
        const Passed amounts = column({Cell::of(std::string("abc")), Cell::of(50000.0)});
        const Passed stages = column({Cell::of(std::string("意向客户")), Cell::of(std::string("谈判客户"))});
        const Result<Answer> weighted = run("PIPELINE.WEIGHTED", {amounts, stages});
        CPPUNIT_ASSERT(!weighted.ok() && weighted.error().kind == ErrorKind::BadValue);
        // A typo'd stage in the first row is not a header either: #N/A.
        const Passed typo = column({Cell::of(std::string("意向客")), Cell::of(std::string("谈判客户"))});
        const Result<Answer> unknown = run("PIPELINE.WEIGHTED", {column({Cell::of(1.0), Cell::of(2.0)}), typo});
        CPPUNIT_ASSERT(!unknown.ok() && unknown.error().kind == ErrorKind::NotFound);
    }

    void ranges_cut_after_their_last_row_are_read_to_one_length()
    {
        // A whole column arrives cut after its last filled row: amounts fill 3 rows of a
        // million, stages 2 (the third deal has no stage yet). They still run side by side.
        Passed amounts = Passed::range(1048576, 1, {Cell::of(std::string("Amount")), Cell::of(100000.0), Cell::of(50000.0), Cell::of(7.0)});
        Passed stages = Passed::range(1048576, 1, {Cell::of(std::string("Stage")), Cell::of(std::string("Intent")),
                                               Cell::of(std::string("Negotiation"))});
        const Result<Answer> weighted = run("PIPELINE.WEIGHTED", {amounts, stages, Passed::left_out(),
                                                                  Passed::value(Cell::of(std::string("customer7")))});
        // The 7 with no stage and no probability cannot be weighed: the engine says so.
        CPPUNIT_ASSERT(!weighted.ok());
        stages.cells.push_back(Cell::of(std::string("Lost")));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0, number_of(run("PIPELINE.WEIGHTED", {amounts, stages})), 1e-6);
    }

    void formulas_for_reports_are_checked_against_the_entry()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("PIPELINE.WINRATE($A$2:$A$9;\"action5\")"),
                             formula_call("PIPELINE.WINRATE", {"$A$2:$A$9", "\"action5\""}));
        CPPUNIT_ASSERT_EQUAL(std::string("ICM.STATEMENT(a;b;c;d;;p)"), formula_call("ICM.STATEMENT", {"a", "b", "c", "d", "", "p"}));
        CPPUNIT_ASSERT_THROW(formula_call("PIPELINE.WINRATE", {}), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(formula_call("PIPELINE.WINRATE", {"a", "b", "c"}), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(formula_call("PIPELINE.NOSUCH", {"a"}), std::invalid_argument);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RegistryTest);
