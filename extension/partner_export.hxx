// One partner's rebate statement as its own PDF (seed 000's confidentiality: a partner is
// handed their page, never the others'): the page of the statements sheet the cursor is
// on — a partner's pages run from one manual page break to the next — exported alone.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "report_builder.hxx"

namespace kat::addin {

inline constexpr std::string_view export_partner_command = "ExportPartnerStatement";

// url: where to write (a file URL); none asks the user with a save dialog (cancelled: not
// built, nothing written). The document is not modified.
ReportOutcome export_partner_statement(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
                                       const ::com::sun::star::uno::Reference<::com::sun::star::frame::XFrame>& frame,
                                       const std::optional<std::string>& url);

} // namespace kat::addin
