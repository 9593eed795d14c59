// An engine's input read from a mapped table: one place that knows which fields feed it
// and that an unmapped optional field is "not given", for the sheet builders and the
// sidebar alike.
#pragma once

#include <vector>

#include "result.hpp"
#include "stakeholders/stakeholder.hpp"
#include "tables/table_mapping.hpp"

namespace kat {

// The people of a stakeholder list (name; role, influence, support, contact, counterpart
// when mapped).
Result<std::vector<Stakeholder>> stakeholders_in(const Grid& grid, const DetectedTable& table);

} // namespace kat
