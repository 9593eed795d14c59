#include "functions/registry.hpp"

#include <stdexcept>

namespace kat::functions {

bool is_range_kind(ArgumentKind kind)
{
    switch (kind) {
    case ArgumentKind::Amounts:
    case ArgumentKind::Stages:
    case ArgumentKind::Probabilities:
    case ArgumentKind::Categories:
    case ArgumentKind::Dates:
    case ArgumentKind::Texts:
    case ArgumentKind::Numbers:
        return true;
    default:
        return false;
    }
}

std::size_t Function::required_count() const
{
    std::size_t required = 0;
    for (std::size_t i = 0; i < arguments.size(); ++i)
        if (!arguments[i].optional)
            required = i + 1;
    return required;
}

const std::vector<Function>& all()
{
    static const std::vector<Function> table = [] {
        std::vector<Function> functions;
        for (auto family : {pipeline_functions, account_functions, icm_functions, stakeholder_functions})
            for (Function& f : family())
                functions.push_back(std::move(f));
        return functions;
    }();
    return table;
}

const Function* by_programmatic(std::string_view programmatic)
{
    for (const Function& f : all())
        if (f.programmatic == programmatic)
            return &f;
    return nullptr;
}

const Function* by_display(std::string_view display)
{
    for (const Function& f : all())
        if (f.display == display)
            return &f;
    return nullptr;
}

Result<Answer> call(const Function& function, std::vector<Passed> arguments, Language language)
{
    if (arguments.size() > function.arguments.size())
        return make_error(ErrorKind::BadArgument, "too many arguments");
    arguments.resize(function.arguments.size(), Passed::left_out());
    Inputs inputs(function, std::move(arguments), language);
    const Result<bool> read = inputs.read();
    if (!read.ok())
        return read.error();
    return function.rule(inputs);
}

std::string formula_call(std::string_view display, const std::vector<std::string>& arguments)
{
    const Function* f = by_display(display);
    if (!f)
        throw std::invalid_argument("no sheet function " + std::string(display));
    if (arguments.size() < f->required_count() || arguments.size() > f->arguments.size())
        throw std::invalid_argument(std::string(display) + ": wrong number of arguments");
    std::string text = std::string(display) + "(";
    for (std::size_t i = 0; i < arguments.size(); ++i)
        text += (i ? ";" : "") + arguments[i];
    return text + ")";
}

} // namespace kat::functions
