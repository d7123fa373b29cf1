"""Train the Punkt sentence parameters shipped in ``analysis/resources/punkt_news.json.gz``.

Usage (from the project folder)::

    .venv/bin/python benchmarks/train_punkt.py            # train, write, then evaluate on PolNeAR dev
    .venv/bin/python benchmarks/train_punkt.py --check    # evaluate only

The parameters are learned by NLTK's Punkt trainer (with the package's own
tokenizer settings, :func:`analysis.article.train_sentence_parameters`) from the
840 PolNeAR *train* texts in ``../shared/eval/polnear_train.jsonl``, in file
order, so a re-run writes the same file byte for byte.  The evaluation compares
sentence ends with the PolNeAR *silver* sentence boundaries of the 83 dev
articles (an end within two characters counts), for the shipped parameters and
for NLTK's Punkt trained on each article by itself.  (The package's earlier
method, Punkt trained on each article with the package's settings, scored
P 0.9591, R 0.9665, F1 0.9628 on the same set.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.is_dir()),
            ROOT.parent / "shared" / "eval")
OUT = ROOT / "analysis" / "resources" / "punkt_news.json.gz"
NOTE = ("Punkt sentence parameters for news text, learned by benchmarks/train_punkt.py from the 840 PolNeAR "
        "train articles (../shared/eval/polnear_train.jsonl); read by analysis.article.")


def _texts(name: str) -> list[dict]:
    with (EVAL / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def train() -> None:
    from analysis.article import train_sentence_parameters

    params = train_sentence_parameters(r["text"] for r in _texts("polnear_train.jsonl"))
    raw = json.dumps({"note": NOTE, **params}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1024:.0f} KB): "
          f"{len(params['abbrev_types'])} abbreviations, {len(params['ortho_context'])} word types")


def _score(split) -> tuple[float, float, float]:
    silver = {o["id"]: o["sentences"] for o in _texts("polnear_silver_dev.jsonl")}
    tp = fp = fn = 0
    for r in _texts("polnear_dev.jsonl"):
        if r["id"] not in silver:
            continue
        gold = [b for _a, b in silver[r["id"]]]
        got = split(r["text"])
        tp += sum(1 for e in got if any(abs(e - g) <= 2 for g in gold))
        fp += sum(1 for e in got if not any(abs(e - g) <= 2 for g in gold))
        fn += sum(1 for g in gold if not any(abs(e - g) <= 2 for e in got))
    p, r = tp / (tp + fp), tp / (tp + fn)
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4)


def evaluate() -> None:
    from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

    import analysis

    shipped = _score(lambda text: [s.end for s in analysis.Article.from_text(text).sentences])

    def per_article(text: str) -> list[int]:
        # NLTK's Punkt with its defaults, trained on the article alone
        art = analysis.Article.from_text(text)
        trainer = PunktTrainer()
        trainer.train(art.text, finalize=True)
        tok = PunktSentenceTokenizer(trainer.get_params())
        return [p.start + b for p in art.paragraphs for _a, b in tok.span_tokenize(art.text[p.start:p.end])]

    alone = _score(per_article)
    print(f"PolNeAR dev, sentence ends against the silver boundaries: shipped parameters P {shipped[0]} "
          f"R {shipped[1]} F1 {shipped[2]}; Punkt trained on each article alone P {alone[0]} R {alone[1]} F1 {alone[2]}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="evaluate the shipped parameters only")
    args = p.parse_args(argv)
    if not EVAL.is_dir():
        print(f"error: {EVAL}: the evaluation data is not there", file=sys.stderr)
        return 2
    if not args.check:
        train()
    evaluate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
