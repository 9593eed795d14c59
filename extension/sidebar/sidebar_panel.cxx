#include "sidebar_panel.hxx"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "mapping_dialog.hxx"

using namespace ::com::sun::star;

namespace kat::addin {

SidebarPanel::SidebarPanel(const PanelContext& context, const rtl::OUString& url, const uno::Reference<awt::XWindow>& parent,
                           std::unique_ptr<PanelBehaviour> behaviour)
    : context_(context), url_(url), parent_(parent), behaviour_(std::move(behaviour)), dispose_listeners_(listeners_mutex_)
{
}

SidebarPanel::~SidebarPanel() = default;

void SidebarPanel::start()
{
    window_.emplace(context_.context, parent_, behaviour_->dialog());
    const DialogControls& controls = window_->controls();
    const uno::Reference<awt::XActionListener> as_action(this);
    std::vector<const char*> buttons = behaviour_->buttons();
    buttons.push_back("EditMapping");
    for (const char* button : buttons) {
        controls.on_action(button, as_action);
        if (const uno::Reference<awt::XButton> b{controls.control(button), uno::UNO_QUERY}; b.is())
            b->setActionCommand(rtl::OUString::createFromAscii(button));
    }
    for (const char* field : behaviour_->fields())
        controls.on_focus(field, this);
    for (const char* list : behaviour_->lists())
        controls.on_item(list, this);
    parent_->addWindowListener(this);
    if (const uno::Reference<view::XSelectionSupplier> selection{context_.frame->getController(), uno::UNO_QUERY}; selection.is())
        selection->addSelectionChangeListener(this);
    behaviour_->load_settings(controls, context_);
    schedule();
}

// --- XUIElement, XToolPanel, XSidebarPanel ---

uno::Reference<frame::XFrame> SidebarPanel::getFrame() { return context_.frame; }
rtl::OUString SidebarPanel::getResourceURL() { return url_; }
sal_Int16 SidebarPanel::getType() { return ui::UIElementType::TOOLPANEL; }
uno::Reference<uno::XInterface> SidebarPanel::getRealInterface() { return static_cast<ui::XToolPanel*>(this); }

uno::Reference<awt::XWindow> SidebarPanel::getWindow()
{
    return window_ ? window_->window() : nullptr;
}

uno::Reference<accessibility::XAccessible> SidebarPanel::createAccessible(const uno::Reference<accessibility::XAccessible>&)
{
    return uno::Reference<accessibility::XAccessible>(getWindow(), uno::UNO_QUERY);
}

ui::LayoutSize SidebarPanel::getHeightForWidth(sal_Int32 width)
{
    try {
        const sal_Int32 height = window_ ? window_->fit_width(width) : 0;
        return ui::LayoutSize(height, height, height);
    } catch (...) {
        return ui::LayoutSize(0, 0, 0);
    }
}

// Never narrower than designed: the deck scrolls rather than clip a figure.
sal_Int32 SidebarPanel::getMinimalWidth() { return window_ ? window_->designed_width() : 0; }

// --- XComponent ---

void SidebarPanel::dispose()
{
    if (disposed_)
        return;
    disposed_ = true;
    const uno::Reference<uno::XInterface> self(static_cast<ui::XToolPanel*>(this));
    try {
        watch(std::nullopt);
        if (const uno::Reference<view::XSelectionSupplier> selection{context_.frame->getController(), uno::UNO_QUERY}; selection.is())
            selection->removeSelectionChangeListener(this);
    } catch (...) {
    }
    try {
        if (parent_.is())
            parent_->removeWindowListener(this);
        if (window_)
            window_->dispose();
    } catch (...) {
    }
    window_.reset();
    dispose_listeners_.disposeAndClear(lang::EventObject(self));
}

void SidebarPanel::addEventListener(const uno::Reference<lang::XEventListener>& l) { dispose_listeners_.addInterface(l); }
void SidebarPanel::removeEventListener(const uno::Reference<lang::XEventListener>& l) { dispose_listeners_.removeInterface(l); }

// --- listeners: each body is guarded, nothing escapes into the office ---

void SidebarPanel::windowResized(const awt::WindowEvent& event)
{
    try {
        if (window_)
            window_->fit_width(event.Width);
    } catch (...) {
    }
}

void SidebarPanel::windowShown(const lang::EventObject&) { schedule(); }

void SidebarPanel::actionPerformed(const awt::ActionEvent& event)
{
    if (disposed_ || !window_)
        return;
    try {
        const std::string button = std::string(rtl::OUStringToOString(event.ActionCommand, RTL_TEXTENCODING_UTF8).getStr());
        if (button == "EditMapping") {
            // A modal dialog belongs on the office's main loop: run it from there, after the
            // click has returned (a click may come from assistive technology on another thread).
            mapping_requested_ = true;
            refresh_pending_ = false;
            schedule();
        } else
            behaviour_->press(window_->controls(), context_, button);
    } catch (...) {
        window_->controls().set_text("Status", window_->controls().string("Common.Failed"));
    }
}

void SidebarPanel::focusLost(const awt::FocusEvent& event)
{
    if (disposed_ || !window_)
        return;
    try {
        const std::string field = control_named(event.Source, behaviour_->fields());
        if (!field.empty() && behaviour_->commit(window_->controls(), context_, field))
            show();
    } catch (...) {
    }
}

void SidebarPanel::itemStateChanged(const awt::ItemEvent& event)
{
    if (disposed_ || !window_)
        return;
    try {
        const std::string list = control_named(event.Source, behaviour_->lists());
        if (!list.empty() && behaviour_->commit(window_->controls(), context_, list))
            show();
    } catch (...) {
    }
}

void SidebarPanel::selectionChanged(const lang::EventObject&) { schedule(); }

void SidebarPanel::modified(const lang::EventObject&)
{
    table_changed_ = true;
    schedule();
}

void SidebarPanel::disposing(const lang::EventObject& event)
{
    if (event.Source == watched_)
        watched_.clear();
}

void SidebarPanel::notify(const uno::Any&)
{
    refresh_pending_ = false;
    try {
        if (mapping_requested_) {
            mapping_requested_ = false;
            edit_mapping();
            return;
        }
        // KAT_TRACE_PANEL=1 in the office's environment: each recompute's cost on stderr,
        // for bench/sidebar_refresh.py (the panel runs on the office's main thread).
        static const bool trace = std::getenv("KAT_TRACE_PANEL") != nullptr;
        const auto start = std::chrono::steady_clock::now();
        const bool read = refresh();
        if (trace)
            std::fprintf(stderr, "kat-panel %s %s %.3f ms\n", behaviour_->dialog(), read ? "read" : "kept",
                         std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    } catch (...) {
        // A sheet deleted under us, a document closing: show nothing rather than fail.
        shown_table_.reset();
        shown_region_.reset();
    }
}

// --- the work ---

void SidebarPanel::schedule()
{
    if (refresh_pending_ || disposed_)
        return;
    try {
        // Later, once: a burst of edits or cursor moves costs one recompute.
        awt::AsyncCallback::create(context_.context)->addCallback(this, uno::Any());
        refresh_pending_ = true;
    } catch (...) {
    }
}

bool SidebarPanel::refresh()
{
    if (disposed_ || !window_)
        return false;
    const std::optional<SheetRegion> here = region_under_cursor(context_.model);
    const bool moved = !(here && cursor_region_ && here->same_place(*cursor_region_));
    if (!moved && !table_changed_)
        return false; // the cursor moved inside the same table: nothing to read
    cursor_region_ = here;
    if (here && shown_region_ && here->same_place(*shown_region_) && !table_changed_) {
        problem_.clear(); // back in the table already read
        show();
        return false;
    }
    const TableKind kind = behaviour_->table_kind();

    bool adopted = false;
    if (here) {
        Result<SourceTable> read = table_in_region(context_.model, *here, kind, false);
        if (read.ok()) {
            shown_table_ = std::move(read.value());
            shown_region_ = here;
            problem_.clear();
            watch(here);
            adopted = true;
        } else {
            problem_ = read.error().message;
        }
    }
    if (!adopted && table_changed_ && shown_region_) {
        // The shown table changed while the cursor is elsewhere: read it again where it is now.
        const std::optional<SheetRegion> again =
            region_around(shown_region_->sheet, shown_region_->address.StartColumn, shown_region_->address.StartRow);
        Result<SourceTable> read = again ? table_in_region(context_.model, *again, kind, false)
                                         : Result<SourceTable>(make_error(ErrorKind::NotFound, "gone"));
        if (read.ok()) {
            shown_table_ = std::move(read.value());
            shown_region_ = again;
            watch(again);
        } else {
            shown_table_.reset();
            shown_region_.reset();
            watch(std::nullopt);
        }
    }
    table_changed_ = false;
    show();
    return true;
}

void SidebarPanel::show()
{
    if (!window_)
        return;
    PanelTable shown;
    shown.table = shown_table_ ? &*shown_table_ : nullptr;
    shown.elsewhere = !(cursor_region_ && shown_region_ && cursor_region_->same_place(*shown_region_));
    shown.problem = problem_;
    behaviour_->show(window_->controls(), context_, shown);
}

void SidebarPanel::watch(const std::optional<SheetRegion>& region)
{
    if (watched_.is()) {
        watched_->removeModifyListener(this);
        watched_.clear();
    }
    if (!region)
        return;
    // One row and one column more: a deal appended under the table or a column added
    // beside it changes the table too.
    const table::CellRangeAddress& a = region->address;
    uno::Reference<table::XCellRange> range;
    try {
        range = region->sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn + 1, a.EndRow + 1);
    } catch (const uno::Exception&) { // at the sheet's last row or column
        range = region->sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow);
    }
    watched_.set(range, uno::UNO_QUERY);
    if (watched_.is())
        watched_->addModifyListener(this);
}

std::string SidebarPanel::control_named(const uno::Reference<uno::XInterface>& source, const std::vector<const char*>& names) const
{
    for (const char* name : names)
        if (window_->controls().control(name) == source)
            return name;
    return {};
}

void SidebarPanel::edit_mapping()
{
    const DialogControls& controls = window_->controls();
    if (!shown_table_) {
        controls.set_text("Status", controls.string("Common.NothingToMap"));
        return;
    }
    if (run_mapping_dialog(context_, behaviour_->table_kind(), *shown_table_)) {
        table_changed_ = true;
        cursor_region_.reset();
        // Read again where the mapping was fixed, wherever the cursor is now.
        if (shown_region_) {
            Result<SourceTable> read = table_in_region(context_.model, *shown_region_, behaviour_->table_kind(), false);
            if (read.ok())
                shown_table_ = std::move(read.value());
        }
        table_changed_ = false;
        show();
        controls.set_text("Status", controls.string("Common.MappingSaved"));
    }
}

} // namespace kat::addin
