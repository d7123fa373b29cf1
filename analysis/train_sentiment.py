"""Train the target-sentiment model that :func:`analysis.sentiment_toward` ships with.

Usage (from the project folder)::

    python -m analysis.train_sentiment EVAL_DIR [--out PATH] [--C 1.0]

``EVAL_DIR`` holds NewsMTSC's ``newsmtsc_train.jsonl`` and ``newsmtsc_dev.jsonl``
(Hamborg and Donnay, EACL 2021; MIT licence).  The model is fitted on the
training split only; the development split is used to choose the options
below and is scored at the end.  The result is a multinomial logistic
regression (scikit-learn) over :func:`analysis.sentiment.target_features`,
written as gzip-compressed JSON (feature names, and one 32-bit weight per
feature and label) to ``analysis/resources/``.  The
solver is deterministic and runs in one thread, and the file is written with
a fixed gzip timestamp, so a re-run gives a byte-identical file.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from .sentiment import LABELS, MODEL_PATH, target_features

#: Feature options (see :func:`analysis.sentiment.target_features`), chosen on the
#: development split and by 5-fold cross-validation on the training split.
OPTS = {"near": 3, "neg": True, "quote": True, "contrast": False, "bands": True, "speaker": True, "stem": True,
        "bigrams": True, "extra": True}
#: Inverse regularisation strength of the logistic regression.
C = 0.1
#: A feature seen in fewer training pairs than this is dropped (keeps the model small).
MIN_COUNT = 1


def load_pairs(path) -> list[dict]:
    """The (sentence, target, polarity) records of a NewsMTSC JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def featurize(pairs: list[dict], opts: dict = OPTS) -> list[dict]:
    """The feature dict of each pair."""
    return [target_features(r["sentence"], r["target_start"], r["target_end"], opts=opts)[0] for r in pairs]


def fit(feats: list[dict], labels: list[str], *, c: float = C, min_count: int = MIN_COUNT):
    """A fitted ``(feature names, LogisticRegression)``; names are sorted, so the matrix is deterministic."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    counts = Counter(k for f in feats for k in f)
    names = sorted(k for k, n in counts.items() if n >= min_count)
    clf = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    with threadpool_limits(1):
        clf.fit(matrix(feats, names), labels)
    return names, clf


def matrix(feats: list[dict], names: list[str]):
    """A CSR matrix (32-bit indices) of ``feats`` over the columns ``names``."""
    from scipy.sparse import csr_matrix

    col = {n: i for i, n in enumerate(names)}
    data, indices, indptr = [], [], [0]
    for f in feats:
        for k in sorted(f):
            if k in col:
                indices.append(col[k])
                data.append(f[k])
        indptr.append(len(indices))
    return csr_matrix((np.array(data), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int32)),
                      shape=(len(feats), len(names)))


def predict(names: list[str], clf, feats: list[dict]) -> list[str]:
    """Labels that ``clf`` gives ``feats``."""
    return list(clf.predict(matrix(feats, names)))


def payload(names: list[str], clf, meta: dict) -> dict:
    """The model as a JSON-ready dict: labels, options, feature names, and the weights as base64 of a
    little-endian float32 matrix (one row per feature, one column per label) with the bias per label."""
    order = [list(clf.classes_).index(lab) for lab in LABELS]
    weights = np.ascontiguousarray(clf.coef_[order].T, dtype="<f4")
    return {"labels": list(LABELS), "opts": OPTS, "meta": meta, "features": names,
            "weights": base64.b64encode(weights.tobytes()).decode("ascii"),
            "bias": [float(np.float32(clf.intercept_[i])) for i in order]}


def write_model(data: dict, out: Path) -> None:
    """Write ``data`` as gzip JSON with a fixed timestamp (byte-identical when re-run)."""
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(raw)


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """The unweighted mean of the three labels' F1 (NewsMTSC's F1m)."""
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=list(LABELS), average="macro"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_dir", help="folder with newsmtsc_train.jsonl and newsmtsc_dev.jsonl")
    ap.add_argument("--out", default=str(MODEL_PATH), help="model file to write (default: the shipped one)")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    missing = [n for n in ("newsmtsc_train.jsonl", "newsmtsc_dev.jsonl") if not (eval_dir / n).is_file()]
    if missing:
        print(f"train_sentiment: {', '.join(missing)} not found in {eval_dir}", file=sys.stderr)
        return 2
    train, dev = load_pairs(eval_dir / "newsmtsc_train.jsonl"), load_pairs(eval_dir / "newsmtsc_dev.jsonl")
    names, clf = fit(featurize(train), [r["polarity"] for r in train])
    dev_f1 = macro_f1([r["polarity"] for r in dev], predict(names, clf, featurize(dev)))
    meta = {"trained_on": "NewsMTSC train split", "n_train": len(train), "dev_macro_f1": round(dev_f1, 4),
            "C": C, "min_count": MIN_COUNT}
    write_model(payload(names, clf, meta), Path(args.out))
    print(f"{len(train)} training pairs, {len(names)} features; dev macro-F1 {dev_f1:.3f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
