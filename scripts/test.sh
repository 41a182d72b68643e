#!/usr/bin/env bash
# Every test: install what is missing, then the Swift test suite (unit, content, index, matcher
# evaluation and the real binary end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# The C libraries are reached only through their one wrapper folder each.
if grep -rl "import CCmark" Sources | grep -v "^Sources/FixdeskContent/CommonMark/" ; then
  echo "CCmark imported outside Sources/FixdeskContent/CommonMark" >&2; exit 1
fi
if grep -rl "import CSQLite" Sources | grep -v "^Sources/FixdeskIndex/SQLite/" ; then
  echo "CSQLite imported outside Sources/FixdeskIndex/SQLite" >&2; exit 1
fi
swift build --product fixdesk
swift build --product fixdesk-server
swift test --no-parallel 2>&1 | tee .build/test-output.txt
# `fixdesk mcp` end to end with the official MCP client from PyPI.
if ! python3 -c "import mcp" >/dev/null 2>&1; then
  python3 -m pip install -q "mcp==2.3.0" || python3 -m pip install -q --break-system-packages "mcp==2.3.0"
fi
python3 Tests/MCP/mcp_client_test.py .build/debug/fixdesk
# The generated site from outside: Nu HTML checker and headless Chromium (installs what it needs).
bash scripts/site-check.sh
# The browser script's pure functions (folding, codes, ranking) under Node (Debian's nodejs). The paste box runs
# the matcher's rules, which the generated site carries (assets/match-rules.js): a site is generated for it first.
if ! command -v node >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs >/dev/null
fi
.build/debug/fixdesk site --content content --out .build/node-test-site >/dev/null
FIXDESK_TEST_SITE=.build/node-test-site node --test Tests/Site/site-js.test.mjs
