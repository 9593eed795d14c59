// Nothing may escape an add-in function into the office: an exception there takes the
// user's unsaved work with it. The generic adapter runs every call through guarded(),
// which turns a failure into #VALUE! and logs it (error_log.hxx) so it is not silent.
#pragma once

#include <exception>
#include <new>
#include <string_view>

#include <com/sun/star/uno/Any.hxx>

#include "cell_convert.hxx"
#include "error_log.hxx"

namespace kat::addin {

template <class Body>
::com::sun::star::uno::Any
guarded(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
        std::string_view where, Body&& body) noexcept
{
    try {
        return body();
    } catch (const std::bad_alloc&) {
        log_internal_error(context, where, "out of memory (a range too large to hold)");
    } catch (const std::exception& e) {
        log_internal_error(context, where, e.what());
    } catch (...) {
        log_internal_error(context, where, "unknown exception");
    }
    return error_any(ErrorKind::BadArgument);
}

} // namespace kat::addin
