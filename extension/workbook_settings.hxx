// What a workbook remembers for the extension, in its own document properties
// ("KeyAccount.…", kept by .ods and .xlsx): the stage model, the rebate policy and the
// sales target the sidebar edits, so a colleague opening the file gets the same reports.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/frame/XModel.hpp>

#include "icm/policy_form.hpp"
#include "pipeline/review_period.hpp"

namespace kat::addin {

struct StageModelSetting {
    std::string name;   // "" = best match for the data, "customer7", "action5", "custom"
    std::string custom; // the custom model's "stage=probability" lines
};

StageModelSetting stored_stage_model(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model);
void store_stage_model(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                       const StageModelSetting& setting);

// The seed's policy until the user changes one field.
PolicyForm stored_policy(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model);
void store_policy(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model, const PolicyForm& form);

std::optional<double> stored_target(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model);
void store_target(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model, std::optional<double> target);

// The forecast review's period (the Funnel panel's list; a custom period's dates).
ChosenPeriod stored_review_period(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model);
void store_review_period(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                         const ChosenPeriod& period);

} // namespace kat::addin
