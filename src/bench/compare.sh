#!/usr/bin/env bash
# Measures StackCanvas against Compose v1, dclint and the SnakeYAML floor, side by side in one run,
# and prints one table (medians, min-max, ratios, PASS/MISS against the targets).
#
#   src/bench/compare.sh [--quick] [--services N] [other 'stackcanvas bench' options]
#
# Builds target/stackcanvas.jar when it is missing, installs dclint from the npm registry into
# target/bench-tools (git-ignored), uses docker-compose (v1) when it is on the PATH, lints the
# awesome-compose corpus (../shared/corpus/awesome-compose, or $STACKCANVAS_CORPUS), and starts an
# Xvfb display for the editor's figures when none is set. Not part of 'mvn verify': timings are
# for people, not for assertions.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
jar="$root/target/stackcanvas.jar"
tools="$root/target/bench-tools"
corpus="${STACKCANVAS_CORPUS:-$root/../shared/corpus/awesome-compose}"

if [[ ! -f "$jar" ]]; then
    echo "compare: building $jar" >&2
    mvn -B -q -DskipTests package
fi

args=()
dclint="$tools/node_modules/.bin/dclint"
if [[ ! -x "$dclint" ]]; then
    if command -v npm >/dev/null; then
        echo "compare: installing dclint into $tools" >&2
        mkdir -p "$tools"
        npm install --silent --no-audit --no-fund --prefix "$tools" dclint >&2 || echo "compare: npm could not install dclint" >&2
    else
        echo "compare: npm is not installed, so dclint is left out (apt-get install npm)" >&2
    fi
fi
[[ -x "$dclint" ]] && args+=(--dclint "$dclint")

if [[ -d "$corpus" ]]; then
    args+=(--corpus "$corpus")
else
    echo "compare: no corpus at $corpus; set STACKCANVAS_CORPUS to lint one" >&2
fi
command -v docker-compose >/dev/null || echo "compare: docker-compose (v1) is not on the PATH; apt-get install docker-compose to compare with it" >&2

xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb >/dev/null; then
    # A display number of our own, free of another server's lock.
    for n in $(seq 90 140); do
        if [[ ! -e "/tmp/.X$n-lock" ]]; then
            Xvfb ":$n" -screen 0 1440x920x24 -nolisten tcp >/dev/null 2>&1 &
            xvfb_pid=$!
            export DISPLAY=":$n"
            sleep 1
            break
        fi
    done
fi

java -jar "$jar" bench --work "$root/target/bench-stacks" "${args[@]}" "$@"
