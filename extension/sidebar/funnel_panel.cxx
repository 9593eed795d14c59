// The Funnel panel: which opportunity table, how it is mapped and weighed, its headline
// numbers (deals, open pipeline, weighted forecast, win rate, coverage of the target by
// the 3× rule of thumb), "Build funnel report", the forecast review's period and button, the
// deal plan and the event report. Events sit here rather than in a fourth panel: an event's
// purpose is pipeline, and its invitee list needs no settings of its own — one button.
#include <algorithm>

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>

#include "panel_behaviour.hxx"
#include "panels/table_summary.hpp"
#include "pipeline/efficiency.hpp"
#include "reports/funnel_report.hpp"
#include "uno_text.hxx"
#include "values/cell_text.hpp"
#include "values/display.hpp"
#include "values/read_number.hpp"
#include "workbook_settings.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

std::optional<double> target_in(const DialogControls& c)
{
    const NumberReading r = read_number(Cell::of(to_utf8(c.text("TargetField"))));
    if (!r.is_value() || !(r.value > 0.0))
        return std::nullopt;
    return r.value;
}

// PeriodList's entries, in the layout's order.
const PeriodChoice period_entries[] = {PeriodChoice::ThisQuarter, PeriodChoice::ThisHalf, PeriodChoice::ThisYear,
                                       PeriodChoice::Custom};

uno::Reference<awt::XListBox> period_list(const DialogControls& c)
{
    return uno::Reference<awt::XListBox>(c.control("PeriodList"), uno::UNO_QUERY);
}

PeriodChoice period_in(const DialogControls& c)
{
    const sal_Int16 pos = period_list(c).is() ? period_list(c)->getSelectedItemPos() : 0;
    return period_entries[pos >= 0 && pos < 4 ? pos : 0];
}

class FunnelPanel final : public PanelBehaviour {
public:
    const char* dialog() const override { return "FunnelPanel"; }
    TableKind table_kind() const override { return TableKind::Opportunities; }
    std::vector<const char*> buttons() const override
    {
        return {"BuildReport", "BuildReview", "BuildDealPlan", "NewWorkbook", "BuildEventReport"};
    }
    std::vector<const char*> fields() const override { return {"TargetField"}; }
    std::vector<const char*> lists() const override { return {"PeriodList"}; }

    void load_settings(const DialogControls& c, const PanelContext& context) override
    {
        const std::optional<double> target = stored_target(context.model);
        c.set_text("TargetField", target ? from_utf8(display_amount(*target)) : rtl::OUString());
        const PeriodChoice period = stored_review_period(context.model).choice;
        for (sal_Int16 i = 0; i < 4; ++i)
            if (period_entries[i] == period && period_list(c).is())
                period_list(c)->selectItemPos(i, true);
    }

    bool commit(const DialogControls& c, const PanelContext& context, const std::string& control) override
    {
        if (control == "PeriodList") { // kept with a custom period's dates; no headline depends on it
            ChosenPeriod period = stored_review_period(context.model);
            if (period.choice != period_in(c)) {
                period.choice = period_in(c);
                store_review_period(context.model, period);
            }
            return false;
        }
        const std::optional<double> target = target_in(c);
        if (target != stored_target(context.model))
            store_target(context.model, target);
        return true;
    }

    void show(const DialogControls& c, const PanelContext& context, const PanelTable& shown) override
    {
        c.set_text("TableValue", table_line(c, shown));
        c.set_visible("NewWorkbook", !shown.table); // a rep with no table yet can start from ours
        const rtl::OUString none = c.string("Common.Dash");
        for (const char* value : {"DealsValue", "PipelineValue", "WeightedValue", "WinRateValue", "CoverageValue"})
            c.set_text(value, none);
        if (!shown.table) {
            c.set_text("MappingValue", c.string("FunnelPanel.Hint"));
            c.set_text("ModelValue", rtl::OUString());
            return;
        }
        const SourceTable& s = *shown.table;
        const StageModelSetting kept = stored_stage_model(context.model);
        const Column stages = field_column(s.grid, s.table, Field::Stage);
        // No model kept: the one the stages call for, chosen once for both the numbers and the line.
        const ModelChoice best_choice = kept.name.empty() ? choose_stage_model(stages) : ModelChoice{};
        Result<StageModel> model = kept.name.empty() ? Result<StageModel>(*best_choice.model)
                                                     : chosen_stage_model(kept.name, stage_rows_from_text(kept.custom), stages);
        const std::string& best = best_choice.name;
        rtl::OUString model_text = kept.name.empty()  ? (best.empty() ? c.string("FunnelPanel.ModelData")
                                                                      : fill(c.string("FunnelPanel.ModelBest"), {from_utf8(best)}))
                                   : kept.name == "custom" ? c.string("FunnelPanel.ModelCustom")
                                                           : from_utf8(kept.name);
        if (!model.ok()) {
            model_text = fill(c.string("FunnelPanel.ModelUnusable"), {from_utf8(model.error().message)});
            model = StageModel::customer7();
        }
        c.set_text("MappingValue", from_utf8(mapping_summary(s.table, context.language)));
        c.set_text("ModelValue", model_text);

        const Result<FunnelSummary> summary = funnel_summary(s.grid, s.table, model.value(), target_in(c));
        if (!summary.ok()) {
            c.set_text("Status", fill(c.string("Common.CannotRead"), {from_utf8(summary.error().message)}));
            return;
        }
        const FunnelSummary& f = summary.value();
        c.set_text("DealsValue", fill(c.string("FunnelPanel.DealsOpen"), {rtl::OUString::number(static_cast<sal_Int64>(f.deals)),
                                                                          rtl::OUString::number(static_cast<sal_Int64>(f.open_deals))}));
        c.set_text("PipelineValue", from_utf8(display_amount(f.pipeline)));
        if (f.weighted)
            c.set_text("WeightedValue", from_utf8(display_amount(*f.weighted)));
        // The status line also says how the last build went: only a problem of ours is cleared.
        const rtl::OUString problem_pattern = c.string("Common.CannotRead");
        if (f.problem)
            c.set_text("Status", fill(problem_pattern, {from_utf8(f.problem->message)}));
        else if (c.text("Status").startsWith(problem_pattern.copy(0, std::max<sal_Int32>(problem_pattern.indexOf("$1"), 0))))
            c.set_text("Status", rtl::OUString());
        if (f.win_rate)
            c.set_text("WinRateValue", from_utf8(display_percent(*f.win_rate)));
        if (f.coverage)
            c.set_text("CoverageValue", fill(c.string(*f.coverage >= healthy_coverage ? "FunnelPanel.CoverageOk" : "FunnelPanel.CoverageShort"),
                                             {from_utf8(display_multiple(*f.coverage))}));
        else
            c.set_text("CoverageValue", c.string("FunnelPanel.NoTarget"));
        // Forecast hygiene against the workbook's key-people sheet, when it has one.
        const std::optional<SourceTable> people = stakeholders_with_deals(context.model);
        const Result<HygieneSummary> hygiene =
            people ? hygiene_summary(s.grid, s.table, people->grid, people->table, model.value())
                   : Result<HygieneSummary>(make_error(ErrorKind::NotFound, ""));
        c.set_text("HygieneValue", hygiene.ok() ? fill(c.string("FunnelPanel.Hygiene"),
                                                       {rtl::OUString::number(static_cast<sal_Int64>(hygiene.value().over_claimed)),
                                                        from_utf8(display_amount(hygiene.value().supported))})
                                                : c.string("FunnelPanel.HygieneNone"));
    }

    void press(const DialogControls& c, const PanelContext& context, const std::string& button) override
    {
        if (button == "BuildEventReport") { // the invitee list the cursor is in
            run_report_command(c, context, "EventReport", {});
            return;
        }
        if (button == "NewWorkbook") {
            run_report_command(c, context, "NewWorkbook", {});
            return;
        }
        if (button == "BuildDealPlan") { // the deal row the cursor is on
            run_report_command(c, context, "DealPlan", {});
            return;
        }
        if (button == "BuildReview") {
            uno::Sequence<beans::PropertyValue> arguments(1);
            arguments[0].Name = "Period";
            arguments[0].Value <<= from_utf8(std::string(period_choice_code(period_in(c))));
            run_report_command(c, context, "ForecastReview", arguments);
            return;
        }
        commit(c, context, "TargetField");
        uno::Sequence<beans::PropertyValue> arguments;
        if (const std::optional<double> target = target_in(c)) {
            arguments.realloc(1);
            arguments[0].Name = "Target";
            arguments[0].Value <<= *target;
        }
        run_report_command(c, context, "FunnelReport", arguments);
    }
};

} // namespace

std::unique_ptr<PanelBehaviour> make_funnel_panel() { return std::make_unique<FunnelPanel>(); }

} // namespace kat::addin
