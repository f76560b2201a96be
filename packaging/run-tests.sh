#!/usr/bin/env bash
# README command 2: install what is needed, build everything and run all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev
