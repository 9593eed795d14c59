// The engines alone, without an office: how long core takes for the funnel table, the
// commit forecast, the ICM statements and the org-chart layout on 10⁴…10⁶ rows or people,
// and how much memory. Each case runs in its own child process so its peak memory is its
// own (wait4's ru_maxrss). Time covers the engine from the cells it is given (what the
// add-in hands it) to its result table; generating the data is not timed.
//
//     core_bench [--case funnel|forecast|icm|org] [sizes…]   default: every case, 10⁴ 10⁵ 10⁶
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "icm/partner_statement.hpp"
#include "icm/rebate_policy.hpp"
#include "org/org_structure.hpp"
#include "org/tidy_tree_layout.hpp"
#include "pipeline/commit_forecast.hpp"
#include "pipeline/deal.hpp"
#include "pipeline/funnel.hpp"

using namespace kat;

namespace {

const char* const stage_names[] = {"目标客户", "潜在客户", "意向客户", "立项客户", "认可客户", "谈判客户", "成交客户", "输单"};
const double stage_mix[] = {0.22, 0.20, 0.16, 0.12, 0.09, 0.07, 0.08, 0.06};

struct Deals {
    Column stages, amounts;
};

Deals make_deals(std::size_t n)
{
    std::mt19937_64 rng(7);
    std::discrete_distribution<int> stage(std::begin(stage_mix), std::end(stage_mix));
    std::uniform_int_distribution<int> thousands(20, 3000);
    Deals d;
    d.stages.reserve(n);
    d.amounts.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        d.stages.push_back(Cell::of(std::string(stage_names[stage(rng)])));
        d.amounts.push_back(Cell::of(thousands(rng) * 1000.0));
    }
    return d;
}

DealColumns columns_of(const Deals& d)
{
    DealColumns columns;
    columns.stages = &d.stages;
    columns.amounts = &d.amounts;
    columns.stage_required = true; // as PIPELINE.TABLE and PIPELINE.FORECAST read them
    return columns;
}

double elapsed_ms(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

// Each case: prepare the input (untimed), then run the engine (timed). Returns ms, or < 0.
using Case = std::function<double(std::size_t)>;

double funnel_case(std::size_t n)
{
    const Deals d = make_deals(n);
    const auto start = std::chrono::steady_clock::now();
    const Result<Funnel> funnel = funnel_of(columns_of(d), StageModel::customer7());
    if (!funnel.ok())
        return -1;
    const Table table = funnel_table(funnel.value(), StageModel::customer7(), Language::Chinese);
    const double ms = elapsed_ms(start);
    return table.size() > 2 ? ms : -1;
}

double forecast_case(std::size_t n)
{
    const Deals d = make_deals(n);
    const auto start = std::chrono::steady_clock::now();
    const Result<DealSet> deals = read_deals(columns_of(d), StageModel::customer7());
    if (!deals.ok())
        return -1;
    const Result<CommitForecast> forecast = commit_forecast(deals.value().deals, StageModel::customer7());
    const double ms = elapsed_ms(start);
    return forecast.ok() ? ms : -1;
}

double icm_case(std::size_t n)
{
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> partner(0, 999), thousands(1, 200), day(0, 364);
    Column partners, types, amounts, collected, dates;
    for (std::size_t i = 0; i < n; ++i) {
        const bool direct = rng() % 4 != 0;
        const double amount = thousands(rng) * 1000.0;
        partners.push_back(Cell::of("伙伴" + std::to_string(partner(rng))));
        types.push_back(Cell::of(std::string(direct ? "直接" : "间接")));
        amounts.push_back(Cell::of(amount));
        collected.push_back(direct ? Cell::of(amount * (rng() % 3) / 2.0) : Cell::empty());
        dates.push_back(Cell::of(46023.0 + day(rng)));
    }
    const auto start = std::chrono::steady_clock::now();
    const Result<std::vector<StatementLine>> lines =
        partner_statements({&partners, &types, &amounts, &collected, &dates}, RebatePolicy{}, Language::Chinese);
    const double ms = elapsed_ms(start);
    return lines.ok() && !lines.value().empty() ? ms : -1;
}

double org_case(std::size_t n)
{
    std::mt19937_64 rng(13);
    Column names, managers;
    for (std::size_t i = 0; i < n; ++i) {
        names.push_back(Cell::of("员工" + std::to_string(i)));
        // A manager among the first fifth: a broad, realistic hierarchy.
        managers.push_back(i == 0 ? Cell::empty() : Cell::of("员工" + std::to_string(rng() % std::max<std::size_t>(1, i / 5 + 1))));
    }
    const auto start = std::chrono::steady_clock::now();
    const Result<OrgStructure> org = OrgStructure::read(names, managers);
    if (!org.ok())
        return -1;
    const std::vector<BoxSize> sizes(n);
    const Result<OrgLayout> layout = tidy_tree_layout(org.value().tree_parents(), sizes);
    const double ms = elapsed_ms(start);
    return layout.ok() && layout.value().boxes.size() == n ? ms : -1;
}

void run(const char* name, const Case& body, std::size_t n)
{
    // Warm up once per process (ICU's transliterator and the built-in models are made on
    // first use — once per office session), so the figures are the per-call cost.
    (void)StageModel::customer7().find("目标客户");
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0)
        return;
    const pid_t child = fork();
    if (child == 0) {
        close(pipe_fds[0]);
        const double ms = body(n);
        if (write(pipe_fds[1], &ms, sizeof ms) != sizeof ms)
            _exit(2);
        _exit(0);
    }
    close(pipe_fds[1]);
    double ms = -1;
    if (read(pipe_fds[0], &ms, sizeof ms) != sizeof ms)
        ms = -1;
    close(pipe_fds[0]);
    int status = 0;
    struct rusage usage {};
    wait4(child, &status, 0, &usage);
    if (ms < 0) {
        std::printf("| %-8s | %9zu | failed |\n", name, n);
        return;
    }
    std::printf("| %-8s | %9zu | %9.1f | %7.1f | %6.2f | %7.0f |\n", name, n, ms, ms * 1e6 / static_cast<double>(n),
                static_cast<double>(n) / ms / 1000.0, usage.ru_maxrss / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::size_t> sizes;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--case" && i + 1 < argc)
            only = argv[++i];
        else
            sizes.push_back(std::strtoull(argv[i], nullptr, 10));
    }
    if (sizes.empty())
        sizes = {10000, 100000, 1000000};
    std::printf("| case     |      rows |        ms |  ns/row | M rows/s | peak MB |\n");
    std::printf("|---|---:|---:|---:|---:|---:|\n");
    const std::pair<const char*, Case> cases[] = {
        {"funnel", funnel_case}, {"forecast", forecast_case}, {"icm", icm_case}, {"org", org_case}};
    for (const auto& [name, body] : cases)
        if (only.empty() || only == name)
            for (std::size_t n : sizes)
                run(name, body, n);
    return 0;
}
