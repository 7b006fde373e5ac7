#!/usr/bin/env bash
# Installs what the real-client tests need (test/nvim, test/e2e):
#   - Debian packages: neovim (LSP client), chromium (browser for code-server), ripgrep, libkrb5-dev
#   - code-server 4.100.3 (VS Code 1.100.3 server + web workbench, the last release that runs on Node 20)
#     into .cache/code-server/, following docs/real-editors.md / reference/editor.md Recipe C: install with
#     scripts disabled (the postinstall downloads ripgrep from GitHub, unreachable here), rebuild the native
#     modules by name, and make the symlinks code-server's postinstall.sh would have made.
# Idempotent: when everything is present it only checks and exits (a few seconds).
# Usage: bash scripts/setup-editors.sh            (env SKIP_APT=1 to skip the Debian part,
#                                                  SKIP_CODE_SERVER=1 to skip code-server)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION=4.100.3
CS_DIR="$ROOT/.cache/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
MARKER="$CS_DIR/.setup-complete-$CS_VERSION"
t0=$(date +%s)
log() { printf '[setup-editors] %s\n' "$*"; }

# ---------------------------------------------------------------- Debian packages
if [ "${SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in neovim chromium ripgrep libkrb5-dev; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
  done
  # native modules of code-server are compiled from source (node-gyp): a C++ toolchain and python3
  if ! command -v make >/dev/null || ! command -v g++ >/dev/null; then missing+=(build-essential); fi
  if ! command -v python3 >/dev/null; then missing+=(python3); fi
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
      if command -v sudo >/dev/null; then SUDO="sudo"; else log "need root (or sudo) to apt-get install: ${missing[*]}"; exit 1; fi
    fi
    log "apt-get install ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    log "Debian packages present: neovim chromium ripgrep libkrb5-dev"
  fi
fi

# ---------------------------------------------------------------- code-server
if [ "${SKIP_CODE_SERVER:-0}" = 1 ]; then log "SKIP_CODE_SERVER=1: not installing code-server"; exit 0; fi
if [ -f "$MARKER" ] && [ -f "$CS_PKG/out/node/entry.js" ] && [ -d "$CS_PKG/lib/vscode/node_modules" ]; then
  log "code-server $CS_VERSION present in $CS_DIR ($(( $(date +%s) - t0 )) s)"
  exit 0
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" != 20 ]; then
  log "warning: code-server $CS_VERSION is built for Node 20; this is Node $(node -v)"
fi

log "installing code-server $CS_VERSION into $CS_DIR (about 2 minutes on 2 cores)"
export npm_config_yes=true           # node-pty's build calls `npx node-gyp`; don't let npx prompt
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export FORCE_NODE_VERSION=20
# node-gyp must not download Node headers (nodejs.org is unreachable): use the ones next to this node binary
if [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$' || true)" ]; then
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$node_prefix/include/node/node_api.h" ]; then export npm_config_nodedir="$node_prefix"; fi
fi
mkdir -p "$CS_DIR"
cd "$CS_DIR"
[ -f package.json ] || printf '{ "name": "code-server-tools", "private": true }\n' > package.json

# 1. the package itself, scripts off
npm install --ignore-scripts --no-save "code-server@$CS_VERSION" >/dev/null
# 2. its own native module: the prebuilt download fails offline, so build from source
npm rebuild argon2 --build-from-source >/dev/null 2>&1 || npm rebuild argon2 --build-from-source

# 3. the VS Code server's dependencies, scripts off, then the native modules rebuilt by name
cd "$CS_PKG/lib/vscode"
npm install --unsafe-perm --omit=dev --ignore-scripts >/dev/null
for m in kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid; do
  if [ -d "node_modules/$m" ]; then
    log "npm rebuild $m"
    npm rebuild "$m" >/dev/null 2>&1 || { log "rebuild of $m failed; retrying with output"; npm rebuild "$m"; }
  fi
done
# 4. what code-server's postinstall.sh would have done
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg || echo /usr/bin/rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
# 5. built-in extensions' dependencies (typescript for the TS extension)
(cd extensions && npm install --omit=dev --ignore-scripts >/dev/null)

# sanity check: the server prints its version
cd "$CS_DIR"
# (--config keeps code-server from writing ~/.config/code-server/config.yaml)
tmpcfg=$(mktemp); printf 'auth: none\n' > "$tmpcfg"
ver=$(node "$CS_PKG/out/node/entry.js" --config "$tmpcfg" --version 2>/dev/null | grep -m1 "^$CS_VERSION" || true)
rm -f "$tmpcfg"
if [ -z "$ver" ]; then log "code-server did not start (--version printed nothing)"; exit 1; fi
touch "$MARKER"
log "code-server $ver installed ($(( $(date +%s) - t0 )) s)"
