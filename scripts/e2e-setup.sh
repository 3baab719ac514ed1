#!/usr/bin/env bash
# Installs what the real-editor tests need, outside the repository, once per machine:
# Debian's chromium (driven by playwright-core), neovim (a second LSP client), ripgrep and
# libkrb5-dev (for code-server), LibreOffice Calc without a GUI (an independent reader of the
# .xlsx exports), and code-server pinned to 4.100.3 (VS Code 1.100.3, the last
# release for Node 20), cached in $HAS_DOSSIER_CACHE (default ~/.cache/has-dossier).
set -euo pipefail
CACHE="${HAS_DOSSIER_CACHE:-$HOME/.cache/has-dossier}"
VERSION=4.100.3

need=()
for p in chromium neovim ripgrep libkrb5-dev libreoffice-calc-nogui; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e-setup: installing ${need[*]} (apt-get)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

dir="$CACHE/code-server-$VERSION"
if [ ! -d "$dir/node_modules/code-server/lib/vscode/node_modules" ]; then
  echo "e2e-setup: installing code-server@$VERSION into $dir"
  # @vscode/ripgrep's postinstall downloads rg from GitHub, which is out of reach: seed its
  # download cache with Debian's rg instead.
  tmp="${TMPDIR:-/tmp}"
  mkdir -p "$tmp/vscode-ripgrep-cache-1.15.11" "$tmp/has-dossier-rg"
  cp "$(command -v rg)" "$tmp/has-dossier-rg/rg"
  tar czf "$tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/has-dossier-rg" rg
  rm -rf "$dir"
  mkdir -p "$dir"
  printf '{ "name": "has-dossier-e2e-code-server", "private": true }\n' > "$dir/package.json"
  # code-server's postinstall installs VS Code's own modules and needs its scripts to run (as root: unsafe-perm)
  (cd "$dir" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION")
fi
echo "e2e-setup: code-server $VERSION, $(chromium --version 2>/dev/null | head -1), $(nvim --version | head -1)"
