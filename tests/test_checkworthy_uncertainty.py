"""The bootstrap interval of MAP: the vectorised average precision and the draws."""

import numpy as np
import pytest

from extractor.checkworthy.evaluate import average_precision
from extractor.checkworthy.uncertainty import average_precisions, interval, resampled_maps


def test_vectorised_average_precision_matches_the_measure_ties_included():
    rng = np.random.default_rng(0)
    labels = (rng.random((40, 30)) < 0.2).astype(int)
    # Few distinct scores, so ties are common and must resolve in line order.
    scores = rng.integers(0, 4, size=(40, 30)).astype(float)
    expected = [average_precision(list(s), list(y)) for s, y in zip(scores, labels, strict=True)]
    assert average_precisions(scores, labels) == pytest.approx(expected)


def test_a_row_without_positives_scores_zero():
    assert average_precisions(np.array([[0.3, 0.2]]), np.array([[0, 0]]))[0] == 0.0


def test_a_perfect_ranking_stays_perfect_on_every_draw():
    labels = [[1, 0, 0, 1, 0, 0, 0, 0], [0, 1, 0, 0]]
    perfect = [[float(y) for y in debate] for debate in labels]
    maps = resampled_maps({"perfect": perfect}, labels, draws=200, seed=1)
    # A draw may hold no positive of a debate (AP 0), never one ranked below a negative.
    assert maps["perfect"].max() == pytest.approx(1.0)
    assert set(np.round(maps["perfect"], 6)) <= {0.0, 0.5, 1.0}


def test_paired_draws_order_a_better_system_above_a_worse_one():
    rng = np.random.default_rng(3)
    labels = [list((rng.random(300) < 0.1).astype(int)) for _ in range(3)]
    good = [[y + rng.random() * 0.8 for y in debate] for debate in labels]
    noise = [list(rng.random(len(debate))) for debate in labels]
    maps = resampled_maps({"good": good, "noise": noise}, labels, draws=300, seed=2)
    gain = interval(maps["good"] - maps["noise"])
    assert gain.low > 0 and gain.share_above_zero == 1.0
    spread = interval(maps["noise"])
    assert spread.low < spread.median < spread.high
    # The same seed gives the same draws.
    again = resampled_maps({"noise": noise}, labels, draws=300, seed=2)
    assert np.array_equal(again["noise"], maps["noise"])
