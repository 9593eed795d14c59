// The one table of sheet functions: names, arguments and their descriptions in en-US and
// zh-CN. The add-in answers the Function Wizard from it, and tools/gen_function_docs writes
// docs/FUNCTIONS.md from it. Plain C++ (no UNO) so both can use it.
#pragma once

#include <string_view>
#include <vector>

namespace kat::functions {

struct Text {
    std::string_view en; // en-US
    std::string_view zh; // zh-CN
};

struct Argument {
    Text name;
    Text description;
    bool optional = false;
};

struct Function {
    std::string_view programmatic; // the UNO method name, e.g. "pipelineWeighted"
    std::string_view display;      // the name users type, e.g. "PIPELINE.WEIGHTED"
    Text description;
    std::vector<Argument> arguments;
};

const std::vector<Function>& all();

// nullptr when no function has that programmatic (or display) name.
const Function* by_programmatic(std::string_view programmatic);
const Function* by_display(std::string_view display);

// The Function Wizard category (a fixed list in Calc 7.4; "Add-In" holds only ours).
inline constexpr std::string_view category = "Add-In";
inline constexpr Text category_display{"Key Account", "大客户"};

} // namespace kat::functions
