"""BERT uncased WordPiece, as Hugging Face's tokenizer.json for all-MiniLM-L6-v2 defines it (BertNormalizer with
lowercase and accent stripping, BertPreTokenizer, WordPiece with "##", pair template [CLS] A [SEP] B [SEP],
longest-first truncation). The Java side (org.quotestance.minilm.WordPieceTokenizer) implements the same rules and
is tested against DJL's Hugging Face tokenizer."""
import json
import unicodedata

CLS, SEP, PAD, UNK = "[CLS]", "[SEP]", "[PAD]", "[UNK]"
MAX_WORD_CHARS = 100


def _is_control(c):
    if c in "\t\n\r":
        return False
    return unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn")


def _is_whitespace(c):
    return c in " \t\n\r" or unicodedata.category(c) in ("Zs", "Zl", "Zp")


def _is_punct(c):
    o = ord(c)
    if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def _is_chinese(o):
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2A6DF or 0x2A700 <= o <= 0x2B73F
            or 0x2B740 <= o <= 0x2B81F or 0x2B820 <= o <= 0x2CEAF or 0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F)


class WordPiece:
    def __init__(self, vocab):
        self.vocab = vocab
        self.cls, self.sep, self.pad, self.unk = (vocab[t] for t in (CLS, SEP, PAD, UNK))

    @staticmethod
    def from_tokenizer_json(path):
        with open(path, encoding="utf-8") as f:
            return WordPiece(json.load(f)["model"]["vocab"])

    def normalize(self, text):
        out = []
        for c in text:
            o = ord(c)
            if o == 0 or o == 0xFFFD or _is_control(c):
                continue
            if _is_whitespace(c):
                out.append(" ")
            elif _is_chinese(o):
                out.append(" " + c + " ")
            else:
                out.append(c)
        s = "".join(c.lower() for c in "".join(out))  # char by char, as Rust's to_lowercase (no final sigma)
        s = unicodedata.normalize("NFD", s)
        return "".join(c for c in s if unicodedata.category(c) != "Mn")

    def words(self, text):
        out, cur = [], []
        for c in self.normalize(text):
            if c == " ":
                if cur:
                    out.append("".join(cur)); cur = []
            elif _is_punct(c):
                if cur:
                    out.append("".join(cur)); cur = []
                out.append(c)
            else:
                cur.append(c)
        if cur:
            out.append("".join(cur))
        return out

    def ids(self, text):
        out = []
        for w in self.words(text):
            if len(w) > MAX_WORD_CHARS:
                out.append(self.unk)
                continue
            pieces, start, bad = [], 0, False
            while start < len(w):
                end, found = len(w), None
                while start < end:
                    sub = w[start:end] if start == 0 else "##" + w[start:end]
                    if sub in self.vocab:
                        found = self.vocab[sub]
                        break
                    end -= 1
                if found is None:
                    bad = True
                    break
                pieces.append(found)
                start = end
            out.extend([self.unk] if bad else pieces)
        return out

    def pair(self, a, b, max_length):
        """input ids and token type ids of [CLS] a [SEP] b [SEP], truncated longest-first to max_length."""
        x, y = self.ids(a), self.ids(b)
        budget = max_length - 3
        if len(x) + len(y) > budget:
            n1, n2 = len(x), len(y)
            swap = n1 > n2
            if swap:
                n1, n2 = n2, n1
            n2 = n1 if n1 > budget else max(n1, budget - n1)
            if n1 + n2 > budget:
                n1 = budget // 2
                n2 = n1 + budget % 2
            if swap:
                n1, n2 = n2, n1
            x, y = x[:n1], y[:n2]
        ids = [self.cls] + x + [self.sep] + y + [self.sep]
        types = [0] * (len(x) + 2) + [1] * (len(y) + 1)
        return ids, types
