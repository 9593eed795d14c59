// Draws what core decided a report holds: cells, array formulas, formats, a funnel
// chart, an org chart's boxes and connectors. No decisions here, only UNO calls.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "reports/org_chart.hpp"
#include "reports/report_sheet.hpp"

namespace kat::addin {

void render_report(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                   const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                   const ReportSheet& report);

// Shapes named "KeyAccount.Person.<row>" and "KeyAccount.Line.<n>", for tests and macros.
void render_org_chart(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                      const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                      const OrgChart& chart);

} // namespace kat::addin
