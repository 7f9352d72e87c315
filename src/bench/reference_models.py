#!/usr/bin/python3
"""Reference for LatentLab's training throughput: the same models in plain PyTorch, trained on the
same bundled digits with Adam (lr 1e-3), on N CPU threads.

  vae       the classic PyTorch VAE example, 784-400-20 (BCE + KL summed per batch)
  ae        the deep autoencoder 784-128-64-12-2, ReLU, linear code, sigmoid output, MSE
  conv-vae  3x3 conv 1->16, pool, 3x3 conv 16->32, pool, fc 1568->2d; decoder fc d->1568 and two
            4x4 stride-2 transposed convolutions 32->16->1 (LatentLab's ConvEncoder/ConvDecoder)

Run with Debian's python3-torch: /usr/bin/python3 src/bench/reference_models.py --model vae --epochs 3
Prints one JSON object: images per second over the training batches of each epoch.
`latentlab bench suite` runs it interleaved with LatentLab's own figures. --batches N times only the
first N batches of each epoch: the suite does so for the conv VAE, whose reference trains at a few
hundred images per second (the rate, images per second, stays comparable).
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


class DeepAE(nn.Module):
    def __init__(self, latent):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(),
                                 nn.Linear(64, 12), nn.ReLU(), nn.Linear(12, latent))
        self.dec = nn.Sequential(nn.Linear(latent, 12), nn.ReLU(), nn.Linear(12, 64), nn.ReLU(),
                                 nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 784), nn.Sigmoid())

    def forward(self, x):
        return self.dec(self.enc(x))


class ConvVAE(nn.Module):
    def __init__(self, latent):
        super().__init__()
        self.latent = latent
        self.enc = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                                 nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.fc = nn.Linear(32 * 7 * 7, 2 * latent)
        self.dfc = nn.Linear(latent, 32 * 7 * 7)
        self.dec = nn.Sequential(nn.ConvTranspose2d(32, 16, 4, stride=2, padding=1), nn.ReLU(),
                                 nn.ConvTranspose2d(16, 1, 4, stride=2, padding=1))

    def forward(self, x):
        h = self.fc(self.enc(x.view(-1, 1, 28, 28)).flatten(1))
        mu, logvar = h[:, :self.latent], h[:, self.latent:]
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        out = self.dec(F.relu(self.dfc(z)).view(-1, 32, 7, 7))
        return torch.sigmoid(out.flatten(1)), mu, logvar


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
    p.add_argument("--model", choices=["vae", "ae", "conv-vae"], default="vae")
    p.add_argument("--latent", type=int, default=None, help="default: 20, or 2 for ae")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--random", action="store_true", help="random images instead of the bundled digits")
    p.add_argument("--batches", type=int, default=None, help="batches per epoch (default: the whole epoch)")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    data = load(a.random)
    latent = a.latent or (2 if a.model == "ae" else 20)
    model = {"vae": VAE, "ae": DeepAE, "conv-vae": ConvVAE}[a.model](latent)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    rates = []
    for _ in range(a.epochs):
        order = torch.randperm(len(data))
        end = len(data) if a.batches is None else min(len(data), a.batches * a.batch)
        t0 = time.perf_counter()
        for start in range(0, end, a.batch):
            x = data[order[start:start + a.batch]]
            opt.zero_grad()
            if a.model == "ae":
                loss = F.mse_loss(model(x), x, reduction="sum") / len(x)
            else:
                recon, mu, logvar = model(x)
                loss = loss_function(recon, x, mu, logvar)
            loss.backward()
            opt.step()
        rates.append(end / (time.perf_counter() - t0))
    steady = sorted(rates[1:] if len(rates) > 1 else rates)
    print(json.dumps({"model": a.model, "latent": latent, "torch": torch.__version__, "threads": a.threads,
                      "batch": a.batch, "batchesPerEpoch": -(-end // a.batch),
                      "samplesPerSecond": round(steady[len(steady) // 2]),
                      "epochSamplesPerSecond": [round(r) for r in rates]}))


if __name__ == "__main__":
    main()
