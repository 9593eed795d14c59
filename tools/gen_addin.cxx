// Writes the add-in's UNO face from the function registry (core/functions), at build time:
//   OUT/idl/org/keyaccount/XKeyAccountFunctions.idl  the interface Calc introspects
//   OUT/addin_methods.hxx                            the method declarations (inside the class)
//   OUT/addin_methods.cxx                            each method: its arguments → invoke()
// so the IDL and the C++ cannot disagree with the registry. Files are rewritten only when
// their text changes, so an unchanged registry rebuilds nothing.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "functions/registry.hpp"

namespace {

namespace fs = std::filesystem;
using kat::functions::Argument;
using kat::functions::Function;

void write_if_changed(const fs::path& path, const std::string& text)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream old;
    old << in.rdbuf();
    if (in && old.str() == text)
        return;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string idl()
{
    std::ostringstream out;
    out << "/* Generated from core/functions (the function registry) by tools/gen_addin. Do not edit.\n"
           "   Ranges come in as sequence<sequence<any>> because users type amounts as text and stages as\n"
           "   names; optional arguments are any, void when omitted. Every function returns any: a number,\n"
           "   a text, an array or a Calc error. */\n\n"
           "module org { module keyaccount {\n\n"
           "interface XKeyAccountFunctions : com::sun::star::uno::XInterface\n{\n";
    for (const Function& f : kat::functions::all()) {
        out << "    any " << f.programmatic << "(";
        for (std::size_t i = 0; i < f.arguments.size(); ++i) {
            const Argument& a = f.arguments[i];
            out << (i ? ", " : " ") << "[in] " << (a.passed_as_range() ? "sequence< sequence< any > >" : "any") << " "
                << a.code;
        }
        out << " );\n";
    }
    out << "};\n\n}; };\n";
    return out.str();
}

std::string parameters(const Function& f, bool named)
{
    std::string text;
    for (std::size_t i = 0; i < f.arguments.size(); ++i) {
        const Argument& a = f.arguments[i];
        text += (i ? ", " : "");
        text += a.passed_as_range() ? "const AnyRange&" : "const ::com::sun::star::uno::Any&";
        if (named)
            text += " " + std::string(a.code);
    }
    return text;
}

std::string declarations()
{
    std::ostringstream out;
    out << "// Generated from core/functions by tools/gen_addin. Do not edit.\n";
    for (const Function& f : kat::functions::all())
        out << "::com::sun::star::uno::Any SAL_CALL " << f.programmatic << "(" << parameters(f, false) << ") override;\n";
    return out.str();
}

std::string definitions()
{
    std::ostringstream out;
    out << "// Generated from core/functions by tools/gen_addin. Do not edit.\n"
           "// Each method hands its arguments, as grids, to the one generic adapter (invoke).\n"
           "#include <utility>\n#include <vector>\n\n#include \"addin.hxx\"\n\n"
           "namespace kat::addin {\n";
    for (const Function& f : kat::functions::all()) {
        out << "\n::com::sun::star::uno::Any KeyAccountAddIn::" << f.programmatic << "(" << parameters(f, true) << ")\n{\n"
            << "    std::vector<functions::Passed> arguments;\n"
            << "    arguments.reserve(" << f.arguments.size() << ");\n";
        for (const Argument& a : f.arguments)
            out << "    arguments.push_back(passed_of(" << a.code << "));\n";
        out << "    return invoke(\"" << f.programmatic << "\", std::move(arguments));\n}\n";
    }
    out << "\n} // namespace kat::addin\n";
    return out.str();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: gen_addin OUTPUT_DIRECTORY\n";
        return 2;
    }
    const fs::path out = argv[1];
    write_if_changed(out / "idl/org/keyaccount/XKeyAccountFunctions.idl", idl());
    write_if_changed(out / "addin_methods.hxx", declarations());
    write_if_changed(out / "addin_methods.cxx", definitions());
    return 0;
}
