// Campaign and customer-cluster event ROI (seed 001 客户集成销售, seed 003 §4.1
// 市场活动投入产出): what each campaign cost and what it brought into the funnel.
#pragma once

#include "i18n/labels.hpp"
#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat {

struct CampaignColumns {
    const Column* campaigns = nullptr;      // the campaign list: name, cost, attendees
    const Column* costs = nullptr;
    const Column* attendees = nullptr;
    const Column* deal_campaigns = nullptr; // the deals: which campaign sourced them
    const Column* deal_amounts = nullptr;
    const Column* deal_stages = nullptr;
};

// Campaign | Cost | Attendees | Cost per attendee | Deals | Pipeline | Weighted | Won | ROI
// per campaign in list order, a row for deals naming no listed campaign (if any), then
// Total. Pipeline and Weighted cover open deals; Won is the won amount; ROI = (won − cost)
// ÷ cost. Deals with a blank campaign are not campaign-sourced and are left out.
Result<Table> campaign_roi_table(const CampaignColumns& columns, const StageModel& model, Language language);

} // namespace kat
