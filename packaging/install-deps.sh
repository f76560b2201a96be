#!/usr/bin/env bash
# Installs every Debian 12 package that Wushe needs to build, test and run.
# Idempotent: packages already present are skipped without touching apt.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build ccache g++ pkg-config dpkg-dev
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-svg-dev
  libqt6opengl6-dev libxkbcommon-dev libgl-dev
  # libraries
  catch2 libxlsxwriter-dev libminizip-dev libsodium-dev libsqlite3-dev zlib1g-dev libicu-dev
  # fonts (explicit zh_CN fonts; WenQuanYi extracts correctly from PDFs)
  fonts-noto-cjk fonts-wqy-microhei
  # headless GUI runs, screenshots, PDF checks
  xvfb xauth imagemagick poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q "${missing[@]}"
