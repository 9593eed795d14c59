// Writes docs/FUNCTIONS.md from the function table the Function Wizard reads, so the docs
// cannot drift from what users see in Calc. `--check FILE` exits 1 when FILE differs.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "functions/registry.hpp"

namespace {

std::string render()
{
    std::ostringstream out;
    out << "# Sheet functions · 工作表函数\n\n"
        << "Generated from the function registry (`core/functions/`) by `tools/gen_function_docs` — the same\n"
        << "table the Function Wizard reads. Do not edit by hand: run\n"
        << "`build/tools/gen_function_docs > docs/FUNCTIONS.md`.\n\n"
        << "All functions are in the Function Wizard's **Add-In** category. Arguments in [brackets]\n"
        << "are optional. Errors: `#VALUE!` for unreadable input or ranges of different sizes,\n"
        << "`#N/A` for an unknown stage, role or person, `#DIV/0!` for a ratio over zero.\n";
    for (const kat::functions::Function& f : kat::functions::all()) {
        out << "\n## " << f.display << "(";
        for (std::size_t i = 0; i < f.arguments.size(); ++i) {
            const auto& a = f.arguments[i];
            out << (i ? "; " : "") << (a.optional ? "[" : "") << a.name.en << (a.optional ? "]" : "");
        }
        out << ")\n\n" << f.description.en << "\n\n" << f.description.zh << "\n\n";
        out << "| argument | 参数 | description | 说明 |\n|---|---|---|---|\n";
        for (const auto& a : f.arguments)
            out << "| " << a.name.en << (a.optional ? " (optional)" : "") << " | " << a.name.zh
                << (a.optional ? "(可选)" : "") << " | " << a.description.en << " | " << a.description.zh << " |\n";
    }
    return out.str();
}

} // namespace

int main(int argc, char** argv)
{
    const std::string doc = render();
    if (argc == 3 && std::string(argv[1]) == "--check") {
        std::ifstream file(argv[2], std::ios::binary);
        std::stringstream committed;
        committed << file.rdbuf();
        if (committed.str() != doc) {
            std::cerr << argv[2] << " is out of date with the function table; regenerate it with\n"
                      << "  build/tools/gen_function_docs > docs/FUNCTIONS.md\n";
            return 1;
        }
        std::cout << "docs/FUNCTIONS.md matches the function table\n";
        return 0;
    }
    std::cout << doc;
    return 0;
}
