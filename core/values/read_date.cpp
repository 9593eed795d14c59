#include "values/read_date.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "text/fold.hpp"

namespace kat {
namespace {

constexpr double first_serial = 1.0;       // 1899-12-31
constexpr double last_serial = 2958465.0;  // 9999-12-31

NumberReading unreadable() { return {NumberReading::State::Unreadable, 0.0, false}; }

NumberReading serial_of(int year, int month, int day)
{
    try {
        const boost::gregorian::date date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                          static_cast<unsigned short>(day));
        const boost::gregorian::date epoch(1899, 12, 30);
        return {NumberReading::State::Value, static_cast<double>((date - epoch).days()), false};
    } catch (const std::exception&) {
        return unreadable(); // 2026-02-30, month 13, year outside 1400…9999
    }
}

struct Part {
    long value;
    std::size_t digits;
};

} // namespace

NumberReading read_date_text(std::string_view raw)
{
    const std::string text = normalize_script_and_width(trim(raw));
    if (text.empty())
        return {};

    // Split into runs of digits; the separators between them must be date separators.
    std::vector<Part> parts;
    std::size_t i = 0;
    while (i < text.size() && parts.size() < 3) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= '0' && c <= '9') {
            long value = 0;
            std::size_t digits = 0;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 5) {
                value = value * 10 + (text[i] - '0');
                ++digits;
                ++i;
            }
            if (i < text.size() && text[i] >= '0' && text[i] <= '9')
                return unreadable(); // more than five digits in a row: not a date part
            parts.push_back({value, digits});
            continue;
        }
        const std::string_view rest(text.data() + i, text.size() - i);
        std::size_t skip = 0;
        if (c == '-' || c == '/' || c == '.')
            skip = 1;
        else if (rest.substr(0, 3) == "年" || rest.substr(0, 3) == "月")
            skip = 3;
        if (skip == 0 || parts.empty())
            return unreadable();
        i += skip;
    }
    if (parts.size() != 3)
        return unreadable();
    // What may follow: 日, then a time (" 10:30", "T10:30:00").
    std::string_view tail(text.data() + i, text.size() - i);
    if (tail.substr(0, 3) == "日")
        tail.remove_prefix(3);
    if (!tail.empty() && tail.front() != ' ' && tail.front() != 'T')
        return unreadable();

    if (parts[0].digits == 4)   // Y-M-D, Y/M/D, Y年M月D日
        return serial_of(static_cast<int>(parts[0].value), static_cast<int>(parts[1].value), static_cast<int>(parts[2].value));
    if (parts[2].digits == 4)   // M/D/YYYY, as US CRM exports write dates
        return serial_of(static_cast<int>(parts[2].value), static_cast<int>(parts[0].value), static_cast<int>(parts[1].value));
    return unreadable();         // two-digit years are ambiguous: refuse rather than guess
}

NumberReading read_date(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Number:
        if (!std::isfinite(cell.number) || cell.number < first_serial || cell.number > last_serial)
            return unreadable();
        return {NumberReading::State::Value, std::floor(cell.number), false};
    case Cell::Kind::Text:
        return read_date_text(cell.text);
    case Cell::Kind::Error:
        break;
    }
    return unreadable();
}

} // namespace kat
