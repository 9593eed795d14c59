#include "ui_language.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

rtl::OUString read_setting(const uno::Reference<lang::XMultiServiceFactory>& provider, const char* node, const char* name)
{
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(node)));
    uno::Reference<container::XNameAccess> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
        uno::UNO_QUERY);
    rtl::OUString value;
    if (access.is() && access->hasByName(rtl::OUString::createFromAscii(name)))
        access->getByName(rtl::OUString::createFromAscii(name)) >>= value;
    return value;
}

} // namespace

Language office_ui_language(const uno::Reference<uno::XComponentContext>& context)
{
    try {
        if (!context.is())
            return Language::English;
        uno::Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
        rtl::OUString tag = read_setting(provider, "/org.openoffice.Office.Linguistic/General", "UILocale");
        if (tag.isEmpty())
            tag = read_setting(provider, "/org.openoffice.Setup/L10N", "ooLocale");
        return language_from_tag(to_utf8(tag));
    } catch (const uno::Exception&) {
        return Language::English; // labels in English rather than no answer
    }
}

} // namespace kat::addin
