// The optional `model` argument of the PIPELINE functions: a built-in model's name or a
// user's range, resolved once per call.
#pragma once

#include <memory>

#include <com/sun/star/uno/Any.hxx>

#include "pipeline/stage_model.hpp"
#include "result.hpp"

namespace kat::addin {

class ModelArgument {
public:
    // Omitted or "" → customer7; a name → that built-in model; a range → the user's model.
    static Result<ModelArgument> from_any(const ::com::sun::star::uno::Any& model);

    const StageModel& model() const { return user_model_ ? *user_model_ : *built_in_; }

private:
    const StageModel* built_in_ = &StageModel::customer7();
    std::shared_ptr<const StageModel> user_model_;
};

} // namespace kat::addin
