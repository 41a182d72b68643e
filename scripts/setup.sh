#!/usr/bin/env bash
# The main job on the bundled content: install what is missing, build, check the content,
# build the index, answer a sample paste and generate the help-center site into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# A self-contained binary: the Swift runtime is linked in (only libcmark, libsqlite3 and libstemmer
# stay shared), so .build/release/fixdesk can be copied to a machine without the toolchain; `fixdesk serve` and
# `fixdesk mcp` run fixdesk-server, built beside it (the only one that needs libcurl, for the MCP SDK).
swift build -c release --static-swift-stdlib --product fixdesk
swift build -c release --static-swift-stdlib --product fixdesk-server
bin=.build/release/fixdesk
"$bin" lint
"$bin" index
echo
echo "Sample: fixdesk match '(#131047) Re-engagement message' --lang tr"
"$bin" match '(#131047) Re-engagement message' --lang tr
echo
"$bin" site --out site
echo "Open site/index.html in a browser (works from file://), or serve the folder from any static host."
