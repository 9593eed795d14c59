#include "pipeline/stage_model_text.hpp"

#include <boost/algorithm/string/classification.hpp>
#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

namespace kat {

std::string stage_model_text(const StageModel& model)
{
    std::string text;
    for (const Stage& stage : model.stages())
        text += stage.name + "=" + std::to_string(static_cast<int>(stage.probability * 100 + 0.5)) + "%\n";
    return text;
}

std::vector<std::vector<Cell>> stage_rows_from_text(std::string_view text)
{
    std::vector<std::vector<Cell>> rows;
    std::vector<std::string> lines;
    boost::split(lines, text, boost::is_any_of("\n"));
    for (std::string line : lines) {
        boost::trim(line);
        if (line.empty())
            continue;
        // The last separator splits: a stage name may itself hold "=" or ":" but not a rate.
        const std::size_t split = line.find_last_of("=:\t");
        const std::string fullwidth_colon = "\xEF\xBC\x9A"; // ：
        const std::size_t wide = line.rfind(fullwidth_colon);
        if (wide != std::string::npos && (split == std::string::npos || wide > split)) {
            rows.push_back({Cell::of(boost::trim_copy(line.substr(0, wide))),
                            Cell::of(boost::trim_copy(line.substr(wide + fullwidth_colon.size())))});
        } else if (split != std::string::npos) {
            rows.push_back({Cell::of(boost::trim_copy(line.substr(0, split))), Cell::of(boost::trim_copy(line.substr(split + 1)))});
        } else {
            rows.push_back({Cell::of(line), Cell::empty()});
        }
    }
    return rows;
}

} // namespace kat
