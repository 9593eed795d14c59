// The mapping dialog (dialogs/MappingDialog.xdl): which column holds each field of the
// table, and for opportunities the stage model — a built-in one or the user's own. What
// the user confirms is kept in the workbook and wins over detection from then on.
#pragma once

#include "panel_behaviour.hxx"

namespace kat::addin {

// True when the user confirmed (and the mapping was stored).
bool run_mapping_dialog(const PanelContext& context, TableKind kind, const SourceTable& table);

} // namespace kat::addin
