"""`smi feedback-report`: satisfaction ratings (B15) per gemeente and month."""

from __future__ import annotations

import argparse
import csv
import sys

from wizard.feedback import FeedbackStore, neutralise


def cmd_feedback_report(args: argparse.Namespace) -> int:
    store = FeedbackStore(args.db)
    rows = store.report()
    if args.csv:
        out = csv.writer(sys.stdout)
        out.writerow(["gemeente", "month", "count", "average"])
        for r in rows:
            out.writerow([neutralise(r.gemeente), neutralise(r.month), r.count,
                          f"{r.average:.2f}"])
    else:
        print(f"{'gemeente':24} {'month':8} {'count':>6} {'average':>8}")
        for r in rows:
            print(f"{neutralise(r.gemeente):24} {neutralise(r.month):8} {r.count:>6} "
                  f"{r.average:>8.2f}")
        if not rows:
            print("(no feedback yet)")
    if args.comments:
        print()
        for g, m, rating, comment in store.comments():
            print(f"{neutralise(g)} {neutralise(m)} {rating}: {neutralise(comment)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("feedback-report", help="satisfaction ratings per gemeente and month (B15)")
    p.add_argument("--db", help="sqlite file or postgresql:// URL (default: SMI_DATABASE_URL, "
                                "SMI_FEEDBACK_DB or the user data folder)")
    p.add_argument("--csv", action="store_true", help="print CSV")
    p.add_argument("--comments", action="store_true", help="also print the comments")
    p.set_defaults(func=cmd_feedback_report)
