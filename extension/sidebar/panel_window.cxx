#include "panel_window.hxx"

#include <algorithm>

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XUnitConversion.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/resource/MissingResourceException.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

uno::Reference<beans::XPropertySet> model_of(const uno::Reference<awt::XControl>& control)
{
    return control.is() ? uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY) : nullptr;
}

template <class T> T property(const uno::Reference<beans::XPropertySet>& set, const char* name, T fallback)
{
    T value = fallback;
    if (set.is() && set->getPropertySetInfo()->hasPropertyByName(rtl::OUString::createFromAscii(name)))
        set->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= value;
    return value;
}

} // namespace

rtl::OUString dialog_url(const uno::Reference<uno::XComponentContext>& context, const char* name)
{
    const rtl::OUString root = deployment::PackageInformationProvider::get(context)->getPackageLocation("org.keyaccount.toolkit");
    return root + "/dialogs/" + rtl::OUString::createFromAscii(name) + ".xdl";
}

DialogControls::DialogControls(const uno::Reference<awt::XControlContainer>& container) : container_(container)
{
    const uno::Reference<awt::XControl> self(container, uno::UNO_QUERY);
    strings_ = property(model_of(self), "ResourceResolver", uno::Reference<resource::XStringResourceResolver>());
}

uno::Reference<awt::XControl> DialogControls::control(const char* name) const
{
    return container_.is() ? container_->getControl(rtl::OUString::createFromAscii(name)) : nullptr;
}

void DialogControls::set_text(const char* name, const rtl::OUString& text) const
{
    const uno::Reference<beans::XPropertySet> model = model_of(control(name));
    if (!model.is())
        return;
    const bool field = model->getPropertySetInfo()->hasPropertyByName("Text");
    const rtl::OUString property_name = field ? rtl::OUString("Text") : rtl::OUString("Label");
    rtl::OUString current;
    model->getPropertyValue(property_name) >>= current;
    if (current != text) // an unchanged label does not repaint or move a caret
        model->setPropertyValue(property_name, uno::Any(text));
}

rtl::OUString DialogControls::text(const char* name) const
{
    const uno::Reference<beans::XPropertySet> model = model_of(control(name));
    if (!model.is())
        return {};
    return property(model, model->getPropertySetInfo()->hasPropertyByName("Text") ? "Text" : "Label", rtl::OUString());
}

void DialogControls::set_enabled(const char* name, bool enabled) const
{
    if (const uno::Reference<beans::XPropertySet> model = model_of(control(name)); model.is())
        model->setPropertyValue("Enabled", uno::Any(enabled));
}

void DialogControls::set_visible(const char* name, bool visible) const
{
    if (const uno::Reference<awt::XWindow> window{control(name), uno::UNO_QUERY}; window.is())
        window->setVisible(visible);
}

rtl::OUString DialogControls::string(const char* id) const
{
    if (!strings_.is())
        return {};
    try {
        return strings_->resolveString(rtl::OUString::createFromAscii(id));
    } catch (const resource::MissingResourceException&) {
        return {};
    }
}

void DialogControls::on_action(const char* button, const uno::Reference<awt::XActionListener>& listener) const
{
    if (const uno::Reference<awt::XButton> b{control(button), uno::UNO_QUERY}; b.is())
        b->addActionListener(listener);
}

void DialogControls::on_focus(const char* field, const uno::Reference<awt::XFocusListener>& listener) const
{
    if (const uno::Reference<awt::XWindow> w{control(field), uno::UNO_QUERY}; w.is())
        w->addFocusListener(listener);
}

void DialogControls::on_item(const char* list, const uno::Reference<awt::XItemListener>& listener) const
{
    const uno::Reference<awt::XControl> c = control(list);
    if (const uno::Reference<awt::XListBox> box{c, uno::UNO_QUERY}; box.is())
        box->addItemListener(listener);
    else if (const uno::Reference<awt::XCheckBox> check{c, uno::UNO_QUERY}; check.is())
        check->addItemListener(listener);
}

PanelWindow::PanelWindow(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<awt::XWindow>& parent,
                         const char* dialog)
{
    const uno::Reference<awt::XContainerWindowProvider> provider = awt::ContainerWindowProvider::create(context);
    window_ = provider->createContainerWindow(dialog_url(context, dialog), "",
                                              uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY_THROW), nullptr);
    if (!window_.is())
        throw uno::RuntimeException("Key Account: cannot load the panel layout " + rtl::OUString::createFromAscii(dialog));
    controls_ = DialogControls(uno::Reference<awt::XControlContainer>(window_, uno::UNO_QUERY_THROW));
    const uno::Reference<beans::XPropertySet> model = model_of(uno::Reference<awt::XControl>(window_, uno::UNO_QUERY));
    layout_width_ = property(model, "Width", sal_Int32(150));
    const sal_Int32 layout_height = property(model, "Height", sal_Int32(100));
    const uno::Reference<awt::XUnitConversion> units(window_, uno::UNO_QUERY_THROW);
    const awt::Size pixels = units->convertSizeToPixel(awt::Size(layout_width_, layout_height), util::MeasureUnit::APPFONT);
    height_ = pixels.Height;
    designed_width_ = pixels.Width;
    window_->setPosSize(0, 0, pixels.Width, pixels.Height, awt::PosSize::POSSIZE);
    window_->setVisible(true);
}

sal_Int32 PanelWindow::fit_width(sal_Int32 width)
{
    if (!window_.is() || width <= 0)
        return height_;
    const uno::Reference<awt::XUnitConversion> units(window_, uno::UNO_QUERY);
    const sal_Int32 logical = std::max(layout_width_, units->convertSizeToLogic(awt::Size(width, 0), util::MeasureUnit::APPFONT).Width);
    for (const uno::Reference<awt::XControl>& control : controls_.container()->getControls()) {
        const uno::Reference<beans::XPropertySet> model = model_of(control);
        const sal_Int32 x = property(model, "PositionX", sal_Int32(0));
        // The designed width is kept in the Tag the first time round, so fitting never drifts.
        rtl::OUString tag = property(model, "Tag", rtl::OUString());
        if (tag.isEmpty()) {
            tag = rtl::OUString::number(property(model, "Width", sal_Int32(0)));
            model->setPropertyValue("Tag", uno::Any(tag));
        }
        const sal_Int32 designed = tag.toInt32();
        const sal_Int32 margin = layout_width_ - (x + designed);
        if (margin < 0 || margin > 8)
            continue; // not anchored to the right edge
        const sal_Int32 stretched = logical - x - margin;
        if (stretched != property(model, "Width", sal_Int32(0)))
            model->setPropertyValue("Width", uno::Any(stretched));
    }
    window_->setPosSize(0, 0, width, height_, awt::PosSize::SIZE);
    return height_;
}

void PanelWindow::dispose()
{
    if (const uno::Reference<lang::XComponent> component{window_, uno::UNO_QUERY}; component.is())
        component->dispose();
    window_.clear();
    controls_ = DialogControls();
}

} // namespace kat::addin
