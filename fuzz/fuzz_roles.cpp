// Buying roles: stakeholders from columns (name, role, influence, support, contact,
// counterpart), the role matrix, coverage and red flags.
#include "fuzz_input.hpp"
#include "stakeholders/buying_role.hpp"
#include "stakeholders/role_map.hpp"
#include "stakeholders/stakeholder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    const Grid grid = fuzz::grid_of(data, size);
    Column c[6];
    for (std::size_t i = 0; i < 6; ++i)
        c[i] = fuzz::column_of(grid, i);
    const Result<std::vector<Stakeholder>> people = read_stakeholders({&c[0], &c[1], &c[2], &c[3], &c[4], &c[5]});
    if (!people.ok())
        return 0;
    (void)role_matrix(people.value(), Language::Chinese);
    (void)role_coverage(people.value());
    const std::vector<RedFlag> flags = red_flags(people.value());
    (void)red_flag_table(flags, Language::English);
    return 0;
}
