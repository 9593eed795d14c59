#include "error_log.hxx"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>

#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// The profile's folder as a system path ("" when it cannot be found).
std::string profile_folder(const uno::Reference<uno::XComponentContext>& context)
{
    const uno::Reference<util::XStringSubstitution> paths = util::PathSubstitution::create(context);
    const rtl::OUString url = paths->substituteVariables("$(user)", true);
    rtl::OUString system_path;
    if (osl::FileBase::getSystemPathFromFileURL(url, system_path) != osl::FileBase::E_None)
        return {};
    return to_utf8(system_path);
}

} // namespace

void log_internal_error(const uno::Reference<uno::XComponentContext>& context, std::string_view where,
                        std::string_view what) noexcept
{
    try {
        char stamp[32] = "";
        const std::time_t now = std::time(nullptr);
        std::tm parts{};
        if (gmtime_r(&now, &parts))
            std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &parts);
        const std::string line = std::string(stamp) + " keyaccount: internal error in " + std::string(where) + ": " +
                                 std::string(what) + "\n";
        std::fputs(line.c_str(), stderr);
        if (!context.is())
            return;
        const std::string folder = profile_folder(context);
        if (folder.empty())
            return;
        rtl::OUString folder_url;
        if (osl::FileBase::getFileURLFromSystemPath(from_utf8(folder + "/keyaccount"), folder_url) == osl::FileBase::E_None)
            osl::Directory::createPath(folder_url);
        std::ofstream(folder + "/keyaccount/errors.log", std::ios::app) << line;
    } catch (...) {
        // Logging must never be the failure.
    }
}

} // namespace kat::addin
