// The deal columns of a PIPELINE call, converted once from the ranges Calc passed.
#pragma once

#include <com/sun/star/uno/Any.hxx>

#include "cell_convert.hxx"
#include "pipeline/deal.hpp"

namespace kat::addin {

class DealRanges {
public:
    DealRanges& amounts(const AnyRange& range) { return set(amounts_, columns_.amounts, range); }
    DealRanges& stages(const AnyRange& range) { return set(stages_, columns_.stages, range); }
    DealRanges& categories(const AnyRange& range) { return set(categories_, columns_.categories, range); }
    DealRanges& created(const AnyRange& range) { return set(created_, columns_.created, range); }
    DealRanges& closed(const AnyRange& range) { return set(closed_, columns_.closed, range); }
    DealRanges& groups(const AnyRange& range) { return set(groups_, columns_.groups, range); }
    // Optional arguments: left out when omitted.
    DealRanges& probabilities(const ::com::sun::star::uno::Any& value)
    {
        return is_omitted(value) ? *this : set(probabilities_, columns_.probabilities, range_from_any(value));
    }
    DealRanges& stages(const ::com::sun::star::uno::Any& value)
    {
        return is_omitted(value) ? *this : set(stages_, columns_.stages, range_from_any(value));
    }
    DealRanges& stage_required()
    {
        columns_.stage_required = true;
        return *this;
    }
    bool has_stages() const { return columns_.stages != nullptr; }

    Result<DealSet> read(const StageModel& model) const { return read_deals(columns_, model); }
    const DealColumns& columns() const { return columns_; }

private:
    DealRanges& set(Column& storage, const Column*& slot, const AnyRange& range)
    {
        storage = column_from_range(range);
        slot = &storage;
        return *this;
    }

    Column amounts_, stages_, probabilities_, categories_, created_, closed_, groups_;
    DealColumns columns_;
};

} // namespace kat::addin
