#include "report_builder.hxx"

#include <cmath>
#include <ctime>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

#include "reports/deal_plan_report.hpp"
#include "reports/event_report.hpp"
#include "reports/forecast_review_report.hpp"
#include "reports/funnel_report.hpp"
#include "reports/org_chart.hpp"
#include "reports/rebate_report.hpp"
#include "reports/role_map_report.hpp"
#include "cell_convert.hxx"
#include "report_print.hxx"
#include "values/cell_text.hpp"
#include "report_render.hxx"
#include "report_undo.hxx"
#include "source_table.hxx"
#include "ui_language.hxx"
#include "workbook_settings.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

const char* command_of(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel: return "FunnelReport";
    case ReportKind::ForecastReview: return "ForecastReview";
    case ReportKind::DealPlan: return "DealPlan";
    case ReportKind::EventReport: return "EventReport";
    case ReportKind::RebateStatements: return "RebateStatements";
    case ReportKind::RoleMap: return "RoleMap";
    case ReportKind::OrgChart: break;
    }
    return "OrgChart";
}

TableKind table_kind_of(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel:
    case ReportKind::ForecastReview:
    case ReportKind::DealPlan: return TableKind::Opportunities;
    case ReportKind::RebateStatements: return TableKind::PartnerLedger;
    case ReportKind::EventReport: return TableKind::Invitees;
    case ReportKind::RoleMap:
    case ReportKind::OrgChart: break;
    }
    return TableKind::Stakeholders;
}

std::string no_table_message(TableKind kind, const std::string& detail, Language language)
{
    const Label what = kind == TableKind::Opportunities ? Label::OpportunityTable
                     : kind == TableKind::PartnerLedger ? Label::PartnerLedgerTable
                     : kind == TableKind::Invitees      ? Label::InviteeTable
                                                        : Label::StakeholderList;
    return format_label(Label::NoTableAround, language, {label(what, language), detail});
}


sal_Int32 sheet_index(const uno::Reference<sheet::XSpreadsheets>& sheets, const rtl::OUString& name)
{
    uno::Reference<container::XIndexAccess> all(sheets, uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < all->getCount(); ++i)
        if (uno::Reference<container::XNamed>(all->getByIndex(i), uno::UNO_QUERY_THROW)->getName() == name)
            return i;
    return all->getCount();
}

// The report's sheet: the extension's previous one of this kind is replaced at its place;
// a user's sheet of the same name is left alone and the report takes another name.
//
// The order is what makes one Ctrl+Z bring the previous report back (Calc 7.4, measured in
// a document with a view): the previous report is first moved aside under a holding name,
// the new sheet takes its final name at once and is drawn completely, and removing the
// previous report is the very last change of the undo step. Undoing a step in which
// anything follows the removal of a sheet with drawings, or in which a drawing object is
// named, kills the office (see render_org_chart for the names).
class ReportSheetSlot {
public:
    ReportSheetSlot(const uno::Reference<frame::XModel>& model, ReportKind kind)
        : model_(model),
          sheets_(uno::Reference<sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets()),
          key_(from_utf8(std::string(report_setting_prefix) + command_of(kind))),
          previous_(stored_setting(model, key_))
    {
        if (!previous_.isEmpty() && !sheets_->hasByName(previous_))
            previous_.clear(); // the user deleted or renamed it: it is theirs now
    }

    // The previous report's sheet, to read what the user typed into it.
    uno::Reference<sheet::XSpreadsheet> previous() const
    {
        return previous_.isEmpty() ? nullptr : uno::Reference<sheet::XSpreadsheet>(sheets_->getByName(previous_), uno::UNO_QUERY);
    }

    // A new, empty sheet under the report's name where the previous report is (or at the
    // end); the previous one stays, aside, until the new one is complete.
    uno::Reference<sheet::XSpreadsheet> start(const std::string& wanted_name)
    {
        sal_Int32 position = uno::Reference<container::XIndexAccess>(sheets_, uno::UNO_QUERY_THROW)->getCount();
        if (!previous_.isEmpty()) {
            position = sheet_index(sheets_, previous_);
            const rtl::OUString aside = free_name("KeyAccount previous");
            named(previous_)->setName(aside);
            aside_ = aside;
        }
        name_ = free_name(wanted_name); // the previous report's own name is free again
        sheets_->insertNewByName(name_, static_cast<sal_Int16>(position));
        inserted_ = true;
        return uno::Reference<sheet::XSpreadsheet>(sheets_->getByName(name_), uno::UNO_QUERY_THROW);
    }

    // The new report is complete: the workbook remembers it, and the previous one goes,
    // last of all.
    void commit()
    {
        store_setting(model_, key_, name_);
        inserted_ = false;
        if (!aside_.isEmpty()) {
            sheets_->removeByName(aside_);
            aside_.clear();
        }
    }

    // A build that failed half-way: its sheet goes, the previous report gets its name back.
    void abandon() noexcept
    {
        try {
            if (inserted_ && sheets_->hasByName(name_))
                sheets_->removeByName(name_);
        } catch (...) {
        }
        try {
            if (!aside_.isEmpty() && sheets_->hasByName(aside_))
                named(aside_)->setName(previous_);
        } catch (...) {
        }
        inserted_ = false;
        aside_.clear();
        name_.clear();
    }

    std::string name() const { return to_utf8(name_); }

private:
    rtl::OUString free_name(const std::string& wanted) const
    {
        rtl::OUString name = from_utf8(wanted);
        for (int n = 2; sheets_->hasByName(name); ++n)
            name = from_utf8(wanted + " " + std::to_string(n));
        return name;
    }
    uno::Reference<container::XNamed> named(const rtl::OUString& sheet) const
    {
        return uno::Reference<container::XNamed>(sheets_->getByName(sheet), uno::UNO_QUERY_THROW);
    }

    uno::Reference<frame::XModel> model_;
    uno::Reference<sheet::XSpreadsheets> sheets_;
    rtl::OUString key_, previous_, name_, aside_;
    bool inserted_ = false;
};

// One undo step for the whole build, its chart and drawings included (Ctrl+Z removes the
// report, or brings back the previous one). Failures are not rolled back through undo:
// Calc 7.4 crashes undoing a sheet insertion in a document without a view (hidden or
// headless); the builder removes its half-built sheet itself.
class UndoStep {
public:
    UndoStep(const uno::Reference<frame::XModel>& model, const rtl::OUString& title)
    {
        uno::Reference<document::XUndoManagerSupplier> supplier(model, uno::UNO_QUERY);
        if (supplier.is())
            undo_ = supplier->getUndoManager();
        if (undo_.is()) {
            undo_->enterUndoContext(title);
            open_ = true;
        }
    }
    // Leaves the context once: a second leave would close a context the caller (a macro, an
    // outer step) had opened around the build.
    void close()
    {
        if (open_) {
            open_ = false;
            undo_->leaveUndoContext();
        }
    }
    ~UndoStep()
    {
        try {
            close();
        } catch (...) {
        }
    }
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    uno::Reference<document::XUndoManager> undo_;
    bool open_ = false;
};

// Progress in the status bar while a build runs (a no-op where there is none).
class Progress {
public:
    Progress(const uno::Reference<frame::XFrame>& frame, const std::string& text)
    {
        try {
            uno::Reference<task::XStatusIndicatorFactory> factory(frame, uno::UNO_QUERY);
            if (factory.is())
                indicator_ = factory->createStatusIndicator();
            if (indicator_.is())
                indicator_->start(from_utf8(text), 100);
        } catch (const uno::Exception&) {
            indicator_.clear();
        }
    }
    void at(sal_Int32 percent)
    {
        if (indicator_.is())
            indicator_->setValue(percent);
    }
    ~Progress()
    {
        try {
            if (indicator_.is())
                indicator_->end();
        } catch (...) {
        }
    }

private:
    uno::Reference<task::XStatusIndicator> indicator_;
};

// Columns A:B of the previous report's first rows, read once; and the row of a heading in
// them. Blocks whose place depends on the data (how many groups, backups, warnings there
// were) are found by their heading, not by where this build would put them.
constexpr sal_Int32 read_back_rows = 400;

uno::Sequence<uno::Sequence<uno::Any>> first_rows(const uno::Reference<sheet::XSpreadsheet>& previous)
{
    return uno::Reference<sheet::XCellRangeData>(previous->getCellRangeByPosition(0, 0, 1, read_back_rows - 1), uno::UNO_QUERY_THROW)
        ->getDataArray();
}

std::optional<sal_Int32> row_of_heading(const uno::Sequence<uno::Sequence<uno::Any>>& rows, const std::string& heading)
{
    const rtl::OUString wanted = from_utf8(heading);
    for (sal_Int32 r = 0; r < rows.getLength(); ++r) {
        rtl::OUString text;
        if ((rows[r][0] >>= text) && text == wanted)
            return r;
    }
    return std::nullopt;
}

// The previous review's targets (group, number) under their heading, and for a custom
// period the dates beside "From" and "To".
void read_back_review(const uno::Reference<sheet::XSpreadsheet>& previous, ForecastReviewOptions& options, Language language)
{
    const uno::Sequence<uno::Sequence<uno::Any>> rows = first_rows(previous);
    if (const std::optional<sal_Int32> heading = row_of_heading(rows, label_text(Label::TargetsEditMe, language))) {
        for (sal_Int32 r = *heading + 2; r < rows.getLength(); ++r) { // the heading, the header row, then groups
            rtl::OUString group;
            double target = 0.0;
            if (!(rows[r][0] >>= group) || group.isEmpty())
                break; // the blank row after the block
            if (rows[r][1] >>= target)
                options.targets.emplace_back(to_utf8(group), target);
        }
    }
    if (options.period.choice != PeriodChoice::Custom)
        return;
    const auto date_beside = [&](Label label) -> std::optional<double> {
        double day = 0.0;
        const std::optional<sal_Int32> at = row_of_heading(rows, label_text(label, language));
        if (!at || !(rows[*at][1] >>= day))
            return std::nullopt; // blank (an open bound) or not found
        return day;
    };
    options.period.custom = ReviewPeriod{date_beside(Label::PeriodFrom), date_beside(Label::PeriodTo)};
}

// What the rep typed on the previous event report: the plan's values and the cost lines,
// each under its heading.
void read_back_event(const uno::Reference<sheet::XSpreadsheet>& previous, EventReportOptions& options, Language language)
{
    const uno::Sequence<uno::Sequence<uno::Any>> rows = first_rows(previous);
    if (const std::optional<sal_Int32> heading = row_of_heading(rows, label_text(Label::EventPlan, language)))
        for (sal_Int32 r = *heading + 1; r <= *heading + static_cast<sal_Int32>(event_plan_rows) && r < rows.getLength(); ++r)
            options.kept_plan.push_back(cell_from_any(rows[r][1]));
    if (const std::optional<sal_Int32> heading = row_of_heading(rows, label_text(Label::EventCosts, language)))
        for (sal_Int32 r = *heading + 2; r < *heading + 2 + static_cast<sal_Int32>(event_cost_rows) && r < rows.getLength(); ++r)
            options.kept_costs.push_back({cell_from_any(rows[r][0]), cell_from_any(rows[r][1])});
}

} // namespace

std::optional<ReportKind> report_kind_named(std::string_view command)
{
    for (ReportKind kind : {ReportKind::Funnel, ReportKind::ForecastReview, ReportKind::DealPlan, ReportKind::RebateStatements,
                            ReportKind::RoleMap, ReportKind::OrgChart, ReportKind::EventReport})
        if (command == command_of(kind))
            return kind;
    return std::nullopt;
}

ReportOutcome build_report(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XFrame>& frame,
                           const ReportRequest& request)
{
    ReportOutcome outcome;
    const Language language = office_ui_language(context);
    uno::Reference<frame::XModel> model = frame->getController()->getModel();
    if (!uno::Reference<sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY).is()) {
        outcome.status = label_text(Label::ReportsInCalcOnly, language);
        return outcome;
    }
    Progress progress(frame, label_text(Label::BuildingReport, language));
    const TableKind table_kind = table_kind_of(request.kind);
    const Result<SourceTable> source = table_under_cursor(model, table_kind);
    if (!source.ok()) {
        outcome.status = no_table_message(table_kind, source.error().message, language);
        return outcome;
    }
    progress.at(30);
    const SourceTable& s = source.value();
    ReportSheetSlot slot(model, request.kind);

    // Plan in core before touching the document: a planning failure changes nothing.
    ReportSheet plan;
    std::optional<OrgChart> org;
    switch (request.kind) {
    case ReportKind::Funnel: {
        // The request wins; else what the workbook keeps (set in the sidebar).
        FunnelReportOptions options;
        const StageModelSetting kept_model = stored_stage_model(model);
        options.model = request.model.empty() ? kept_model.name : request.model;
        if (options.model == "custom")
            options.custom_model_rows = stage_rows_from_text(kept_model.custom);
        options.target = request.target ? request.target : stored_target(model);
        options.today = today_serial();
        if (std::optional<SourceTable> people = stakeholders_with_deals(model))
            options.people = StakeholderSource{std::move(people->grid), std::move(people->table), std::move(people->place)};
        plan = funnel_report(s.grid, s.table, s.place, options, language);
        if (!options.target && slot.previous().is()) { // keep the target the user typed last time
            const FunnelReportCells cells = funnel_report_cells(plan);
            uno::Reference<table::XCell> old = slot.previous()->getCellByPosition(static_cast<sal_Int32>(cells.target_column),
                                                                                   static_cast<sal_Int32>(cells.target_row));
            if (old->getType() == table::CellContentType_VALUE && old->getValue() > 0.0) {
                options.target = old->getValue();
                plan = funnel_report(s.grid, s.table, s.place, options, language);
            }
        }
        break;
    }
    case ReportKind::ForecastReview: {
        ForecastReviewOptions options;
        options.today = today_serial();
        options.period = stored_review_period(model);
        if (request.period)
            options.period.choice = period_choice_from_code(*request.period);
        const StageModelSetting kept_model = stored_stage_model(model);
        if (kept_model.name != "custom")
            options.model = kept_model.name;
        // What the manager typed last time: targets, and the dates of a custom period.
        if (uno::Reference<sheet::XSpreadsheet> previous = slot.previous(); previous.is())
            read_back_review(previous, options, language);
        store_review_period(model, options.period);
        plan = forecast_review_report(s.grid, s.table, s.place, options, language);
        break;
    }
    case ReportKind::DealPlan: {
        // The deal named, else the deal row the cursor is on.
        std::optional<std::size_t> deal_row;
        if (!request.deal.empty()) {
            deal_row = deal_row_named(s.grid, s.table, request.deal);
        } else if (const std::optional<sal_Int32> at = cursor_row(model)) {
            const long data_row = static_cast<long>(*at) - static_cast<long>(s.place.first_row + s.table.header_row + 1);
            if (data_row >= 0 && static_cast<std::size_t>(data_row) < s.table.data_rows())
                deal_row = static_cast<std::size_t>(data_row);
        }
        if (!deal_row) {
            outcome.status = label_text(Label::DealPlanNoDeal, language);
            return outcome;
        }
        DealPlanOptions options;
        options.deal_row = *deal_row;
        options.today = today_serial();
        if (std::optional<SourceTable> people = stakeholders_with_deals(model))
            options.people = StakeholderSource{std::move(people->grid), std::move(people->table), std::move(people->place)};
        if (s.table.mapping.has(Field::Account))
            options.fit = account_fit_in_workbook(model, cell_text(field_column(s.grid, s.table, Field::Account).at(*deal_row)));
        plan = deal_plan_report(s.grid, s.table, s.place, options, language);
        break;
    }
    case ReportKind::EventReport: {
        EventReportOptions options;
        // What the rep typed last time: the plan and the cost lines.
        if (uno::Reference<sheet::XSpreadsheet> previous = slot.previous(); previous.is())
            read_back_event(previous, options, language);
        if (std::optional<SourceTable> deals = first_table_with(model, TableKind::Opportunities, {Field::Campaign}))
            options.deals = StakeholderSource{std::move(deals->grid), std::move(deals->table), std::move(deals->place)};
        plan = event_report(s.grid, s.table, s.place, options, language);
        break;
    }
    case ReportKind::RebateStatements:
    {
        // The workbook's policy (the sidebar's Rebates panel); the seed's when it has none.
        const Result<std::vector<std::vector<Cell>>> policy = policy_rows(stored_policy(model), language);
        plan = rebate_report(s.grid, s.table, s.place, policy.ok() ? policy.value() : seed_policy_rows(language), language);
        break;
    }
    case ReportKind::RoleMap: plan = role_map_report(s.grid, s.table, s.place, language); break;
    case ReportKind::OrgChart: {
        OrgChartOptions chart_options;
        chart_options.only_with_roles = request.only_with_roles;
        Result<OrgChart> chart = org_chart(s.grid, s.table, s.place, chart_options, language);
        if (!chart.ok()) {
            outcome.status = format_label(Label::CannotDrawOrgChart, language, {chart.error().message});
            return outcome;
        }
        org = std::move(chart.value());
        plan = org->sheet;
        break;
    }
    }
    fit_wrapped_rows(plan);
    progress.at(50);

    {
        UndoStep step(model, from_utf8(plan.name));
        uno::Reference<sheet::XSpreadsheet> sheet;
        try {
            sheet = slot.start(plan.name);
            render_report(model, sheet, plan);
            apply_page_setup(context, model, sheet, plan, language);
            if (org) {
                // Boxes sized from their text as rendered here (the estimate planned the cells).
                OrgChartOptions measured;
                measured.only_with_roles = request.only_with_roles;
                measured.measure = text_measure(model, sheet);
                Result<OrgChart> sized = org_chart(s.grid, s.table, s.place, measured, language);
                render_org_chart(model, sheet, sized.ok() ? sized.value() : *org);
            }
            render_charts(sheet, plan);
            slot.commit();
        } catch (...) {
            slot.abandon(); // the previous report and the user's sheets are as they were
            throw;
        }
        step.close();
        keep_report_page_styles(model);
        if (uno::Reference<sheet::XSpreadsheetView> view{model->getCurrentController(), uno::UNO_QUERY}; view.is())
            view->setActiveSheet(sheet);
    }
    progress.at(100);
    outcome.built = true;
    outcome.sheet = slot.name();
    outcome.status = plan.status;
    return outcome;
}

} // namespace kat::addin
