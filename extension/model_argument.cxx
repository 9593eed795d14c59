#include "model_argument.hxx"

#include <rtl/ustring.hxx>

#include "cell_convert.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {

Result<ModelArgument> ModelArgument::from_any(const uno::Any& model)
{
    ModelArgument argument;
    if (is_omitted(model))
        return argument;

    rtl::OUString name;
    if (model >>= name) {
        const StageModel* built_in = StageModel::built_in(to_utf8(name));
        if (!built_in)
            return make_error(ErrorKind::BadArgument, "unknown stage model '" + to_utf8(name) + "'");
        argument.built_in_ = built_in;
        return argument;
    }

    AnyRange range;
    if (!(model >>= range))
        return make_error(ErrorKind::BadArgument, "the model must be a name or a two-column range");
    Result<StageModel> user_model = StageModel::from_rows(rows_from_range(range));
    if (!user_model.ok())
        return user_model.error();
    argument.user_model_ = std::make_shared<const StageModel>(std::move(user_model.value()));
    return argument;
}

} // namespace kat::addin
