// What differs between the deck's three panels (Funnel, Rebates, Stakeholders): their
// layout, the kind of table they read, what they show of it and what their buttons do.
// The common part — following the cursor and the table's edits, the mapping dialog,
// sizing in the deck — is SidebarPanel's.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "i18n/labels.hpp"
#include "panel_window.hxx"
#include "source_table.hxx"

namespace kat::addin {

struct PanelContext {
    ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext> context;
    ::com::sun::star::uno::Reference<::com::sun::star::frame::XFrame> frame;
    ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel> model;
    Language language = Language::English;
};

// The table a panel shows: the one under the cursor, or the last one seen when the cursor
// has moved off it (onto a report, an empty cell) — with why the cursor's place is none.
struct PanelTable {
    const SourceTable* table = nullptr; // nullptr: no table seen yet
    bool elsewhere = false;             // the cursor is not in it
    std::string problem;                // why the cursor's place is not a table (core's words)
};

class PanelBehaviour {
public:
    virtual ~PanelBehaviour() = default;

    virtual const char* dialog() const = 0; // the .xdl's name, also the resource prefix
    virtual TableKind table_kind() const = 0;
    virtual std::vector<const char*> buttons() const = 0;      // action-listened
    virtual std::vector<const char*> fields() const { return {}; } // committed when they lose focus
    virtual std::vector<const char*> lists() const { return {}; }  // committed when the item changes

    // Fill the settings fields from the workbook, once.
    virtual void load_settings(const DialogControls&, const PanelContext&) {}
    // Headline numbers of the table (computed by core from the grid already read).
    virtual void show(const DialogControls& controls, const PanelContext& context, const PanelTable& table) = 0;
    // A settings field changed: keep it in the workbook if valid; true when the headline
    // numbers depend on it.
    virtual bool commit(const DialogControls&, const PanelContext&, const std::string& /*control*/) { return false; }
    // A build button (not EditMapping, which SidebarPanel handles for every panel).
    virtual void press(const DialogControls& controls, const PanelContext& context, const std::string& button) = 0;
};

std::unique_ptr<PanelBehaviour> make_funnel_panel();
std::unique_ptr<PanelBehaviour> make_rebates_panel();
std::unique_ptr<PanelBehaviour> make_stakeholders_panel();

// Shared by the panels ----------------------------------------------------------------

// "$1 · $2 rows" with $1, $2… replaced in order.
rtl::OUString fill(rtl::OUString pattern, std::initializer_list<rtl::OUString> values);

// The "which table" line: kind, place, rows, and a note when the cursor is elsewhere.
rtl::OUString table_line(const DialogControls& controls, const PanelTable& shown);

// Runs vnd.keyaccount:<command> in the panel's frame, as the menu does, and shows its
// status line in the control "Status".
void run_report_command(const DialogControls& controls, const PanelContext& context, const char* command,
                        const ::com::sun::star::uno::Sequence<::com::sun::star::beans::PropertyValue>& arguments);

} // namespace kat::addin
