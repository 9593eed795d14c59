#include "org/tidy_tree_layout.hpp"

#include <algorithm>
#include <limits>

namespace kat {
namespace {

constexpr int none = -1;

// Buchheim et al.'s first and second walks over an explicit tree (node n = virtual root).
class BuchheimLayout {
public:
    BuchheimLayout(std::vector<std::vector<int>> children, std::vector<double> widths, const LayoutOptions& options)
        : children_(std::move(children)), width_(std::move(widths)), options_(options)
    {
        const std::size_t count = children_.size();
        parent_.assign(count, none);
        number_.assign(count, 0);
        prelim_.assign(count, 0.0);
        mod_.assign(count, 0.0);
        shift_.assign(count, 0.0);
        change_.assign(count, 0.0);
        midpoint_.assign(count, 0.0);
        thread_.assign(count, none);
        ancestor_.resize(count);
        for (std::size_t v = 0; v < count; ++v) {
            ancestor_[v] = static_cast<int>(v);
            for (std::size_t i = 0; i < children_[v].size(); ++i) {
                parent_[children_[v][i]] = static_cast<int>(v);
                number_[children_[v][i]] = static_cast<int>(i);
            }
        }
    }

    // Centre x of every node.
    std::vector<double> run(int root)
    {
        // Post-order without recursion: deep reporting chains must not overflow the stack.
        std::vector<int> order;
        order.reserve(children_.size());
        std::vector<int> stack{root};
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            order.push_back(v);
            for (int c : children_[v])
                stack.push_back(c);
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it)
            process(*it);
        place(root);

        std::vector<double> x(children_.size(), 0.0);
        std::vector<std::pair<int, double>> walk{{root, 0.0}};
        while (!walk.empty()) {
            const auto [v, m] = walk.back();
            walk.pop_back();
            x[v] = prelim_[v] + m;
            for (int c : children_[v])
                walk.push_back({c, m + mod_[v]});
        }
        return x;
    }

private:
    bool is_leaf(int v) const { return children_[v].empty(); }
    int left_sibling(int v) const { return number_[v] > 0 ? children_[parent_[v]][number_[v] - 1] : none; }
    int leftmost_sibling(int v) const { return parent_[v] == none ? v : children_[parent_[v]].front(); }
    int next_left(int v) const { return is_leaf(v) ? thread_[v] : children_[v].front(); }
    int next_right(int v) const { return is_leaf(v) ? thread_[v] : children_[v].back(); }

    double distance(int a, int b) const
    {
        const double gap = parent_[a] == parent_[b] ? options_.sibling_gap : options_.subtree_gap;
        return (width_[a] + width_[b]) / 2.0 + gap;
    }

    // A node's position among its siblings, once its own subtree is done.
    void place(int v)
    {
        const int w = left_sibling(v);
        if (is_leaf(v)) {
            prelim_[v] = w == none ? 0.0 : prelim_[w] + distance(w, v);
        } else if (w != none) {
            prelim_[v] = prelim_[w] + distance(w, v);
            mod_[v] = prelim_[v] - midpoint_[v];
        } else {
            prelim_[v] = midpoint_[v];
        }
    }

    // All children's subtrees are laid out: place them side by side, centre v over them.
    void process(int v)
    {
        if (is_leaf(v))
            return;
        int default_ancestor = children_[v].front();
        for (int c : children_[v]) {
            place(c);
            default_ancestor = apportion(c, default_ancestor);
        }
        execute_shifts(v);
        midpoint_[v] = (prelim_[children_[v].front()] + prelim_[children_[v].back()]) / 2.0;
    }

    int apportion(int v, int default_ancestor)
    {
        const int w = left_sibling(v);
        if (w == none)
            return default_ancestor;
        int vip = v, vop = v, vim = w, vom = leftmost_sibling(vip);
        double sip = mod_[vip], sop = mod_[vop], sim = mod_[vim], som = mod_[vom];
        while (next_right(vim) != none && next_left(vip) != none) {
            vim = next_right(vim);
            vip = next_left(vip);
            vom = next_left(vom);
            vop = next_right(vop);
            if (vom == none || vop == none)
                break; // cannot happen for a tree; never index with none
            ancestor_[vop] = v;
            const double shift = (prelim_[vim] + sim) - (prelim_[vip] + sip) + distance(vim, vip);
            if (shift > 0.0) {
                move_subtree(ancestor_of(vim, v, default_ancestor), v, shift);
                sip += shift;
                sop += shift;
            }
            sim += mod_[vim];
            sip += mod_[vip];
            som += mod_[vom];
            sop += mod_[vop];
        }
        if (vop != none && next_right(vim) != none && next_right(vop) == none) {
            thread_[vop] = next_right(vim);
            mod_[vop] += sim - sop;
        }
        if (vom != none && next_left(vip) != none && next_left(vom) == none) {
            thread_[vom] = next_left(vip);
            mod_[vom] += sip - som;
            default_ancestor = v;
        }
        return default_ancestor;
    }

    int ancestor_of(int vim, int v, int default_ancestor) const
    {
        return parent_[ancestor_[vim]] == parent_[v] ? ancestor_[vim] : default_ancestor;
    }

    void move_subtree(int wm, int wp, double shift)
    {
        const double subtrees = static_cast<double>(number_[wp] - number_[wm]);
        if (subtrees <= 0.0)
            return;
        change_[wp] -= shift / subtrees;
        shift_[wp] += shift;
        change_[wm] += shift / subtrees;
        prelim_[wp] += shift;
        mod_[wp] += shift;
    }

    void execute_shifts(int v)
    {
        double shift = 0.0, change = 0.0;
        for (auto it = children_[v].rbegin(); it != children_[v].rend(); ++it) {
            prelim_[*it] += shift;
            mod_[*it] += shift;
            change += change_[*it];
            shift += shift_[*it] + change;
        }
    }

    std::vector<std::vector<int>> children_;
    std::vector<double> width_;
    const LayoutOptions& options_;
    std::vector<int> parent_, number_, thread_, ancestor_;
    std::vector<double> prelim_, mod_, shift_, change_, midpoint_;
};

} // namespace

Result<OrgLayout> tidy_tree_layout(const std::vector<std::optional<std::size_t>>& parents,
                                   const std::vector<BoxSize>& sizes, const LayoutOptions& options)
{
    const std::size_t n = parents.size();
    if (sizes.size() != n)
        return make_error(ErrorKind::SizeMismatch, "one box size per person is needed");
    const int root = static_cast<int>(n); // virtual root over every top

    std::vector<std::vector<int>> reports(n + 1);
    for (std::size_t p = 0; p < n; ++p) {
        if (parents[p] && *parents[p] >= n)
            return make_error(ErrorKind::BadArgument, "a manager index is out of range");
        reports[parents[p] ? *parents[p] : n].push_back(static_cast<int>(p));
    }

    // Depth of every person from the virtual root; people never reached sit in a cycle.
    std::vector<int> depth(n + 1, -1);
    depth[root] = 0;
    std::vector<int> queue{root};
    for (std::size_t i = 0; i < queue.size(); ++i)
        for (int c : reports[queue[i]]) {
            depth[c] = depth[queue[i]] + 1;
            queue.push_back(c);
        }
    if (queue.size() != n + 1)
        return make_error(ErrorKind::Cycle, "the reporting lines contain a cycle");

    // Many leaf reports become a chain: each laid out under the previous one.
    OrgLayout layout;
    layout.stacked.assign(n, false);
    std::vector<std::vector<int>> layout_children = reports;
    std::vector<double> layout_width(n + 1, 0.0);
    for (std::size_t p = 0; p < n; ++p)
        layout_width[p] = sizes[p].width;
    std::vector<int> layout_depth = depth;
    for (std::size_t p = 0; p < n; ++p) {
        const std::vector<int>& kids = reports[p];
        const bool all_leaves = std::all_of(kids.begin(), kids.end(), [&](int c) { return reports[c].empty(); });
        if (kids.size() <= options.stack_leaves_over || !all_leaves)
            continue;
        double widest = 0.0;
        for (int c : kids)
            widest = std::max(widest, sizes[c].width);
        layout_children[p] = {kids.front()};
        for (std::size_t i = 0; i < kids.size(); ++i) {
            const int c = kids[i];
            layout.stacked[c] = true;
            layout_children[c] = i + 1 < kids.size() ? std::vector<int>{kids[i + 1]} : std::vector<int>{};
            layout_width[c] = widest + 2.0 * options.stack_indent; // room for the spine, same for all
            layout_depth[c] = depth[p] + 1 + static_cast<int>(i);
        }
    }

    const std::vector<double> centre = BuchheimLayout(layout_children, layout_width, options).run(root);

    // Level tops: each level as tall as its tallest box.
    int max_depth = 0;
    for (std::size_t p = 0; p < n; ++p)
        max_depth = std::max(max_depth, layout_depth[p]);
    std::vector<double> level_height(static_cast<std::size_t>(max_depth) + 2, 0.0);
    for (std::size_t p = 0; p < n; ++p)
        level_height[layout_depth[p]] = std::max(level_height[layout_depth[p]], sizes[p].height);
    std::vector<double> level_top(level_height.size(), 0.0);
    for (std::size_t d = 2; d < level_top.size(); ++d)
        level_top[d] = level_top[d - 1] + level_height[d - 1] + options.level_gap;

    double left = std::numeric_limits<double>::max();
    for (std::size_t p = 0; p < n; ++p)
        left = std::min(left, centre[p] - layout_width[p] / 2.0);
    if (n == 0)
        left = 0.0;

    layout.boxes.resize(n);
    for (std::size_t p = 0; p < n; ++p) {
        PlacedBox& box = layout.boxes[p];
        box.width = sizes[p].width;
        box.height = sizes[p].height;
        box.x = centre[p] - left - box.width / 2.0;
        box.y = level_top[layout_depth[p]];
        layout.width = std::max(layout.width, centre[p] - left + layout_width[p] / 2.0);
        layout.height = std::max(layout.height, box.y + box.height);
    }

    for (std::size_t p = 0; p < n; ++p) {
        const PlacedBox& manager = layout.boxes[p];
        const double bottom = manager.y + manager.height;
        double spine_x = 0.0;
        if (!reports[p].empty() && layout.stacked[reports[p].front()])
            spine_x = manager.centre_x() - (layout_width[reports[p].front()] / 2.0 - options.stack_indent / 2.0);
        for (int c : reports[p]) {
            const PlacedBox& report = layout.boxes[c];
            ConnectorRoute route;
            route.manager = p;
            route.report = static_cast<std::size_t>(c);
            if (layout.stacked[c]) {
                const double elbow = layout.boxes[reports[p].front()].y - options.level_gap / 2.0;
                const double middle = report.y + report.height / 2.0;
                route.points = {{manager.centre_x(), bottom}, {manager.centre_x(), elbow}, {spine_x, elbow},
                                {spine_x, middle}, {report.x, middle}};
            } else {
                const double elbow = report.y - options.level_gap / 2.0;
                route.points = {{manager.centre_x(), bottom}, {manager.centre_x(), elbow},
                                {report.centre_x(), elbow}, {report.centre_x(), report.y}};
            }
            layout.connectors.push_back(std::move(route));
        }
    }
    return layout;
}

BoxSize box_size_for(std::string_view name, std::string_view title)
{
    auto display_units = [](std::string_view text) {
        double units = 0.0;
        for (std::size_t i = 0; i < text.size();) {
            const unsigned char c = static_cast<unsigned char>(text[i]);
            const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
            units += len >= 3 ? 2.0 : 1.0; // CJK glyphs are about twice as wide
            i += len;
        }
        return units;
    };
    constexpr double unit_width = 190.0; // 1/100 mm per half-width character at 9 pt
    const double text = std::max(display_units(name) * 1.15, display_units(title));
    BoxSize size;
    size.width = std::clamp(text * unit_width + 600.0, 2600.0, 9000.0);
    size.height = title.empty() ? 1100.0 : 1600.0;
    return size;
}

} // namespace kat
