#!/usr/bin/env bash
# Scatter redraw of 70,000 points and slider latency with a plain-Java decoder (no engine):
# the drawing budgets in isolation. A benchmark, not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >&2
exec java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" latentlab.bench.ExplorerBench "$@"
