// One panel of the Key Account deck as the sidebar sees it: a UI element whose tool panel
// is the .xdl layout, sized by height-for-width. It follows the cursor (selection changes)
// and the edits of the table it shows (a modify listener on that range only), and
// recomputes later, once, on the office's main loop — never per keystroke elsewhere in
// the workbook, never by re-reading a table that did not change.
#pragma once

#include <memory>
#include <optional>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XFocusListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase11.hxx>
#include <cppuhelper/interfacecontainer.hxx>

#include "panel_behaviour.hxx"

namespace kat::addin {

class SidebarPanel
    : public cppu::WeakImplHelper11<::com::sun::star::ui::XUIElement, ::com::sun::star::ui::XToolPanel,
                                    ::com::sun::star::ui::XSidebarPanel, ::com::sun::star::lang::XComponent,
                                    ::com::sun::star::awt::XWindowListener, ::com::sun::star::awt::XActionListener,
                                    ::com::sun::star::awt::XFocusListener, ::com::sun::star::awt::XItemListener,
                                    ::com::sun::star::view::XSelectionChangeListener,
                                    ::com::sun::star::util::XModifyListener, ::com::sun::star::awt::XCallback> {
public:
    SidebarPanel(const PanelContext& context, const rtl::OUString& url,
                 const ::com::sun::star::uno::Reference<::com::sun::star::awt::XWindow>& parent,
                 std::unique_ptr<PanelBehaviour> behaviour);
    ~SidebarPanel() override;

    // Creates the window and starts listening; called once the object is referenced.
    void start();

    // XUIElement
    ::com::sun::star::uno::Reference<::com::sun::star::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    ::com::sun::star::uno::Reference<::com::sun::star::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    ::com::sun::star::uno::Reference<::com::sun::star::awt::XWindow> SAL_CALL getWindow() override;
    ::com::sun::star::uno::Reference<::com::sun::star::accessibility::XAccessible> SAL_CALL
    createAccessible(const ::com::sun::star::uno::Reference<::com::sun::star::accessibility::XAccessible>& parent) override;
    // XSidebarPanel: without it the deck gives the panel no height.
    ::com::sun::star::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XComponent
    void SAL_CALL dispose() override;
    void SAL_CALL addEventListener(const ::com::sun::star::uno::Reference<::com::sun::star::lang::XEventListener>& l) override;
    void SAL_CALL removeEventListener(const ::com::sun::star::uno::Reference<::com::sun::star::lang::XEventListener>& l) override;
    // XWindowListener (the deck resizes the parent window)
    void SAL_CALL windowResized(const ::com::sun::star::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const ::com::sun::star::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const ::com::sun::star::lang::EventObject&) override;
    void SAL_CALL windowHidden(const ::com::sun::star::lang::EventObject&) override {}
    // XActionListener, XFocusListener, XItemListener: the panel's own controls
    void SAL_CALL actionPerformed(const ::com::sun::star::awt::ActionEvent& event) override;
    void SAL_CALL focusGained(const ::com::sun::star::awt::FocusEvent&) override {}
    void SAL_CALL focusLost(const ::com::sun::star::awt::FocusEvent& event) override;
    void SAL_CALL itemStateChanged(const ::com::sun::star::awt::ItemEvent& event) override;
    // XSelectionChangeListener: the cursor moved (maybe to another table or sheet)
    void SAL_CALL selectionChanged(const ::com::sun::star::lang::EventObject&) override;
    // XModifyListener: the shown table's cells changed
    void SAL_CALL modified(const ::com::sun::star::lang::EventObject&) override;
    // XEventListener, for all of the above
    void SAL_CALL disposing(const ::com::sun::star::lang::EventObject& event) override;
    // XCallback: the deferred recompute
    void SAL_CALL notify(const ::com::sun::star::uno::Any&) override;

private:
    void schedule();
    bool refresh(); // true when a table was read
    void show();
    void watch(const std::optional<SheetRegion>& region);
    std::string control_named(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XInterface>& source,
                              const std::vector<const char*>& names) const;
    void edit_mapping();

    PanelContext context_;
    rtl::OUString url_;
    ::com::sun::star::uno::Reference<::com::sun::star::awt::XWindow> parent_;
    std::unique_ptr<PanelBehaviour> behaviour_;
    std::optional<PanelWindow> window_;

    std::optional<SheetRegion> shown_region_;  // where the shown table was read
    std::optional<SourceTable> shown_table_;
    std::optional<SheetRegion> cursor_region_; // the region under the cursor last time
    std::string problem_;
    bool table_changed_ = true;
    bool refresh_pending_ = false;
    bool mapping_requested_ = false; // the dialog runs from the main loop, not inside the click
    bool disposed_ = false;
    ::com::sun::star::uno::Reference<::com::sun::star::util::XModifyBroadcaster> watched_;

    ::osl::Mutex listeners_mutex_;
    cppu::OInterfaceContainerHelper dispose_listeners_;
};

} // namespace kat::addin
