#!/usr/bin/env bash
# The system libraries Qt (PySide6) needs on a bare Debian/Ubuntu, plus a CJK font:
# `make setup` runs this once. Windows and macOS need nothing (the wheels bring Qt).
# Keep the list in step with .ci/run.
set -euo pipefail
pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0
      libdbus-1-3 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
      fonts-wqy-microhei)
if ! command -v dpkg-query >/dev/null; then
  echo "Not a Debian/Ubuntu system: install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All system libraries for the desktop app are installed."
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
