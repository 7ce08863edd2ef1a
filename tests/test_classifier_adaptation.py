"""The bench's adaptation to unlabelled real text (bench/bench_classifier.py, section 3b):
self-training of the real firms' n-gram model may only add weights for n-grams the labelled
firms never had; what the labelled firms taught stays as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from scoring.calibration import RealNgrams

ROOT = Path(__file__).resolve().parent.parent


def _rows(cols_per_row: list[list[int]], n_features: int = 64) -> sp.csr_matrix:
    data, indices, indptr = [], [], [0]
    for cols in cols_per_row:
        indices += cols
        data += [1.0 / np.sqrt(len(cols))] * len(cols)
        indptr.append(len(indices))
    return sp.csr_matrix((data, indices, indptr), shape=(len(cols_per_row), n_features))


def test_adaptation_learns_only_the_pools_new_ngrams():
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_classifier import adapt_ngrams

    classes = ["", "a", "b"]
    # labelled: feature 1 means a, 2 means b, 3 none; 0 everywhere
    x = _rows([[0, 1], [0, 1, 4], [0, 2], [0, 2, 5], [0, 3], [0, 3, 6]] * 3)
    y = ["a", "a", "b", "b", "", ""] * 3
    ng0 = RealNgrams.fit(x, y, classes)
    # the pool: the new n-gram 40 always beside a's known one, 41 beside b's
    pool = _rows([[1, 40], [1, 40, 0], [2, 41], [2, 41, 0]] * 3)
    target = np.zeros((pool.shape[0], 3))
    target[:, 1] = [1, 1, 0, 0] * 3
    target[:, 2] = [0, 0, 1, 1] * 3
    ng1 = adapt_ngrams(ng0, pool, target, np.ones(pool.shape[0]), n_labelled=len(y), rho=2.0)

    assert set(ng0.features) < set(ng1.features) and {40, 41} <= set(ng1.features)
    old = np.searchsorted(ng1.features, ng0.features)
    np.testing.assert_array_equal(ng1.weights[old], ng0.weights)
    np.testing.assert_array_equal(ng1.bias, ng0.bias)
    # a text naming only the new n-grams now leans the way the pool's sure calls did
    only_new = _rows([[40], [41]])
    before, after = ng0.logp(only_new), ng1.logp(only_new)
    np.testing.assert_allclose(before[0], before[1])  # unknown n-grams: no evidence before
    assert after[0, 1] > after[0, 2] and after[1, 2] > after[1, 1]
    # texts of the labelled firms' own n-grams read as before
    np.testing.assert_allclose(ng1.logp(x), ng0.logp(x), atol=1e-6)
