#!/usr/bin/python3
"""Reference for LatentLab's VAE throughput: the classic PyTorch VAE example (784-400-20,
BCE + KL summed per batch, Adam lr 1e-3), trained on the same bundled digits, on N CPU threads.

Run with Debian's python3-torch: /usr/bin/python3 src/bench/reference_vae.py --epochs 3
Prints one JSON object: images per second over the training batches of each epoch.
"""
import argparse
import gzip
import json
import os
import time

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGES = os.path.join(HERE, "..", "..", "resources", "data", "mnist", "mnist-10k-images-idx3-ubyte.gz")


class VAE(nn.Module):
    def __init__(self, latent):
        super().__init__()
        self.fc1 = nn.Linear(784, 400)
        self.fc21 = nn.Linear(400, latent)
        self.fc22 = nn.Linear(400, latent)
        self.fc3 = nn.Linear(latent, 400)
        self.fc4 = nn.Linear(400, 784)

    def encode(self, x):
        h1 = F.relu(self.fc1(x))
        return self.fc21(h1), self.fc22(h1)

    def reparameterize(self, mu, logvar):
        std = torch.exp(0.5 * logvar)
        return mu + torch.randn_like(std) * std

    def decode(self, z):
        return torch.sigmoid(self.fc4(F.relu(self.fc3(z))))

    def forward(self, x):
        mu, logvar = self.encode(x)
        return self.decode(self.reparameterize(mu, logvar)), mu, logvar


def loss_function(recon_x, x, mu, logvar):
    bce = F.binary_cross_entropy(recon_x, x, reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return bce + kld


def load(random_data):
    if random_data:
        return torch.rand(9000, 784)
    with gzip.open(IMAGES, "rb") as f:
        raw = f.read()
    n = int.from_bytes(raw[4:8], "big")
    pixels = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(n, 784).astype(np.float32) / 255.0
    return torch.from_numpy(pixels[:9000].copy())  # LatentLab trains on the first 9,000


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--latent", type=int, default=20)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--random", action="store_true", help="random images instead of the bundled digits")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    data = load(a.random)
    model = VAE(a.latent)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    rates = []
    for _ in range(a.epochs):
        order = torch.randperm(len(data))
        t0 = time.perf_counter()
        for start in range(0, len(data), a.batch):
            x = data[order[start:start + a.batch]]
            opt.zero_grad()
            recon, mu, logvar = model(x)
            loss = loss_function(recon, x, mu, logvar)
            loss.backward()
            opt.step()
        rates.append(len(data) / (time.perf_counter() - t0))
    steady = sorted(rates[1:] if len(rates) > 1 else rates)
    print(json.dumps({"torch": torch.__version__, "threads": a.threads, "batch": a.batch,
                      "samplesPerSecond": round(steady[len(steady) // 2]),
                      "epochSamplesPerSecond": [round(r) for r in rates]}))


if __name__ == "__main__":
    main()
