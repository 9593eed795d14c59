// Ctrl+Z and Ctrl+Y on a report build give the report sheets their page style back.
// Calc does not record a sheet's page style in its undo: undoing a rebuild brings the
// previous report back with the Default style (portrait, no header, no "page n of m"), and
// redoing a build re-inserts the sheet the same way. A listener on the document's undo
// manager puts the report's own style back after an undo or redo of a build.
#pragma once

#include <com/sun/star/frame/XModel.hpp>

namespace kat::addin {

// The workbook setting that names the sheet of a report: "KeyAccount.Report.<command>"
// (report_builder.cxx writes it, the listener below reads every one).
inline constexpr char report_setting_prefix[] = "KeyAccount.Report.";

// Once per document (later calls find it kept); the listener holds the document weakly.
void keep_report_page_styles(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model) noexcept;

} // namespace kat::addin
