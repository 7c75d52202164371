#!/usr/bin/env python3
"""Writes the FSRS-6 reference vectors that PlanFSRSTests checks MockLoop's scheduler against.

The reference is py-fsrs (`pip install fsrs==6.3.2`), run with no learning or relearning steps
and no fuzz, as MockLoop schedules: every review is scheduled in whole days from the stability
it leaves. Each history is a card reviewed 1 to 12 times over at most two years, with random
ratings and random gaps: some reviews come less than a day after the last one, some early,
some on the due day and some late. After every review the vector keeps the stability, the
difficulty and the due day (UTC).

Usage: python3 Tests/plan/make_vectors.py [COUNT] > Tests/plan/fsrs-vectors.json
The output depends only on COUNT and the seed below, so running it again gives the same file.
"""

import json
import random
from importlib.metadata import version
import sys
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

SEED = 20240613
SPAN = timedelta(days=730)


def gap_after(card: Card, rng: random.Random) -> timedelta:
    """The time until the next review: the same day, early, on time or late."""
    interval = max((card.due - card.last_review).total_seconds(), 86400.0)
    kind = rng.random()
    if kind < 0.12:
        seconds = rng.uniform(60, 86399)  # less than a day: a same-day review
    elif kind < 0.40 and interval >= 2 * 86400:
        seconds = interval * rng.uniform(0.2, 0.95)  # early
    elif kind < 0.65:
        seconds = interval + rng.uniform(-3600 * 6, 3600 * 6)  # about the due moment
    else:
        seconds = interval * rng.uniform(1.0, 4.0) + rng.uniform(0, 86400 * 20)  # late
    return timedelta(seconds=max(60, int(seconds)))


def history(rng: random.Random, scheduler: Scheduler) -> dict:
    start = datetime(2023, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randrange(0, 86400 * 365))
    end = start + SPAN
    count = rng.randint(1, 12)
    card = Card(card_id=1, due=start)
    at = start
    reviews = []
    for index in range(count):
        if index > 0:
            at = at + gap_after(card, rng)
            if at > end:
                break
        rating = Rating(rng.randint(1, 4))
        card, _ = scheduler.review_card(card, rating, at)
        reviews.append(
            {
                "at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "rating": int(rating),
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": card.due.strftime("%Y-%m-%d"),
            }
        )
    return {"reviews": reviews}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    rng = random.Random(SEED)
    histories = [history(rng, scheduler) for _ in range(count)]
    ratings = {review["rating"] for item in histories for review in item["reviews"]}
    assert ratings == {1, 2, 3, 4}, f"every rating must occur, found {sorted(ratings)}"
    document = {
        "reference": f"py-fsrs {version('fsrs')}",
        "parameters": list(scheduler.parameters),
        "desiredRetention": scheduler.desired_retention,
        "maximumInterval": scheduler.maximum_interval,
        "histories": histories,
    }
    json.dump(document, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
