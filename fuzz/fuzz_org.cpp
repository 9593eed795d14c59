// The organisation: names and managers (columns 0, 1) — cycles, unknown managers,
// duplicates — chains of command and the tidy layout of the whole forest.
#include "fuzz_input.hpp"
#include "org/org_structure.hpp"
#include "org/tidy_tree_layout.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    const Grid grid = fuzz::grid_of(data, size);
    const Result<OrgStructure> org = OrgStructure::read(fuzz::column_of(grid, 0), fuzz::column_of(grid, 1));
    if (!org.ok())
        return 0;
    const OrgStructure& o = org.value();
    for (std::size_t p = 0; p < o.size(); ++p) {
        (void)o.chain_of_command(p);
        (void)o.depth(p);
        (void)o.reports_below(p, p % 2 == 0);
    }
    (void)org_problem_lines(o, Language::Chinese);
    std::vector<BoxSize> sizes;
    for (std::size_t p = 0; p < o.size(); ++p)
        sizes.push_back(box_size_for(o.name(p), ""));
    (void)tidy_tree_layout(o.tree_parents(), sizes);
    return 0;
}
