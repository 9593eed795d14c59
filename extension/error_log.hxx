// Where an internal failure goes when it must not reach the user as a crash: a line in
// <user profile>/keyaccount/errors.log (an admin finds it beside the profile's other logs)
// and on stderr. Never throws.
#pragma once

#include <string_view>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace kat::addin {

void log_internal_error(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
                        std::string_view where, std::string_view what) noexcept;

} // namespace kat::addin
