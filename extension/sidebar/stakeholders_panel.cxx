// The Stakeholders panel: the stakeholder list under the cursor, how well the four buying
// influences are covered (seed 004) and the worst red flags, live; "Build role map" and
// "Draw org chart".
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>

#include "panel_behaviour.hxx"
#include "panels/table_summary.hpp"
#include "uno_text.hxx"
#include "values/display.hpp"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

constexpr std::size_t flags_shown = 3;

class StakeholdersPanel final : public PanelBehaviour {
public:
    const char* dialog() const override { return "StakeholdersPanel"; }
    TableKind table_kind() const override { return TableKind::Stakeholders; }
    std::vector<const char*> buttons() const override { return {"BuildRoleMap", "DrawOrgChart"}; }

    void show(const DialogControls& c, const PanelContext& context, const PanelTable& shown) override
    {
        c.set_text("TableValue", table_line(c, shown));
        const rtl::OUString none = c.string("Common.Dash");
        for (const char* value : {"PeopleValue", "CoverageValue", "FlagsValue"})
            c.set_text(value, none);
        if (!shown.table)
            return;
        const SourceTable& s = *shown.table;
        const Result<StakeholderSummary> summary = stakeholder_summary(s.grid, s.table, context.language, flags_shown);
        if (!summary.ok()) {
            c.set_text("Status", fill(c.string("Common.CannotRead"), {from_utf8(summary.error().message)}));
            return;
        }
        const StakeholderSummary& p = summary.value();
        // With a deal column: the one deal the table is about, or how many deals it covers.
        const rtl::OUString people = rtl::OUString::number(static_cast<sal_Int64>(p.people));
        c.set_text("PeopleValue", p.deals == 0 ? people
                                  : p.deals == 1 ? fill(c.string("StakeholdersPanel.PeopleOnDeal"), {people, from_utf8(p.deal)})
                                                 : fill(c.string("StakeholdersPanel.PeopleOnDeals"),
                                                        {people, rtl::OUString::number(static_cast<sal_Int64>(p.deals))}));
        c.set_text("CoverageValue", from_utf8(display_percent(p.coverage)));
        rtl::OUString flags;
        for (const std::string& flag : p.top_flags)
            flags += (flags.isEmpty() ? rtl::OUString() : rtl::OUString("\n")) + from_utf8("\u2022 " + flag);
        if (p.red_flags > p.top_flags.size())
            flags += "\n" + fill(c.string("StakeholdersPanel.MoreFlags"),
                                 {rtl::OUString::number(static_cast<sal_Int64>(p.red_flags - p.top_flags.size()))});
        c.set_text("FlagsValue", flags.isEmpty() ? c.string("StakeholdersPanel.NoFlags") : flags);
    }

    void press(const DialogControls& c, const PanelContext& context, const std::string& button) override
    {
        if (button == "BuildRoleMap") {
            run_report_command(c, context, "RoleMap", {});
            return;
        }
        const uno::Reference<awt::XCheckBox> only(c.control("OnlyWithRoles"), uno::UNO_QUERY);
        uno::Sequence<beans::PropertyValue> arguments(1);
        arguments[0].Name = "OnlyWithRoles";
        arguments[0].Value <<= bool(only.is() && only->getState() == 1);
        run_report_command(c, context, "OrgChart", arguments);
    }
};

} // namespace

std::unique_ptr<PanelBehaviour> make_stakeholders_panel() { return std::make_unique<StakeholdersPanel>(); }

} // namespace kat::addin
