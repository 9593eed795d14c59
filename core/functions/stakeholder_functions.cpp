// ROLE.* and ORG.* (SPEC §6): buying roles, the role map, red flags, reporting lines.
#include "functions/arguments.hpp"
#include "org/org_structure.hpp"
#include "stakeholders/role_map.hpp"
#include "values/side_by_side.hpp"

namespace kat::functions {

using namespace args;
namespace {

TableCell role_code_of(const Cell& cell)
{
    if (cell.is_empty())
        return TableCell::empty();
    if (cell.kind != Cell::Kind::Text)
        return TableCell::failed(ErrorKind::NotFound);
    const std::optional<BuyingRole> role = buying_role_named(cell.text);
    return role ? TableCell::of(role_code(*role)) : TableCell::failed(ErrorKind::NotFound);
}

// Answers about the person argument 0 names in the org of arguments 1 and 2.
template <class Answer_>
Result<Answer> about_person(const Inputs& in, Answer_&& answer)
{
    const Result<OrgStructure> org = OrgStructure::read(in.column(1), in.column(2));
    if (!org.ok())
        return org.error();
    const Cell who = in.cell(0);
    if (who.kind == Cell::Kind::Error)
        return make_error(ErrorKind::BadArgument, "name one person");
    if (who.kind != Cell::Kind::Text)
        return make_error(ErrorKind::NotFound, "no such person");
    const std::optional<std::size_t> person = org.value().find(who.text);
    if (!person)
        return make_error(ErrorKind::NotFound, "no such person");
    return answer(org.value(), *person);
}

Argument deals_argument()
{
    return args::in_column(Field::DealName,
                           args::own("deals", ArgumentKind::Texts, {"deals", "商机"},
                                     {"Optional: the deal each person belongs to, for one answer per deal (a person on two "
                                      "deals is two rows).",
                                      "可选:每个人所属的商机,按商机分别给出结果(一人涉及两个商机时写两行)。"},
                                     true));
}

} // namespace

std::vector<Function> stakeholder_functions()
{
    std::vector<Function> table;

    table.push_back(Function{
        "roleNormalize", "ROLE.NORMALIZE",
        {"Canonical code of a buying role: COACH, USER, TECHNICAL, ECONOMIC, GATEKEEPER, INFLUENCER, EXECUTOR or "
         "FINANCE, from English, Simplified or Traditional names (教练, 內線, 技术把关者, 决策者, 拍板人, Coach, Economic "
         "buyer, Decision maker …). Unknown: #N/A.",
         "购买角色的标准代码:COACH、USER、TECHNICAL、ECONOMIC、GATEKEEPER、INFLUENCER、EXECUTOR 或 FINANCE,"
         "可识别中英文及简繁体名称(教练、內線、技术把关者、决策者、拍板人、Coach、Economic buyer 等)。未知返回 #N/A。"},
        {own("text", K::CellOrRange, {"text", "文本"}, {"A role name; a cell or a range.", "角色名称;单元格或区域。"})},
        [](const Inputs& in) -> Result<Answer> {
            const Passed& text = in.grid(0);
            if (!text.is_range) {
                const TableCell code = role_code_of(in.cell(0));
                if (code.kind != TableCell::Kind::Text)
                    return make_error(ErrorKind::NotFound, "not a buying role");
                return Answer::of(code.text);
            }
            std::vector<TableCell> out;
            out.reserve(text.cells.size());
            for (const Cell& cell : text.cells)
                out.push_back(role_code_of(cell));
            return Answer::shaped_like(text, out);
        }});

    table.push_back(Function{
        "roleMatrix", "ROLE.MATRIX",
        {"Role-mapping matrix (array): influence (High/Medium/Low rows) × support (Support/Neutral/Oppose columns) "
         "with the names in each cell. An Unknown row or column appears when someone's rating is blank.",
         "角色匹配矩阵(数组):影响力(高/中/低行)× 支持度(支持/中立/反对列),每格列出相应人员姓名。"
         "有人未填写评级时增加“未知”行或列。"},
        {names(), influence(), support()},
        [](const Inputs& in) -> Result<Answer> {
            // names, roles, influence, support, contact, counterparts
            const StakeholderColumns columns{&in.column(0), nullptr, &in.column(1), &in.column(2)};
            return answer_from(read_stakeholders(columns), [&](const std::vector<Stakeholder>& people) {
                return Answer::of(role_matrix(people, in.language()));
            });
        }});

    table.push_back(Function{
        "roleCoverage", "ROLE.COVERAGE",
        {"How well the four buying influences (Coach, User, Technical, Economic buyer) are covered, 0…1: the mean "
         "over the four roles of the best person holding it, scored 0.5 for being identified, +0.25 if supportive "
         "(+0.125 neutral), +0.25 if in frequent contact (+0.125 some). A role nobody holds scores 0. With deals: "
         "Deal | Coverage, one row per deal.",
         "四类购买影响者(教练、用户、技术把关者、决策者)的覆盖度,0…1:对四个角色各取得分最高的人取平均;"
         "已识别得 0.5,支持 +0.25(中立 +0.125),经常接触 +0.25(偶尔 +0.125);无人担任的角色得 0。"
         "给出商机时按商机分别计算:商机 | 覆盖度。"},
        {roles(), support(), contact(), deals_argument()},
        [](const Inputs& in) -> Result<Answer> {
            const StakeholderColumns columns{nullptr, &in.column(0), nullptr, &in.column(1), &in.column(2)};
            if (const Result<std::size_t> aligned = SideBySide{&in.column(0), in.optional_column(3)}.rows("roles and deals");
                !aligned.ok())
                return aligned.error();
            return answer_from(read_stakeholders(columns), [&](const std::vector<Stakeholder>& people) {
                // With a deal column: one coverage per deal (Deal | Coverage).
                return in.given(3) ? Answer::of(role_coverage_by_deal(people, in.column(3), in.language()))
                                   : Answer::of(role_coverage(people));
            });
        }});

    table.push_back(Function{
        "roleRisks", "ROLE.RISKS",
        {"Red flags, one per row, most severe first (columns: red flag, severity, person; no header row): no "
         "coach; economic buyer missing, not supportive or not contacted; technical buyer opposed (veto); an "
         "opposed high-influence person; high influence with no contact and no counterpart; no user buyer. One "
         "row saying so when there are none. With deals: Deal | Red flag | Severity | Person, a header row, the flags "
         "of each deal. With feedback modes: an economic buyer in even keel or overconfident mode sees no gap (high); "
         "an overconfident coach may not warn us. With personal wins: a high-influence person whose win is blank.",
         "风险提示,每行一条,最严重的在前(列:风险、严重程度、人员;无表头):没有教练;决策者未识别、不支持或未接触;"
         "技术把关者反对(一票否决);高影响力人物反对;高影响力人物无接触且无对应人;没有用户。无风险时返回一行说明。"
         "给出商机时:商机 | 风险 | 严重程度 | 人员,带表头,按商机列出。给出反馈模式时:决策者处于平稳或过度自信模式"
         "即看不到需求缺口(高);教练过度自信可能不会提醒我们。给出个人赢时:高影响力人物的个人赢为空。"},
        {names(), roles(), influence(), support(), contact(),
         in_column(Field::Counterpart, own("counterparts", K::Texts, {"counterparts", "我方对应人"},
             {"Optional: our person who covers each of them.", "可选:我方负责对接每个人的同事。"}, true)),
         deals_argument(),
         in_column(Field::FeedbackMode, own("modes", K::Texts, {"modes", "反馈模式"},
             {"Optional feedback mode of each: growth, trouble, even keel, overconfident.",
              "可选,每个人的反馈模式:成长、困境、平稳、过度自信。"}, true)),
         in_column(Field::PersonalWin, own("wins", K::Texts, {"wins", "个人赢"},
             {"Optional: what each of them personally wins (blank = not known yet).",
              "可选:每个人的个人赢(空白表示尚不清楚)。"}, true))},
        [](const Inputs& in) -> Result<Answer> {
            StakeholderColumns columns{&in.column(0), &in.column(1), &in.column(2),
                                       &in.column(3), &in.column(4), in.optional_column(5)};
            columns.modes = in.optional_column(7);
            columns.wins = in.optional_column(8);
            if (const Result<std::size_t> aligned = SideBySide{&in.column(0), in.optional_column(6)}.rows("names and deals");
                !aligned.ok())
                return aligned.error();
            return answer_from(read_stakeholders(columns), [&](const std::vector<Stakeholder>& people) {
                // With a deal column: the flags of each deal, the deal first (Deal | Red flag | Severity | Person).
                return in.given(6) ? Answer::of(red_flags_by_deal(people, in.column(6), in.language()))
                                   : Answer::of(red_flag_table(red_flags(people), in.language()));
            });
        }});

    table.push_back(Function{
        "roleStrengths", "ROLE.STRENGTHS",
        {"Strengths beside the red flags, one per row (columns: strength, person; no header row): a supportive "
         "economic buyer, a senior coach (high influence), a supportive high-influence person we contact often. One "
         "row saying so when there are none.",
         "与风险并列的优势,每行一条(列:优势、人员;无表头):决策者支持我们;教练影响力高;经常接触的高影响力支持者。"
         "没有优势时返回一行说明。"},
        {names(), roles(), influence(), support(), contact()},
        [](const Inputs& in) -> Result<Answer> {
            const StakeholderColumns columns{&in.column(0), &in.column(1), &in.column(2), &in.column(3), &in.column(4)};
            return answer_from(read_stakeholders(columns), [&](const std::vector<Stakeholder>& people) {
                return Answer::of(strength_table(strengths(people), in.language()));
            });
        }});

    table.push_back(Function{
        "orgPath", "ORG.PATH",
        {"Chain of command of a person, top first, joined with \" > \". Unknown person: #N/A; a reporting loop: #VALUE!.",
         "某人的汇报链,从最高层开始,以 \" > \" 连接。查无此人返回 #N/A;汇报关系循环返回 #VALUE!。"},
        {person(), names(), managers()},
        [](const Inputs& in) {
            return about_person(in, [](const OrgStructure& org, std::size_t p) -> Result<Answer> {
                return answer_from(org.chain_of_command_text(p), [](const std::string& path) { return Answer::of(path); });
            });
        }});

    table.push_back(Function{
        "orgDepth", "ORG.DEPTH",
        {"Level of a person in the organisation: 0 for a top person.", "某人在组织中的层级:最高层为 0。"},
        {person(), names(), managers()},
        [](const Inputs& in) {
            return about_person(in, [](const OrgStructure& org, std::size_t p) -> Result<Answer> {
                return answer_from(org.depth(p));
            });
        }});

    table.push_back(Function{
        "orgReports", "ORG.REPORTS",
        {"Number of people below a person: all levels, or direct reports only.", "某人下属的人数:所有层级,或仅直接下属。"},
        {person(), names(), managers(),
         own("directOnly", K::Flag, {"direct_only", "仅直接下属"},
             {"TRUE to count direct reports only (default FALSE).", "为 TRUE 时只计直接下属(默认 FALSE)。"}, true)},
        [](const Inputs& in) {
            return about_person(in, [&](const OrgStructure& org, std::size_t p) -> Result<Answer> {
                return Answer::of(static_cast<double>(org.reports_below(p, in.flag(3))));
            });
        }});

    table.push_back(Function{
        "orgCheck", "ORG.CHECK",
        {"Problems in the reporting lines, one per row (no header row): cycles (named), managers not in the list, "
         "duplicate names, several tops, rows without a name. \"OK\" when clean.",
         "汇报关系中的问题,每行一条(无表头):循环(列出涉及的人)、上级不在名单中、姓名重复、多个最高层、缺少姓名的行。"
         "没有问题时返回 \"OK\"。"},
        {names(), managers()},
        [](const Inputs& in) -> Result<Answer> {
            return answer_from(OrgStructure::read(in.column(0), in.column(1)), [&](const OrgStructure& org) {
                Table lines;
                for (const std::string& line : org_problem_lines(org, in.language()))
                    lines.push_back({TableCell::of(line)});
                return Answer::of(std::move(lines));
            });
        }});

    return table;
}

} // namespace kat::functions
