// vnd.keyaccount:NewWorkbook: a new Calc document holding core's starter workbook — the
// opportunity table, partner ledger and key people a rep can overwrite, with drop-down
// lists of the words the extension reads (any other word is still accepted: a team's own
// stage names are theirs to use).
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "report_builder.hxx"

namespace kat::addin {

inline constexpr std::string_view new_workbook_command = "NewWorkbook";

// The stage list follows the stage model kept in the frame's workbook, else customer7.
ReportOutcome create_starter_workbook(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
                                      const ::com::sun::star::uno::Reference<::com::sun::star::frame::XFrame>& frame);

} // namespace kat::addin
