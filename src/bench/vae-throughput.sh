#!/usr/bin/env bash
# Training throughput of the classic VAE (784-400-20, batch 128, Adam) on 2 CPU threads:
# LatentLab against the PyTorch reference, on the same bundled digits, and LatentLab's resident
# memory after epoch 5 and epoch 50 (it should not grow).
#
#   src/bench/vae-throughput.sh            # 50 LatentLab epochs, 4 reference epochs
#   EPOCHS=10 REF_EPOCHS=3 src/bench/vae-throughput.sh
#
# A benchmark, not a test: run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
EPOCHS=${EPOCHS:-50}
REF_EPOCHS=${REF_EPOCHS:-4}
THREADS=${THREADS:-2}
PY=${PY:-/usr/bin/python3}   # Debian's python3-torch, not a pyenv python
JAR=${JAR:-target/latentlab.jar}   # its dependencies in lib/ beside it

if [[ "$JAR" == target/latentlab.jar && ( ! -f "$JAR" || -n "$(find src/main -newer "$JAR" -print -quit)" ) ]]; then
  mvn -B -q -o -DskipTests package >&2
fi

echo "LatentLab: vae latent 20, batch 128, $EPOCHS epochs, $THREADS threads ..." >&2
# A fixed, pre-touched Java heap: any growth of the resident set after that is native memory.
ll=$(LATENTLAB_FORCE_CPU=true java -Xms768m -Xmx768m -XX:+AlwaysPreTouch -Dai.djl.offline=true \
  -Dai.djl.pytorch.num_threads="$THREADS" -Dai.djl.pytorch.num_interop_threads=1 \
  -jar "$JAR" bench train --model vae --latent 20 --batch 128 --epochs "$EPOCHS" --json)
echo "$ll" >&2

echo "Reference: $PY $(basename "$0" .sh) PyTorch example, $REF_EPOCHS epochs ..." >&2
ref=$("$PY" src/bench/reference_models.py --model vae --epochs "$REF_EPOCHS" --batch 128 --threads "$THREADS")
echo "$ref" >&2

"$PY" - "$ll" "$ref" "$EPOCHS" <<'PYEOF'
import json, sys
ll, ref, epochs = json.loads(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3])
rss = ll["rssMiB"]
print(f"LatentLab  {ll['samplesPerSecond']:>8,} images/s  ({ll['device']}, {ll['threads']} threads)")
print(f"Reference  {ref['samplesPerSecond']:>8,} images/s  (PyTorch {ref['torch']}, {ref['threads']} threads)")
print(f"Ratio      {ll['samplesPerSecond'] / ref['samplesPerSecond']:.2f}x  (goal: >= 8x)")
at5 = rss[min(4, len(rss) - 1)]
print(f"RSS        {at5:.1f} MiB after epoch {min(5, len(rss))}, {rss[-1]:.1f} MiB after epoch {len(rss)}"
      f" (growth {rss[-1] - at5:+.1f} MiB), peak {ll['peakRssMiB']:.1f} MiB")
PYEOF
