#include "pipeline/model_choice.hpp"

#include <algorithm>
#include <unordered_map>

#include "text/fold.hpp"

namespace kat {
namespace {

struct StageWords {
    int rank;            // position in the funnel
    double probability;
    std::vector<std::string_view> words; // matched inside the folded name
};

// Lost before won: "closed lost" must not read as won, nor "未成交" as won.
const std::vector<StageWords>& stage_words()
{
    static const std::vector<StageWords> table = {
        {7, 0.00, {"lost", "输", "丢单", "失单", "失败", "未成交", "放弃", "dead", "disqualif"}},
        {6, 1.00, {"won", "win", "closedwon", "赢单", "成交", "签单", "中标"}},
        {5, 0.80, {"negotiat", "contract", "commit", "谈判", "合同", "签约", "议价"}},
        {4, 0.55, {"proposal", "quote", "pricing", "propos", "报价", "方案", "投标", "立项"}},
        {3, 0.35, {"engag", "demo", "meeting", "present", "contactmade", "接触", "拜访", "演示", "沟通", "意向", "认可"}},
        {2, 0.20, {"qualif", "discover", "needs", "资格", "需求", "确认"}},
        {1, 0.10, {"prospect", "lead", "new", "cold", "线索", "潜在", "目标", "初步"}},
    };
    return table;
}

// The words that place a stage name in the funnel; nullptr when none does.
const StageWords* placed_by_words(const std::string& name)
{
    const std::string key = fold_key(name);
    for (const StageWords& words : stage_words())
        for (std::string_view word : words.words)
            if (key.find(fold_key(word)) != std::string::npos)
                return &words;
    return nullptr;
}

// A name no word places sits with the engaged stages.
const StageWords& words_of(const std::string& name)
{
    static const StageWords unplaced{3, 0.35, {}};
    const StageWords* words = placed_by_words(name);
    return words ? *words : unplaced;
}

std::u32string code_points(const std::string& utf8)
{
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        char32_t c = len == 1 ? lead : len == 2 ? (lead & 0x1F) : len == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out.push_back(c);
        i += len;
    }
    return out;
}

// A near miss of a name the model knows — "意向客" for 意向客户, "Negotation" — is a typo
// to report (#N/A), not a stage of its own.
bool near_miss(const std::string& text, const StageModel& model)
{
    const std::u32string a = code_points(fold_key(text));
    for (const Stage& stage : model.stages())
        for (const std::string* known : {&stage.name, &stage.english_name}) {
            const std::u32string b = code_points(fold_key(*known));
            if (a.empty() || b.empty())
                continue;
            // Edit distance, one row at a time; a miss of one letter in four at most.
            std::vector<std::size_t> row(b.size() + 1);
            for (std::size_t j = 0; j <= b.size(); ++j)
                row[j] = j;
            for (std::size_t i = 1; i <= a.size(); ++i) {
                std::size_t diagonal = row[0];
                row[0] = i;
                for (std::size_t j = 1; j <= b.size(); ++j) {
                    const std::size_t above = row[j];
                    row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
                    diagonal = above;
                }
            }
            if (row[b.size()] <= std::max<std::size_t>(1, std::max(a.size(), b.size()) / 4))
                return true;
        }
    return false;
}

} // namespace

StageModel model_from_stage_names(const std::vector<std::string>& names)
{
    std::vector<std::pair<const StageWords*, std::size_t>> placed; // words, order of first appearance
    for (std::size_t i = 0; i < names.size(); ++i)
        placed.emplace_back(&words_of(names[i]), i);
    std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.first->rank < b.first->rank; });
    std::vector<std::vector<Cell>> rows;
    for (const auto& [words, i] : placed)
        rows.push_back({Cell::of(names[i]), Cell::of(words->probability)});
    Result<StageModel> model = StageModel::from_rows(rows);
    return model.ok() ? std::move(model.value()) : StageModel::customer7();
}

ModelChoice choose_stage_model(const Column& stages)
{
    // Each distinct text once: folding a name (ICU) costs far more than counting it.
    std::vector<std::string> distinct;
    std::unordered_map<std::string, std::size_t> counts;
    std::size_t rows = 0;
    for (const Cell& cell : stages) {
        if (cell.kind != Cell::Kind::Text || trim(cell.text).empty())
            continue;
        ++rows;
        if (counts[cell.text]++ == 0)
            distinct.push_back(cell.text);
    }
    const auto keep = [](const StageModel& model) { return std::shared_ptr<const StageModel>(&model, [](const StageModel*) {}); };
    if (distinct.empty())
        return {"customer7", keep(StageModel::customer7())};

    std::string best_name, fitting_name;
    const StageModel* best = nullptr;  // knows most rows
    const StageModel* fitting = nullptr;
    std::size_t best_known = 0, fitting_known = 0;
    for (std::string_view name : StageModel::built_in_names()) {
        const StageModel& model = *StageModel::built_in(name);
        std::size_t known = 0, unknown_names = 0;
        for (const std::string& text : distinct) {
            if (model.find(text))
                known += counts[text];
            else
                ++unknown_names;
        }
        if (!best || known > best_known) {
            best_name = std::string(name);
            best = &model;
            best_known = known;
        }
        const bool fits = unknown_names == 0 || (unknown_names == 1 && (rows - known) * 50 <= rows);
        if (fits && known > fitting_known) {
            fitting_name = std::string(name);
            fitting = &model;
            fitting_known = known;
        }
    }
    if (fitting)
        return {fitting_name, keep(*fitting)};
    // The data's own model only when every name the best model lacks reads as a stage of
    // a pipeline and is no near miss of a name it knows: otherwise the unknown names are
    // mistakes, reported as #N/A under the best model.
    const bool own_pipeline = std::all_of(distinct.begin(), distinct.end(), [&](const std::string& text) {
        return best->find(text) || (placed_by_words(text) != nullptr && !near_miss(text, *best));
    });
    if (!own_pipeline)
        return {best_name, keep(*best)};
    // Distinct names in order of first appearance, one per stage of the data's own model.
    std::vector<std::string> names;
    for (const std::string& text : distinct) {
        const std::string key = fold_key(text);
        if (std::none_of(names.begin(), names.end(), [&](const std::string& n) { return fold_key(n) == key; }))
            names.push_back(std::string(trim(text)));
    }
    return {"", std::make_shared<const StageModel>(model_from_stage_names(names))};
}

} // namespace kat
