// Nothing may escape an add-in function into the office: an exception there takes the
// user's unsaved work with it. Every entry point runs its body through guarded().
#pragma once

#include <exception>
#include <new>

#include <com/sun/star/uno/Any.hxx>

#include "cell_convert.hxx"

namespace kat::addin {

template <class Body>
::com::sun::star::uno::Any guarded(Body&& body) noexcept
{
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return error_any(ErrorKind::BadArgument); // a range too large to hold: #VALUE!, not a crash
    } catch (...) {
        return error_any(ErrorKind::BadArgument);
    }
}

} // namespace kat::addin
