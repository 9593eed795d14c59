// A starter workbook for a rep who has no table yet (SPEC §10): the three tables the
// extension reads — opportunities, a partner ledger, key people with the deal column —
// with headers in the UI language, drop-down lists of the words the readers know, and a
// few example rows to overwrite. Decided here; the extension only creates the document.
#pragma once

#include <string>
#include <vector>

#include "pipeline/stage_model.hpp"
#include "reports/report_sheet.hpp"

namespace kat {

struct StarterSheet {
    std::string name;
    TableKind kind = TableKind::Opportunities;
    Table rows;                                  // the header row, then the example rows
    std::vector<NumberFormat> formats;           // per column
    std::vector<std::vector<std::string>> choices; // per column: its drop-down list (empty: free entry)
    std::vector<long> widths;                    // per column, 1/100 mm
};

// Stage choices from the model (its stages in funnel order, Lost last); example dates
// around `today` (a Calc serial day).
std::vector<StarterSheet> starter_workbook(const StageModel& model, double today, Language language);

} // namespace kat
