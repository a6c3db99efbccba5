#!/usr/bin/env bash
# Headless LSP-client check of the language server in Neovim (0.7+) and Emacs 28 + eglot.
# Usage: e2e/editors.sh [file.md]   (needs: apt-get install neovim emacs-nox elpa-eglot [elpa-markdown-mode])
# Prints one "E2E-RESULT {json}" line per editor; exits non-zero if any editor fails or is missing.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
FILE="$(realpath "${1:-$ROOT/examples/medarbejdergrundlag.md}")"
export E2E_SERVER="${E2E_SERVER:-$ROOT/dist/server.js}"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
status=0

run() { # name, command...
  local name="$1"; shift
  if ! command -v "$name" >/dev/null; then echo "$name: FAIL ($name not installed)"; return 1; fi
  local t0=$(date +%s%N)
  "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" </dev/null
  local rc=$? ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local line; line="$(grep -a '^E2E-RESULT ' "$TMP/$name.out" | tail -1)"
  echo "$name: rc=$rc wall=${ms}ms ${line:-<no result line>}"
  if [ $rc -ne 0 ] || [ -z "$line" ]; then sed 's/^/  | /' "$TMP/$name.err" | tail -20; echo; return 1; fi
}

# Neovim: keep lsp.log/shada out of $HOME.
(cd "$TMP" && XDG_CACHE_HOME="$TMP/xc" XDG_DATA_HOME="$TMP/xd" XDG_STATE_HOME="$TMP/xs" \
  run nvim timeout 60 nvim --headless -u "$HERE/nvim/init.lua" -i NONE "$FILE" +"luafile $HERE/nvim/check.lua") || status=1
run emacs timeout 60 emacs --batch -l "$HERE/emacs/check.el" "$FILE" || status=1
exit $status
