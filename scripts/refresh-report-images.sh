#!/usr/bin/env bash
# Copies the report pages the e2e test printed (tests/e2e/test_report_pages.py, kept under
# build/report-pages/) into docs/images/, where README.md and docs/REPORTS.md show them.
# Run after `scripts/test.sh` (or `ctest -R report_pages`) when a report's look changes.
set -euo pipefail
cd "$(dirname "$0")/.."
from="${1:-build/report-pages/test-office}"
for language in en-US zh-CN; do
  for report in FunnelReport ForecastReview DealPlan OrgChart RoleMap RebateStatements EventReport; do
    cp "$from/$language/$report-1.png" "docs/images/report-$language-$report.png"
  done
done
echo "docs/images/report-*.png refreshed from $from"
