"""Answers and decisions for the document tests."""

from __future__ import annotations

from tests.conftest import make_answers

FULL_APP = {
    "applicant": {"name": "Fatima de Vries-El Amrani", "bsn": "100000009"},
    "contact": {"street": "Coolsingel 40", "postcode": "3011 AD", "city": "Rotterdam",
                "phone": "06-12345678", "email": "fatima@example.nl"},
    "partner": {"name": "Pieter de Vries"},
    "children": [{"name": "Noor de Vries", "bsn": "123456782",
                  "provider": {"name": "KDV Het Zonnetje", "lrk_number": "123456789",
                               "start_date": "2026-12-01"}}],
    "reason_text": "Mijn partner is ziek en kan niet voor de kinderen zorgen.",
    "professional": {"name": "Dr. A. Jansen", "organisation": "Huisartsenpraktijk Centrum",
                     "phone": "010-1234567", "consent": True},
    "period": {"start": "2026-12-01", "end": "2027-05-31"},
}


def full_answers(**patch):
    base = {"children": [{"birth_date": "2023-05-04",
                          "care": {"type": "dagopvang", "hours_per_month": "80",
                                   "hourly_price": "10.25"}}],
            "application": FULL_APP}
    base.update(patch)
    return make_answers(**base)


DECISION = {"number": "SMI-2026-0042", "date": "2026-11-26", "application_date": "2026-11-02",
            "period_start": "2026-12-01", "period_end": "2027-05-31",
            "grants": [{"child": 1, "hours_per_month": "80"}],
            "eigen_bijdrage_per_month": "123.45",
            "expectations": ["U blijft in gesprek met het wijkteam over uw herstel."],
            "monitoring_date": "2027-03-01", "official": "J. Bakker, consulent SMI",
            "previous_number": "SMI-2026-0001"}
