// The starter workbook must be one the extension reads back whole: every header found,
// every drop-down word understood by its reader, the example rows valid — in both languages.
#include <cppunit/extensions/HelperMacros.h>

#include "events/event_funnel.hpp"
#include "icm/partner_statement.hpp"
#include "reports/event_report.hpp"
#include "pipeline/forecast_category.hpp"
#include "reports/starter_workbook.hpp"
#include "stakeholders/stakeholder.hpp"
#include "tables/table_readers.hpp"

using namespace kat;

namespace {

Grid grid_of(const Table& rows)
{
    Grid grid;
    for (const TableRow& row : rows) {
        std::vector<Cell> cells;
        for (const TableCell& c : row)
            cells.push_back(c.kind == TableCell::Kind::Number ? Cell::of(c.number)
                            : c.kind == TableCell::Kind::Text ? Cell::of(c.text) : Cell::empty());
        grid.push_back(std::move(cells));
    }
    return grid;
}

} // namespace

class StarterWorkbookTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(StarterWorkbookTest);
    CPPUNIT_TEST(every_header_and_choice_reads_back_in_both_languages);
    CPPUNIT_TEST_SUITE_END();

public:
    void every_header_and_choice_reads_back_in_both_languages()
    {
        for (Language language : {Language::English, Language::Chinese}) {
            const std::vector<StarterSheet> sheets = starter_workbook(StageModel::customer7(), 46351.0, language);
            CPPUNIT_ASSERT_EQUAL(std::size_t(4), sheets.size());
            for (const StarterSheet& sheet : sheets) {
                const Grid grid = grid_of(sheet.rows);
                const DetectedTable table = detect_table(grid, sheet.kind).value();
                // Every column is a field the table reader maps; nothing left over.
                CPPUNIT_ASSERT_EQUAL_MESSAGE(sheet.name, grid[0].size(), table.mapping.columns.size());
                CPPUNIT_ASSERT_EQUAL(std::size_t(3), table.data_rows());
                CPPUNIT_ASSERT_EQUAL(grid[0].size(), sheet.choices.size());
                for (std::size_t c = 0; c < sheet.choices.size(); ++c)
                    for (const std::string& word : sheet.choices[c]) {
                        const Cell cell = Cell::of(word);
                        const auto field = [&] {
                            for (const auto& [f, column] : table.mapping.columns)
                                if (column == c)
                                    return f;
                            return Field::PersonName;
                        }();
                        bool read = false;
                        switch (field) {
                        case Field::Stage: read = StageModel::customer7().find(word).has_value(); break;
                        case Field::ForecastCategory: read = forecast_category_named(word).has_value(); break;
                        case Field::PartnerType: read = is_direct_sale(cell).has_value(); break;
                        case Field::Role: read = buying_role_named(word).has_value(); break;
                        case Field::Influence: read = read_influence(cell).ok() && read_influence(cell).value(); break;
                        case Field::Support: read = read_support(cell).ok() && read_support(cell).value(); break;
                        case Field::Contact: read = read_contact(cell).ok() && read_contact(cell).value(); break;
                        case Field::FeedbackMode: read = read_feedback_mode(cell).ok() && read_feedback_mode(cell).value(); break;
                        case Field::InviteStatus: read = read_invitee_status(cell, nullptr).ok() && read_invitee_status(cell, nullptr).value(); break;
                        case Field::Interest: read = read_interest(cell).has_value(); break;
                        case Field::InviteList: read = backups_to_call({Cell::of(std::string("已邀请"))}, {cell}, 1.0).ok(); break;
                        default: break;
                        }
                        CPPUNIT_ASSERT_MESSAGE(sheet.name + ": " + word, read);
                    }
                if (sheet.kind == TableKind::Invitees) {
                    // The invitee sheet is named as the event the example deals name.
                    const Grid deals = grid_of(sheets[0].rows);
                    const DetectedTable deal_table = detect_table(deals, TableKind::Opportunities).value();
                    CPPUNIT_ASSERT_EQUAL(sheet.name, deals[1][deal_table.mapping.column_of(Field::Campaign).value()].text);
                }
                if (sheet.kind == TableKind::Stakeholders) {
                    const std::vector<Stakeholder> people = stakeholders_in(grid, table).value();
                    CPPUNIT_ASSERT_EQUAL(std::size_t(3), people.size());
                    CPPUNIT_ASSERT(people[0].role == BuyingRole::Economic && people[0].mode == FeedbackMode::Growth);
                    // The people belong to the first example deal.
                    const Grid deals = grid_of(sheets[0].rows);
                    CPPUNIT_ASSERT_EQUAL(deals[1][0].text, grid[1][table.mapping.column_of(Field::DealName).value()].text);
                }
            }
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(StarterWorkbookTest);
