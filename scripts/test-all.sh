#!/usr/bin/env bash
# Every check Ronda has, in the order that fails fastest: types, lint, unit tests, both builds, end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PWTEST_CACHE_DIR="${PWTEST_CACHE_DIR:-$PWD/.tmp/pw-cache}"

step() { printf '\n==> %s\n' "$*"; }

bash scripts/ensure-chromium.sh

step "typecheck";          npx tsc --noEmit
step "lint";               npx eslint .
step "unit tests";         npx vitest run
step "build (store)";      npx wxt build
step "build (e2e)";        RONDA_E2E=1 npx wxt build
step "end-to-end tests";   npx playwright test
