#!/usr/bin/env bash
# README command 1: install what is needed, build, create the 大荔县 demo database
# once (demo/dali.db) and start the workbench on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev
mkdir -p demo
if [ ! -f demo/dali.db ]; then
  build/dev/app/wushe-cli demo --db demo/dali.db --unit 610523000000
fi
exec build/dev/app/wushe --db demo/dali.db
