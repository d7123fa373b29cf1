import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "article.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed():
    import analysis

    return analysis.load_article(SEED)
