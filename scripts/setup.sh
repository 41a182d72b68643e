#!/usr/bin/env bash
# The main job on the bundled content: install what is missing, build, check the content,
# build the index and answer a sample paste.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product fixdesk
bin=.build/release/fixdesk
"$bin" lint
"$bin" index
echo
echo "Sample: fixdesk match '(#131047) Re-engagement message' --lang tr"
"$bin" match '(#131047) Re-engagement message' --lang tr
