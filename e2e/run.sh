#!/usr/bin/env bash
# npm run test:e2e: the extension and its language server in real editors.
#   1. e2e/setup.sh        the toolchain, cached outside the clone (skipped when present)
#   2. npm run package     the .vsix that is tested
#   3. e2e/vsix.cjs        code-server (VS Code 1.139.1) with that .vsix installed; retried once if it fails
#   4. e2e/web-extension.cjs  the same .vsix's browser half in code-server's web worker extension host; retried once
#   5. e2e/playground.cjs  the playground (dist/web/index.html) in Chromium, from file:// and from http://127.0.0.1
#   6. e2e/editors.sh      Neovim and Emacs + eglot as headless LSP clients
# Prints the duration of each part and "E2E: N passed, M failed" last; exits 1 if any check failed.
# Artifacts (screenshots, logs, summary.json): ${E2E_ARTIFACTS:-e2e/artifacts}.
# E2E_UPDATE_DOCS=1 also copies the screenshots the README shows into docs/images/ (e2e-*.png, playground.png).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export E2E_ARTIFACTS="${E2E_ARTIFACTS:-$ROOT/e2e/artifacts}"
rm -rf "$E2E_ARTIFACTS"; mkdir -p "$E2E_ARTIFACTS"

now() { date +%s%N; }
secs() { printf '%.1f' "$(( ($(now) - $1) / 1000000 ))e-3"; }
durations=()

t=$(now)
echo "== e2e: set-up (e2e/setup.sh)"
if ! bash e2e/setup.sh; then echo "e2e: set-up failed" >&2; echo "E2E: 0 passed, 1 failed"; exit 1; fi
durations+=("set-up $(secs "$t") s")

t=$(now)
echo "== e2e: npm run package"
VSIX="$E2E_ARTIFACTS/kerneopgave.vsix"
if ! npm run --silent package -- --out "$VSIX" >"$E2E_ARTIFACTS/package.log" 2>&1; then
  cat "$E2E_ARTIFACTS/package.log"; echo "E2E: 0 passed, 1 failed"; exit 1
fi
tail -n 1 "$E2E_ARTIFACTS/package.log"
durations+=("package $(secs "$t") s")

passed=0 failed=0 retried=no

t=$(now)
echo "== e2e: code-server with the .vsix installed"
node e2e/vsix.cjs "$VSIX"
cs=$?
if [ $cs -ne 0 ]; then
  # Flaky infrastructure (a slow start, a layout shift) must not block landing, but a retry is reported.
  retried=yes
  mkdir -p "$E2E_ARTIFACTS/attempt-1"
  for f in "$E2E_ARTIFACTS"/*; do
    case "$(basename "$f")" in attempt-1|kerneopgave.vsix|package.log) ;; *) mv "$f" "$E2E_ARTIFACTS/attempt-1/" ;; esac
  done
  echo "== e2e: code-server suite failed (exit $cs); retrying once (first attempt kept in attempt-1/)"
  node e2e/vsix.cjs "$VSIX"
  cs=$?
fi
if [ -f "$E2E_ARTIFACTS/code-server.json" ]; then
  read -r p f < <(node -e 'const r = require(process.argv[1]); console.log(r.passed, r.failed)' "$E2E_ARTIFACTS/code-server.json")
else
  p=0 f=1
fi
[ $cs -ne 0 ] && [ "$f" -eq 0 ] && f=1   # crashed without a failing check
passed=$((passed + p)) failed=$((failed + f))
durations+=("code-server $(secs "$t") s (retried: $retried)")

# A suite's counts from its JSON (passed, failed); a crash without a failing check counts as one failure.
counts() { # json-file exit-code
  local p=0 f=1
  if [ -f "$1" ]; then read -r p f < <(node -e 'const r = require(process.argv[1]); console.log(r.passed, r.failed)' "$1"); fi
  [ "$2" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  passed=$((passed + p)) failed=$((failed + f))
}

t=$(now)
echo "== e2e: code-server's web worker extension host with the .vsix installed (e2e/web-extension.cjs)"
web_retried=no
node e2e/web-extension.cjs "$VSIX"
ws=$?
if [ $ws -ne 0 ]; then
  web_retried=yes
  mkdir -p "$E2E_ARTIFACTS/web-attempt-1"
  for f in "$E2E_ARTIFACTS"/web-extension* "$E2E_ARTIFACTS"/failure-web-*; do [ -e "$f" ] && mv "$f" "$E2E_ARTIFACTS/web-attempt-1/"; done
  echo "== e2e: web extension suite failed (exit $ws); retrying once (first attempt kept in web-attempt-1/)"
  node e2e/web-extension.cjs "$VSIX"
  ws=$?
fi
counts "$E2E_ARTIFACTS/web-extension.json" $ws
durations+=("web extension $(secs "$t") s (retried: $web_retried)")

t=$(now)
echo "== e2e: the playground in Chromium (e2e/playground.cjs)"
node e2e/playground.cjs
counts "$E2E_ARTIFACTS/playground.json" $?
durations+=("playground $(secs "$t") s")

t=$(now)
echo "== e2e: Neovim and Emacs (e2e/editors.sh)"
bash e2e/editors.sh | tee "$E2E_ARTIFACTS/editors.log"
for editor in nvim emacs; do
  if grep -Eq "^$editor: rc=0 .*\"ok\": ?true" "$E2E_ARTIFACTS/editors.log"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
durations+=("nvim+emacs $(secs "$t") s")

if [ "${E2E_UPDATE_DOCS:-}" = 1 ] && [ $failed -eq 0 ]; then
  for f in squiggle-hover outline; do cp "$E2E_ARTIFACTS/screenshots/$f.png" "docs/images/e2e-$f.png"; done
  echo "e2e: docs/images/e2e-{squiggle-hover,outline}.png updated"
fi

node -e '
  const [passed, failed, retried, ...durations] = process.argv.slice(1);
  require("fs").writeFileSync(process.env.E2E_ARTIFACTS + "/summary.json",
    JSON.stringify({ passed: +passed, failed: +failed, retried: retried === "yes", durations }, null, 2) + "\n");
' "$passed" "$failed" "$retried" "${durations[@]}"
echo "== e2e durations: $(IFS=';'; echo "${durations[*]}" | sed 's/;/; /g')"
echo "E2E: $passed passed, $failed failed (code-server retried: $retried, web extension retried: $web_retried)"
[ $failed -eq 0 ]
