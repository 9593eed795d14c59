#include "cell_convert.hxx"

#include <cmath>
#include <ctime>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <rtl/ustring.hxx>

#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// Calc's own codes (formula/errorcodes.hxx), stable since OpenOffice.org.
constexpr std::uint32_t calc_no_value = 519;        // #VALUE!
constexpr std::uint32_t calc_division_by_zero = 532; // #DIV/0!
constexpr std::uint32_t calc_not_available = 0x7fff; // #N/A

double coded_nan(std::uint32_t code)
{
    const std::uint64_t bits = 0x7FF8000000000000ULL | code;
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace

Cell cell_from_any(const uno::Any& value)
{
    switch (value.getValueTypeClass()) {
    case uno::TypeClass_VOID:
        return Cell::empty();
    case uno::TypeClass_DOUBLE:
        return Cell::of(*static_cast<const double*>(value.getValue()));
    case uno::TypeClass_STRING: {
        const rtl::OUString& text = *static_cast<const rtl::OUString*>(value.getValue());
        return text.isEmpty() ? Cell::empty() : Cell::of(to_utf8(text));
    }
    case uno::TypeClass_BOOLEAN:
        return Cell::of(*static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0);
    case uno::TypeClass_LONG:
        return Cell::of(static_cast<double>(*static_cast<const sal_Int32*>(value.getValue())));
    default:
        return Cell::error();
    }
}

double calc_error_value(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return coded_nan(calc_not_available);
    case ErrorKind::DivisionByZero:
        return coded_nan(calc_division_by_zero);
    case ErrorKind::BadArgument:
    case ErrorKind::SizeMismatch:
    case ErrorKind::BadValue:
    case ErrorKind::Cycle:
        break;
    }
    return coded_nan(calc_no_value);
}

uno::Any error_any(ErrorKind kind) { return uno::Any(calc_error_value(kind)); }

uno::Any table_any(const Table& table)
{
    std::size_t width = 0;
    for (const TableRow& row : table)
        width = std::max(width, row.size());
    const TableCell blank = TableCell::empty();
    AnyRange out(static_cast<sal_Int32>(table.size()));
    for (std::size_t r = 0; r < table.size(); ++r) {
        uno::Sequence<uno::Any>& row = out[static_cast<sal_Int32>(r)];
        row.realloc(static_cast<sal_Int32>(width));
        for (std::size_t c = 0; c < width; ++c) {
            const TableCell& cell = c < table[r].size() ? table[r][c] : blank;
            switch (cell.kind) {
            // An empty string, not void: Calc shows a void array element as 0.
            case TableCell::Kind::Empty: row[static_cast<sal_Int32>(c)] <<= rtl::OUString(); break;
            case TableCell::Kind::Number: row[static_cast<sal_Int32>(c)] <<= cell.number; break;
            case TableCell::Kind::Text: row[static_cast<sal_Int32>(c)] <<= from_utf8(cell.text); break;
            case TableCell::Kind::Error: row[static_cast<sal_Int32>(c)] <<= calc_error_value(cell.error); break;
            }
        }
    }
    return uno::Any(out);
}

double today_serial()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    // Calc counts days from 1899-12-30; 25569 is 1970-01-01.
    return 25569.0 + std::floor(static_cast<double>(now + local.tm_gmtoff) / 86400.0);
}

} // namespace kat::addin
