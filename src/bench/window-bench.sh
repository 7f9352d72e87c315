#!/usr/bin/env bash
# The window's figures on the real window, engine and models, in both of JavaFX's pipelines:
# cold start to an interactive window (against an empty JavaFX window), frame interval while the
# default VAE trains (against the same view after training), slider move to decoded image in the
# window, and the full redraw of 70,000 scatter points. ES2 runs under Xvfb with Mesa where
# xvfb-run is installed; the software pipeline runs headless on Monocle.
#
#   src/bench/window-bench.sh [--write docs/BENCHMARKS.md] [--starts N] [--seconds S]
#
# A benchmark, not a test: run it on an otherwise idle machine (about 4 minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
write=() starts=3 seconds=8
while [ $# -gt 0 ]; do
  case "$1" in
    --write) write=(--write "$2"); shift 2 ;;
    --starts) starts="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "usage: $0 [--write FILE] [--starts N] [--seconds S]" >&2; exit 2 ;;
  esac
done
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >&2
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
results=target/window-bench
rm -rf "$results" && mkdir -p "$results"
sw=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw)

# The cold starts alternate with the reference's, so that the machine's noise and the disk cache hit both.
if command -v xvfb-run >/dev/null; then
  es2() { xvfb-run -a -s "-screen 0 1400x950x24" java -Dprism.forceGPU=true "$@"; }
  for _ in $(seq "$starts"); do
    es2 -cp "$cp" latentlab.bench.WindowBench bare "$results/es2.tsv"
    es2 -cp "$cp" latentlab.bench.WindowBench cold-start "$results/es2.tsv"
  done
  es2 -Dprism.verbose=true -cp "$cp" latentlab.bench.WindowBench run "$results/es2.tsv" "$seconds" \
    | tee "$results/es2.log"
  renderer=$(sed -n "s/^ *Renderer: *//p" "$results/es2.log" | head -1)
  [ -n "$renderer" ] && printf 'renderer\t%s\n' "$renderer" >> "$results/es2.tsv"
else
  echo "xvfb-run not found: the ES2 figures are skipped" >&2
fi
for _ in $(seq "$starts"); do
  java "${sw[@]}" -cp "$cp" latentlab.bench.WindowBench bare "$results/sw.tsv"
  java "${sw[@]}" -cp "$cp" latentlab.bench.WindowBench cold-start "$results/sw.tsv"
done
java "${sw[@]}" -cp "$cp" latentlab.bench.WindowBench run "$results/sw.tsv" "$seconds"
java "${sw[@]}" -cp "$cp" latentlab.bench.ExplorerBench "$results/explorer.tsv"
java -cp "$cp" latentlab.bench.WindowBenchReport "$results" "${write[@]}"
