#include "panel_behaviour.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>

#include "reports/report_sheet.hpp"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {

rtl::OUString fill(rtl::OUString pattern, std::initializer_list<rtl::OUString> values)
{
    int n = 1;
    for (const rtl::OUString& value : values) {
        const rtl::OUString mark = "$" + rtl::OUString::number(n++);
        const sal_Int32 at = pattern.indexOf(mark);
        if (at >= 0)
            pattern = pattern.replaceAt(at, mark.getLength(), value);
    }
    return pattern;
}

rtl::OUString table_line(const DialogControls& controls, const PanelTable& shown)
{
    if (!shown.table)
        return controls.string("Common.NoTable");
    const SourceTable& s = *shown.table;
    const std::size_t width = s.grid.empty() ? 1 : s.grid[0].size();
    const std::size_t top = s.place.first_row + s.table.header_row, bottom = s.place.first_row + s.table.last_row;
    const std::string where = s.place.sheet + "!" + cell_name(top, s.place.first_column, false) + ":" +
                              cell_name(bottom, s.place.first_column + width - 1, false);
    rtl::OUString line = fill(controls.string("Common.TableAt"),
                              {from_utf8(where), rtl::OUString::number(static_cast<sal_Int64>(s.table.data_rows()))});
    if (shown.elsewhere)
        line = controls.string("Common.LastTable") + line;
    return line;
}

void run_report_command(const DialogControls& controls, const PanelContext& context, const char* command,
                        const uno::Sequence<beans::PropertyValue>& arguments)
{
    controls.set_text("Status", controls.string("Common.Building"));
    const uno::Reference<frame::XDispatchHelper> helper = frame::DispatchHelper::create(context.context);
    const uno::Any answer = helper->executeDispatch(uno::Reference<frame::XDispatchProvider>(context.frame, uno::UNO_QUERY_THROW),
                                                    "vnd.keyaccount:" + rtl::OUString::createFromAscii(command), "_self", 0,
                                                    arguments);
    frame::DispatchResultEvent result;
    uno::Sequence<rtl::OUString> said;
    if (!(answer >>= result) || !(result.Result >>= said) || said.getLength() < 2) {
        controls.set_text("Status", controls.string("Common.Failed"));
        return;
    }
    const bool built = result.State == frame::DispatchResultState::SUCCESS;
    controls.set_text("Status", built ? fill(controls.string("Common.Built"), {said[0], said[1]})
                                      : fill(controls.string("Common.NotBuilt"), {said[1]}));
}

} // namespace kat::addin
