#!/usr/bin/env bash
# Every test: type-check, lint, unit tests (Vitest), build, end-to-end tests (Playwright in
# Debian's chromium). Prints one closing line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
failed_steps=0
step() {
  local name=$1; shift
  echo "── $name"
  if ! "$@"; then echo "✗ $name failed"; failed_steps=$((failed_steps + 1)); fi
}
bash scripts/ensure-browser.sh || failed_steps=$((failed_steps + 1))
step typecheck npm run -s typecheck
step lint npm run -s lint
# (the terminal output is kept too: only it says how many tests were expected failures, it.fails)
step unit bash -c 'npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json | tee reports/vitest.out; exit "${PIPESTATUS[0]}"'
step build npx vite build --logLevel warn
step e2e npx playwright test
node scripts/summarize-tests.mjs "$failed_steps"
