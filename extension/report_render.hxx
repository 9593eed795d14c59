// Draws what core decided a report holds: cells, array formulas, formats, a funnel
// chart, an org chart's boxes and connectors. No decisions here, only UNO calls.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "reports/org_chart.hpp"
#include "reports/report_sheet.hpp"

namespace kat::addin {

// Cells, formats and column widths.
void render_report(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                   const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                   const ReportSheet& report);

// Charts go on after the sheet has its final name: Calc 7.4 crashes undoing drawing
// changes made to a sheet that was renamed afterwards in the same undo step.
void render_charts(const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                   const ReportSheet& report);

// Measures box texts on the sheet's draw page (a text frame grown to its text, then
// removed). Call after the sheet has its final name (see render_charts).
MeasureText text_measure(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                         const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet);

// Boxes and connectors only (the sheet's cells come from render_report). Shapes named "KeyAccount.Person.<row>" and "KeyAccount.Line.<n>", for tests and macros.
void render_org_chart(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                      const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                      const OrgChart& chart);

} // namespace kat::addin
