#include "workbook_settings.hxx"

#include <cstdlib>

#include "pipeline/stage_model.hpp"
#include "source_table.hxx"
#include "uno_text.hxx"
#include "values/cell_text.hpp"

using namespace ::com::sun::star;

namespace kat::addin {

StageModelSetting stored_stage_model(const uno::Reference<frame::XModel>& model)
{
    StageModelSetting setting;
    setting.name = to_utf8(stored_setting(model, "KeyAccount.StageModel"));
    setting.custom = to_utf8(stored_setting(model, "KeyAccount.StageModel.Custom"));
    if (setting.name != "custom" && !StageModel::built_in(setting.name))
        setting.name.clear();
    return setting;
}

void store_stage_model(const uno::Reference<frame::XModel>& model, const StageModelSetting& setting)
{
    store_setting(model, "KeyAccount.StageModel", from_utf8(setting.name));
    store_setting(model, "KeyAccount.StageModel.Custom", from_utf8(setting.custom));
}

PolicyForm stored_policy(const uno::Reference<frame::XModel>& model)
{
    return policy_form_from_text(to_utf8(stored_setting(model, "KeyAccount.Policy")));
}

void store_policy(const uno::Reference<frame::XModel>& model, const PolicyForm& form)
{
    store_setting(model, "KeyAccount.Policy", from_utf8(policy_form_to_text(form)));
}

std::optional<double> stored_target(const uno::Reference<frame::XModel>& model)
{
    const std::string text = to_utf8(stored_setting(model, "KeyAccount.Target"));
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end == text.c_str() || *end != '\0' || !(value > 0.0))
        return std::nullopt;
    return value;
}

void store_target(const uno::Reference<frame::XModel>& model, std::optional<double> target)
{
    store_setting(model, "KeyAccount.Target", target ? from_utf8(cell_text(Cell::of(*target))) : rtl::OUString());
}

ChosenPeriod stored_review_period(const uno::Reference<frame::XModel>& model)
{
    return period_from_text(to_utf8(stored_setting(model, "KeyAccount.ReviewPeriod")));
}

void store_review_period(const uno::Reference<frame::XModel>& model, const ChosenPeriod& period)
{
    store_setting(model, "KeyAccount.ReviewPeriod", from_utf8(period_to_text(period)));
}

} // namespace kat::addin
