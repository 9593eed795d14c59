#include "mapping_dialog.hxx"

#include <algorithm>

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include "reports/funnel_report.hpp"
#include "reports/report_sheet.hpp"
#include "uno_text.hxx"
#include "values/cell_text.hpp"
#include "workbook_settings.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

constexpr std::size_t field_rows = 13; // rows laid out in MappingDialog.xdl
// ModelList's entries, in the layout's order.
const char* const model_names[] = {"", "customer7", "action5", "salesforce", "hubspot", "pipedrive", "custom"};
constexpr sal_Int16 model_count = sizeof model_names / sizeof model_names[0];

std::string row_control(std::size_t i, const char* what) { return "Field" + std::to_string(i + 1) + what; }

uno::Reference<awt::XListBox> list(const DialogControls& c, const std::string& name)
{
    return uno::Reference<awt::XListBox>(c.control(name.c_str()), uno::UNO_QUERY);
}

} // namespace

bool run_mapping_dialog(const PanelContext& context, TableKind kind, const SourceTable& table)
{
    const bool zh = context.language == Language::Chinese;
    uno::Sequence<beans::NamedValue> arguments(1);
    arguments[0] = beans::NamedValue(
        "ParentWindow", uno::Any(uno::Reference<awt::XWindowPeer>(context.frame->getContainerWindow(), uno::UNO_QUERY)));
    const uno::Reference<awt::XDialog> dialog = awt::DialogProvider2::create(context.context)
        ->createDialogWithArguments(dialog_url(context.context, "MappingDialog"), arguments);
    if (!dialog.is())
        return false;
    struct Disposer {
        uno::Reference<awt::XDialog> d;
        ~Disposer() { if (uno::Reference<lang::XComponent> c{d, uno::UNO_QUERY}; c.is()) c->dispose(); }
    } disposer{dialog};
    const DialogControls c(uno::Reference<awt::XControlContainer>(dialog, uno::UNO_QUERY_THROW));

    // The table's headers as choices, "(none)" first; a blank header is named by its column.
    const std::vector<Cell>& header = table.grid[table.table.header_row];
    uno::Sequence<rtl::OUString> choices(static_cast<sal_Int32>(header.size() + 1));
    choices[0] = c.string("MappingDialog.None");
    for (std::size_t col = 0; col < header.size(); ++col) {
        const std::string letter = column_name(table.place.first_column + col);
        const std::string text = cell_text(header[col]);
        choices[static_cast<sal_Int32>(col + 1)] = from_utf8(text.empty() ? letter : letter + " · " + text);
    }

    const std::vector<Field>& fields = fields_of(kind);
    const std::vector<Field>& required = required_fields(kind);
    for (std::size_t i = 0; i < field_rows; ++i) {
        const bool used = i < fields.size();
        c.set_visible(row_control(i, "Label").c_str(), used);
        c.set_visible(row_control(i, "List").c_str(), used);
        if (!used)
            continue;
        const Field f = fields[i];
        const bool needed = std::find(required.begin(), required.end(), f) != required.end();
        c.set_text(row_control(i, "Label").c_str(), from_utf8(field_title(f, zh ? Language::Chinese : Language::English) + (needed ? " *" : "")));
        const uno::Reference<awt::XListBox> box = list(c, row_control(i, "List"));
        box->addItems(choices, 0);
        const std::optional<std::size_t> column = table.table.mapping.column_of(f);
        box->selectItemPos(static_cast<sal_Int16>(column ? *column + 1 : 0), true);
    }

    const bool opportunities = kind == TableKind::Opportunities;
    for (const char* name : {"ModelLabel", "ModelList", "CustomLabel", "CustomModel"})
        c.set_visible(name, opportunities);
    const StageModelSetting kept = stored_stage_model(context.model);
    if (opportunities) {
        sal_Int16 chosen = 0;
        for (sal_Int16 i = 0; i < model_count; ++i)
            if (kept.name == model_names[i])
                chosen = i;
        list(c, "ModelList")->selectItemPos(chosen, true);
        const Column stages = field_column(table.grid, table.table, Field::Stage);
        const std::string starting_point =
            kept.custom.empty() ? stage_model_text(*choose_stage_model(stages).model) : kept.custom;
        c.set_text("CustomModel", from_utf8(starting_point));
    }

    if (dialog->execute() != 1) // OK
        return false;

    ColumnMapping mapping;
    for (std::size_t i = 0; i < fields.size() && i < field_rows; ++i) {
        const sal_Int16 pos = list(c, row_control(i, "List"))->getSelectedItemPos();
        if (pos > 0)
            mapping.set(fields[i], static_cast<std::size_t>(pos - 1));
    }
    store_mapping(context.model, kind, table.place, table.table.header_row, mapping);
    if (opportunities) {
        const sal_Int16 pos = list(c, "ModelList")->getSelectedItemPos();
        StageModelSetting setting;
        setting.name = pos >= 0 && pos < model_count ? model_names[pos] : "";
        setting.custom = to_utf8(c.text("CustomModel"));
        store_stage_model(context.model, setting);
    }
    return true;
}

} // namespace kat::addin
