// One sidebar panel's or dialog's controls: laid out in dialogs/<Name>.xdl (edited as a
// dialog, not as code) and localised by the dialog's own string resources
// (<Name>_en_US.properties, <Name>_zh_CN.properties) in the office's UI language.
#pragma once

#include <string>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFocusListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace kat::addin {

// vnd.sun.star.expand:…/dialogs/<name>.xdl inside the installed extension.
rtl::OUString dialog_url(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
                         const char* name);

// Access by control name to a dialog made from an .xdl, for panels and modal dialogs alike.
class DialogControls {
public:
    DialogControls() = default;
    explicit DialogControls(const ::com::sun::star::uno::Reference<::com::sun::star::awt::XControlContainer>& container);

    ::com::sun::star::uno::Reference<::com::sun::star::awt::XControl> control(const char* name) const;
    void set_text(const char* name, const rtl::OUString& text) const;   // label or field
    rtl::OUString text(const char* name) const;
    void set_enabled(const char* name, bool enabled) const;
    void set_visible(const char* name, bool visible) const;
    // The dialog's own localised string, "" when the id is unknown.
    rtl::OUString string(const char* id) const;

    void on_action(const char* button,
                   const ::com::sun::star::uno::Reference<::com::sun::star::awt::XActionListener>& listener) const;
    void on_focus(const char* field, const ::com::sun::star::uno::Reference<::com::sun::star::awt::XFocusListener>& listener) const;
    void on_item(const char* list, const ::com::sun::star::uno::Reference<::com::sun::star::awt::XItemListener>& listener) const;

    const ::com::sun::star::uno::Reference<::com::sun::star::awt::XControlContainer>& container() const { return container_; }

private:
    ::com::sun::star::uno::Reference<::com::sun::star::awt::XControlContainer> container_;
    ::com::sun::star::uno::Reference<::com::sun::star::resource::XStringResourceResolver> strings_;
};

// The panel's content as a child window of the sidebar's panel window.
class PanelWindow {
public:
    // Throws a UNO exception when the layout cannot be loaded (a broken installation).
    PanelWindow(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context,
                const ::com::sun::star::uno::Reference<::com::sun::star::awt::XWindow>& parent, const char* dialog);

    const ::com::sun::star::uno::Reference<::com::sun::star::awt::XWindow>& window() const { return window_; }
    const DialogControls& controls() const { return controls_; }

    // Lays the controls out for a width in pixels: whatever reaches the layout's right edge
    // stretches with the sidebar. Returns the height in pixels.
    sal_Int32 fit_width(sal_Int32 width);
    sal_Int32 height() const { return height_; }
    sal_Int32 designed_width() const { return designed_width_; } // pixels

    void dispose();

private:
    ::com::sun::star::uno::Reference<::com::sun::star::awt::XWindow> window_;
    DialogControls controls_;
    sal_Int32 layout_width_ = 0; // APPFONT, as designed
    sal_Int32 height_ = 0;       // pixels
    sal_Int32 designed_width_ = 0; // pixels
};

} // namespace kat::addin
