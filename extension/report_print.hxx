// How a report sheet prints (SPEC §9): its own page style — landscape or portrait, scaled
// to the pages core asked for, the source range, the report's name and the date printed in
// the header and "page n of m" in the footer, in the UI language — and the manual page
// breaks core placed (one partner per page). Print settings are looks: a failure here never stops a report.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "i18n/labels.hpp"
#include "reports/report_sheet.hpp"

namespace kat::addin {

// "KeyAccount <report name>": one page style per report, kept in the document.
rtl::OUString report_page_style_name(const std::string& report_name);

// A failure is logged (error_log.hxx) and the report stays as drawn.
void apply_page_setup(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
                      const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                      const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                      const ReportSheet& report, Language language);

} // namespace kat::addin
