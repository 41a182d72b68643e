#!/bin/sh
# Regenerates the coverage table of README.md (between its coverage markers) and docs/coverage.md
# from the content and the published lists in Tests/Catalog/. CatalogTests fails when they are stale.
set -eu
cd "$(dirname "$0")/.."
swift run --quiet fixdesk coverage --content content --catalog Tests/Catalog --readme README.md --doc docs/coverage.md
