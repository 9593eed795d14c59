// The Rebates panel: the partner ledger under the cursor, the ICM policy (seeds 000, 002)
// as editable fields kept in the workbook, what is payable and pending under it, and
// "Build statements".
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>

#include "icm/policy_form.hpp"
#include "panel_behaviour.hxx"
#include "panels/table_summary.hpp"
#include "uno_text.hxx"
#include "values/display.hpp"
#include "workbook_settings.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// PeriodList's entries, in the layout's order.
const char* const periods[] = {"half-year", "year", "quarter", "month"};

struct TextField {
    const char* control;
    std::string PolicyForm::*text;
};
const TextField text_fields[] = {
    {"RateField", &PolicyForm::rate},           {"ThresholdField", &PolicyForm::threshold},
    {"VolumeRateField", &PolicyForm::volume_rate}, {"IndirectWeightField", &PolicyForm::indirect_weight},
    {"TiersField", &PolicyForm::tiers},         {"CapField", &PolicyForm::cap},
};

uno::Reference<awt::XListBox> period_list(const DialogControls& c)
{
    return uno::Reference<awt::XListBox>(c.control("PeriodList"), uno::UNO_QUERY);
}

PolicyForm form_in(const DialogControls& c)
{
    PolicyForm form;
    for (const TextField& f : text_fields)
        form.*f.text = to_utf8(c.text(f.control));
    const sal_Int16 pos = period_list(c).is() ? period_list(c)->getSelectedItemPos() : 0;
    form.period = periods[pos >= 0 && pos < 4 ? pos : 0];
    return form;
}

class RebatesPanel final : public PanelBehaviour {
public:
    const char* dialog() const override { return "RebatesPanel"; }
    TableKind table_kind() const override { return TableKind::PartnerLedger; }
    std::vector<const char*> buttons() const override { return {"BuildStatements", "ResetPolicy", "ExportPartner"}; }
    std::vector<const char*> fields() const override
    {
        std::vector<const char*> names;
        for (const TextField& f : text_fields)
            names.push_back(f.control);
        return names;
    }
    std::vector<const char*> lists() const override { return {"PeriodList"}; }

    void load_settings(const DialogControls& c, const PanelContext& context) override { put(c, stored_policy(context.model)); }

    // The fields become the workbook's policy only when they make a whole valid policy.
    bool commit(const DialogControls& c, const PanelContext& context, const std::string&) override
    {
        const PolicyForm form = form_in(c);
        const Result<std::vector<std::vector<Cell>>> rows = policy_rows(form, context.language);
        if (!rows.ok()) {
            c.set_text("PolicyStatus", fill(c.string("RebatesPanel.PolicyBad"), {from_utf8(rows.error().message)}));
            return false;
        }
        if (!(form == stored_policy(context.model)))
            store_policy(context.model, form);
        c.set_text("PolicyStatus", c.string(form == PolicyForm{} ? "RebatesPanel.PolicySeed" : "RebatesPanel.PolicyKept"));
        return true;
    }

    void show(const DialogControls& c, const PanelContext& context, const PanelTable& shown) override
    {
        c.set_text("TableValue", table_line(c, shown));
        const rtl::OUString none = c.string("Common.Dash");
        for (const char* value : {"PartnersValue", "PayableValue", "PendingValue"})
            c.set_text(value, none);
        if (!shown.table)
            return;
        const SourceTable& s = *shown.table;
        Result<std::vector<std::vector<Cell>>> rows = policy_rows(form_in(c), context.language);
        if (!rows.ok())
            rows = policy_rows(stored_policy(context.model), context.language);
        if (!rows.ok())
            return;
        const Result<RebateSummary> summary = rebate_summary(s.grid, s.table, rows.value(), context.language);
        if (!summary.ok()) {
            c.set_text("Status", fill(c.string("Common.CannotRead"), {from_utf8(summary.error().message)}));
            return;
        }
        const RebateSummary& r = summary.value();
        c.set_text("PartnersValue", fill(c.string("RebatesPanel.PartnersLines"),
                                         {rtl::OUString::number(static_cast<sal_Int64>(r.partners)),
                                          rtl::OUString::number(static_cast<sal_Int64>(r.statements))}));
        c.set_text("PayableValue", from_utf8(display_amount(to_amount(r.payable))));
        c.set_text("PendingValue", from_utf8(display_amount(to_amount(r.pending))));
    }

    void press(const DialogControls& c, const PanelContext& context, const std::string& button) override
    {
        if (button == "ExportPartner") {
            run_report_command(c, context, "ExportPartnerStatement", {});
            return;
        }
        if (button == "ResetPolicy") {
            put(c, PolicyForm{});
            commit(c, context, "RateField");
            return;
        }
        if (!commit(c, context, "RateField")) {
            c.set_text("Status", c.string("RebatesPanel.FixPolicyFirst"));
            return;
        }
        run_report_command(c, context, "RebateStatements", {});
    }

private:
    static void put(const DialogControls& c, const PolicyForm& form)
    {
        for (const TextField& f : text_fields)
            c.set_text(f.control, from_utf8(form.*f.text));
        sal_Int16 pos = 0;
        for (sal_Int16 i = 0; i < 4; ++i)
            if (form.period == periods[i])
                pos = i;
        if (period_list(c).is())
            period_list(c)->selectItemPos(pos, true);
    }
};

} // namespace

std::unique_ptr<PanelBehaviour> make_rebates_panel() { return std::make_unique<RebatesPanel>(); }

} // namespace kat::addin
