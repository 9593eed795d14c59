// The office's UI language, for the labels of array results.
//
// Not XLocalizable's locale: Calc sets the UI locale on the add-in to read descriptions,
// then switches the very same instance to en-US to read English names, and that instance
// computes the formulas. The configuration says what the user actually sees.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "i18n/labels.hpp"

namespace kat::addin {

// Linguistic/General/UILocale when the user chose one, else Setup/L10N/ooLocale.
// English when neither can be read.
Language office_ui_language(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context);

} // namespace kat::addin
