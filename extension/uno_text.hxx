// UTF-16 (UNO) ⇄ UTF-8 (core) for the few places that pass text across.
#pragma once

#include <string>
#include <string_view>

#include <rtl/ustring.hxx>

namespace kat::addin {

inline std::string to_utf8(const rtl::OUString& text)
{
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

inline rtl::OUString from_utf8(std::string_view text)
{
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

} // namespace kat::addin
