#!/usr/bin/env bash
# The window's budgets on the real window, engine and models: frame interval while a VAE trains,
# and latent slider -> decoded image latency with the trained MLP decoder (idle and while
# training). Runs under Xvfb with Mesa (ES2 pipeline) when available, else Monocle headless.
#
#   src/bench/window-bench.sh [EPOCHS] [TAB]   (TAB 2: live embedding, default; 0: static data grid)
#
# A benchmark, not a test: run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >&2
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
# PIPELINE=sw runs headless on JavaFX's software renderer instead of Mesa's OpenGL.
if [ "${PIPELINE:-es2}" = es2 ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1400x950x24" java -Dprism.forceGPU=true -cp "$cp" latentlab.bench.WindowBench "$@"
fi
exec java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "$cp" \
  latentlab.bench.WindowBench "$@"
