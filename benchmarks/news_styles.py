"""Print the quotations and stakeholders of the stories in ``benchmarks/news_styles/`` for reading.

    .venv/bin/python benchmarks/news_styles.py [NAME ...]

No gold: the output is read by a person (see ``benchmarks/news_styles/README.md``).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402

STYLES = ROOT / "benchmarks" / "news_styles"


def show(path: Path) -> None:
    art = analysis.Article.from_text(path.read_text(encoding="utf-8"))
    print(f"== {path.stem}")
    print(analysis.extract_quotes(art)[["kind", "speaker", "role", "direct", "text"]].to_string())
    print(analysis.find_stakeholders(art)[["name", "kind", "aliases", "mentions"]].to_string())
    print()


def main(argv: list[str]) -> int:
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 60)
    pd.set_option("display.max_rows", 500)
    names = argv or sorted(p.stem for p in STYLES.glob("*.txt"))
    for name in names:
        path = STYLES / f"{name}.txt"
        if not path.is_file():
            print(f"news_styles: no story {name!r} in {STYLES}", file=sys.stderr)
            return 2
        show(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
