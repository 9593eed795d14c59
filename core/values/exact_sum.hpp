// Compensated (Neumaier) summation: sums of 100,000 amounts keep their cents, and the
// order of rows does not change the result in the last digits users see.
#pragma once

#include <cmath>

namespace kat {

class ExactSum {
public:
    void add(double x)
    {
        const double t = sum_ + x;
        if (std::fabs(sum_) >= std::fabs(x))
            compensation_ += (sum_ - t) + x;
        else
            compensation_ += (x - t) + sum_;
        sum_ = t;
    }
    double value() const { return sum_ + compensation_; }

private:
    double sum_ = 0.0;
    double compensation_ = 0.0;
};

} // namespace kat
