// The build of one report sheet: read the table under the cursor, let core plan the
// sheet, replace the extension's previous sheet of that kind (never a user's sheet),
// draw it, all in one undo step; a failure half-way puts the previous report back.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace kat::addin {

enum class ReportKind { Funnel, ForecastReview, DealPlan, RebateStatements, RoleMap, OrgChart, EventReport };

// "FunnelReport" → Funnel and so on; nullopt for any other command.
std::optional<ReportKind> report_kind_named(std::string_view command);

struct ReportRequest {
    ReportKind kind = ReportKind::Funnel;
    std::string model;               // Funnel: stage model, "" = best match
    std::optional<double> target;    // Funnel: sales target
    std::optional<std::string> period; // ForecastReview: "quarter", "half", "year", "custom" (else the workbook's)
    bool only_with_roles = false;    // OrgChart
    std::string deal;                // DealPlan: the deal's name; "" = the deal row at the cursor
};

struct ReportOutcome {
    bool built = false;
    std::string sheet;   // the report sheet's name
    std::string status;  // what was mapped and not, or why nothing was built
};

ReportOutcome build_report(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
                           const ::com::sun::star::uno::Reference<::com::sun::star::frame::XFrame>& frame,
                           const ReportRequest& request);

} // namespace kat::addin
