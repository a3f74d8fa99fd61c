"""Quantization-aware fine-tuning: the model computes with the 4-bit weights that export.py --weights q4 writes, so
training sees (and learns around) the rounding the shipped model has, while the float weights it keeps are what
the optimiser moves (straight-through: the gradient of the rounded weight is taken as the float weight's).

The rounding is export.py's: asymmetric 4-bit codes, a scale and zero point per block of `block` weights along the
input (per row of the word-embedding table, per `embedding_block` columns), each block's range min to max narrowed
toward zero by the one of CLIP_SHRINKS with the least squared error. Which narrowing each block takes is
chosen again every `refresh` steps (weights move little between); the codes are computed at every step.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

CLIP_SHRINKS = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75)  # the ranges tried per block (1.0 is min to max); export.py's too
LEVELS = 15


def _rounded(g, shrink, float16_scales=False):
    """Blocks g [..., block] rounded to 4 bits with their ranges narrowed by `shrink` [...]: the dequantized blocks
    (the word-embedding table's scales are stored as float16)."""
    lo, hi = g.amin(dim=-1) * shrink, g.amax(dim=-1) * shrink
    s = (hi - lo).clamp_min(1e-12) / LEVELS
    z = torch.round(-lo / s).clamp(0, LEVELS)
    c = (torch.round(g / s[..., None]) + z[..., None]).clamp(0, LEVELS)
    stored = s.half().float() if float16_scales else s  # codes from the float scale, as export.py's blocks4
    return (c - z[..., None]) * stored[..., None]


@torch.no_grad()
def best_shrinks(g):
    """For blocks g [..., block], the narrowing of each block's range with the least squared rounding error."""
    best_err = torch.full(g.shape[:-1], float("inf"))
    best = torch.ones(g.shape[:-1])
    for shrink in CLIP_SHRINKS:
        err = ((_rounded(g, torch.full(g.shape[:-1], shrink)) - g) ** 2).sum(dim=-1)
        better = err < best_err
        best_err = torch.where(better, err, best_err)
        best = torch.where(better, torch.full_like(best, shrink), best)
    return best


def _straight_through(w, q):
    return w + (q - w).detach()


class QuantLinear(nn.Linear):
    """nn.Linear computing with its weight rounded per block of `block` inputs (export.py's MatMulNBits)."""

    def __init__(self, linear, block):
        super().__init__(linear.in_features, linear.out_features, device="meta")  # no throwaway random weights
        self.weight, self.bias, self.block = linear.weight, linear.bias, block
        self.register_buffer("shrink", torch.ones(linear.out_features, linear.in_features // block), persistent=False)
        self.refresh()

    def blocks(self):
        return self.weight.view(self.out_features, self.in_features // self.block, self.block)

    def refresh(self):
        self.shrink = best_shrinks(self.blocks().detach())

    def forward(self, x):
        with torch.no_grad():
            q = _rounded(self.blocks(), self.shrink).view_as(self.weight)
        return F.linear(x, _straight_through(self.weight, q), self.bias)


class QuantEmbedding(nn.Embedding):
    """nn.Embedding whose looked-up rows are rounded per block of `block` columns (export.py's 4-bit table)."""

    def __init__(self, embedding, block):
        super().__init__(embedding.num_embeddings, embedding.embedding_dim, device="meta")
        self.weight, self.block = embedding.weight, block
        self.register_buffer("shrink", torch.ones(self.num_embeddings, self.embedding_dim // block), persistent=False)
        self.refresh()

    def refresh(self):
        self.shrink = best_shrinks(self.weight.detach().view(self.num_embeddings, -1, self.block))

    def forward(self, ids):
        rows = F.embedding(ids, self.weight)  # rows round independently, so only the looked-up ones need it
        with torch.no_grad():
            g = rows.view(*rows.shape[:-1], -1, self.block)
            q = _rounded(g, self.shrink[ids], float16_scales=True).view_as(rows)
        return _straight_through(rows, q)


def quantization_aware(model, block, embedding_block):
    """Swaps the model's weight matrices (every nn.Linear but the head, which the export leaves a float Gemm) and
    its word embeddings for rounding ones, in place;
    the parameters and the state dict's keys stay the same. Returns the swapped modules (to refresh)."""
    swapped = []
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is nn.Linear and child is not getattr(model, "head", None):  # the export keeps the head float
                q = QuantLinear(child, block)
            elif child is getattr(model, "word", None) and type(child) is nn.Embedding:
                q = QuantEmbedding(child, embedding_block)
            else:
                continue
            setattr(parent, name, q)
            swapped.append(q)
    return swapped
