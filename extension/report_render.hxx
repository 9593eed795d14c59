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

// Charts, drawn after the cells they plot (the sheet has its final name by then: the
// builder never renames a sheet after drawing on it, see ReportSheetSlot).
void render_charts(const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                   const ReportSheet& report);

// Measures box texts on the sheet's draw page (a text frame grown to its text, then
// removed), on the sheet the boxes will be drawn on.
MeasureText text_measure(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                         const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet);

// Boxes (rectangles) and connectors only; the sheet's cells come from render_report. The
// shapes are deliberately left unnamed: naming a drawing object (Name, Title or
// Description) inside the build's undo step makes Calc 7.4 crash when the step is undone,
// and a redo renames the objects again as separate undo steps.
void render_org_chart(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                      const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                      const OrgChart& chart);

} // namespace kat::addin
