#include "values/read_number.hpp"

#include <charconv>
#include <cmath>
#include <string>

#include "text/fold.hpp"

namespace kat {
namespace {

bool consume_prefix(std::string& s, std::string_view prefix)
{
    if (s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0) {
        s.erase(0, prefix.size());
        return true;
    }
    return false;
}

bool consume_suffix(std::string& s, std::string_view suffix)
{
    if (s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
        s.erase(s.size() - suffix.size());
        return true;
    }
    return false;
}

std::string ascii_lower(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Currency marks that may stand before or after an amount. After NFKC, ￥ is ¥.
constexpr std::string_view currency_marks[] = {"¥", "$", "€", "£", "rmb", "cny", "usd", "eur", "元", "円"};

// Chinese and Western magnitude words at the end of an amount.
struct Magnitude {
    std::string_view suffix;
    double factor;
};
constexpr Magnitude magnitudes[] = {
    {"百万", 1e6}, {"千万", 1e7}, {"万", 1e4}, {"亿", 1e8}, {"千", 1e3}, {"k", 1e3}, {"m", 1e6},
};

} // namespace

NumberReading read_number_text(std::string_view raw)
{
    NumberReading reading;
    std::string s = ascii_lower(normalize_script_and_width(trim(raw)));
    // Drop grouping marks and inner spaces: "1,200", "1 200", "1'200".
    std::string compact;
    compact.reserve(s.size());
    for (char c : s)
        if (c != ',' && c != ' ' && c != '\'' && c != '\t')
            compact.push_back(c);
    s = std::move(compact);
    if (s.empty())
        return reading; // Blank

    bool negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true; // accounting style (1,200)
        s = s.substr(1, s.size() - 2);
    }
    if (consume_prefix(s, "-"))
        negative = !negative;
    else
        consume_prefix(s, "+");

    for (std::string_view mark : currency_marks)
        if (consume_prefix(s, mark) || consume_suffix(s, mark))
            break;
    if (consume_prefix(s, "-"))
        negative = !negative; // "¥-40"

    double factor = 1.0;
    if (consume_suffix(s, "%")) {
        factor = 0.01;
        reading.had_percent_sign = true;
    } else {
        for (const Magnitude& m : magnitudes)
            if (consume_suffix(s, m.suffix)) {
                factor = m.factor;
                break;
            }
        for (std::string_view mark : currency_marks) // "40万元"
            if (consume_suffix(s, mark))
                break;
    }
    if (s.empty()) {
        reading.state = NumberReading::State::Unreadable;
        return reading;
    }

    double value = 0.0;
    const char* first = s.data();
    const char* last = s.data() + s.size();
    auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec != std::errc() || end != last || !std::isfinite(value)) {
        reading.state = NumberReading::State::Unreadable;
        return reading;
    }
    reading.state = NumberReading::State::Value;
    reading.value = (negative ? -value : value) * factor;
    return reading;
}

NumberReading read_number(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Number:
        if (!std::isfinite(cell.number))
            return {NumberReading::State::Unreadable, 0.0, false};
        return {NumberReading::State::Value, cell.number, false};
    case Cell::Kind::Text:
        return read_number_text(cell.text);
    case Cell::Kind::Error:
        break;
    }
    return {NumberReading::State::Unreadable, 0.0, false};
}

NumberReading read_percentage(const Cell& cell)
{
    NumberReading reading = read_number(cell);
    // "30%" is already 0.3; a bare 30 means 30 %; 0.3 is a fraction. 1 is 100 %.
    if (reading.is_value() && !reading.had_percent_sign && reading.value > 1.0)
        reading.value /= 100.0;
    return reading;
}

NumberReading read_probability(const Cell& cell)
{
    NumberReading reading = read_percentage(cell);
    if (!reading.is_value())
        return reading;
    if (reading.value < 0.0 || reading.value > 1.0)
        reading.state = NumberReading::State::Unreadable;
    return reading;
}

} // namespace kat
