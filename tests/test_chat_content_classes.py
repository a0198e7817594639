"""The chat on our own questions for each session's content classes (tests/cases/chat_content_s*.toml):
s3 — the data on the form and the BSN, moving, another gemeente giving more, days and months
together, income never a bar, kinds of care and how much, the gaps of issue 11 point 7;
s4 — a waiting list at the opvang, residence permits, tax and other toeslagen, the school holidays,
and the English of expats;
s5 — the family's own numbers answer "what do we pay?", a single parent, the kind of care named in
a story, and B6 whole (days and months);
s6 — "what does the gemeente pay?", "fill it in now" (the wizard), a request in the imperative over a
statement of context, words on the form, an age limit someone named, documents (B13), a refusal
told in other words (bezwaar first);
s7 — an offer below the B6 minimum said in any way (one morning a week, for 3 months), a route to
work begun after unemployment (KOT), a family that already gets KOT asking SMI for the rest (not a
top-up, B3); the minimum and bezwaar for the offer; a child writing for the parents; a request
to act said as an imperative, a person asked for, another topic that names a domain word
(passport, phone contract, a child's symptoms, a school trip), "what if they say no?";
s8 — a parent who had to stop working (SMI with a working partner), raising a child alone while
working and a partner in detention for a time (KOT), a stay-at-home parent with a child behind in
development, "when do I hear yes or no?", online or at the desk, must a professional sign, "help
me fill it in" (the wizard), a change while SMI runs, an income kept back or of years ago, a hard
letter and who helps, an invoice total for a number of hours and one price for several children,
a bank's question; from a blind set of family stories (s19): ill but still employed (KOT), a job
given up or a study stopped (SMI), a route to work through the UWV and both parents in
inburgering (KOT), an ill parent whose work is not told (SMI, and KOT if the job goes on), a
partner in detention with the writer's own work not told (ask), an ex who lives elsewhere, a
child's Wlz told by a teacher or grandparent, intensive care; a short question about
kinderopvangtoeslag itself (Dienst Toeslagen first); an item about one reason (addiction) leads a
story only when the story tells that reason;
s9 — "still", "already", "now" carry no topic of their own (English as Dutch already did), and a
scheme asked about by name (kinderopvangtoeslag, peuteropvang, bezwaar, an extension) is answered
by name; "and so does my husband" / "net als mijn man" (the same work), detention told with a time
and a place named to say it is not prison, "niet meer aan het werk", and the numbers of care as
people type them (opening times, weekdays, "10 euro 50", "euros", an invoice without a euro sign,
"hours of childcare a week", "10-hour days", a price between the days and the hours a day), one
price or one length of a day for several children, an invoice total with the hourly price, and
"what would we pay?" without all numbers (how it works, then what to add), the children's hours
first and one price after them, a list of hours after its unit ("hours per month: 100, 80 and
60");
s10 — money typed in short ("42000 year", "10,20 hour"), an amount paid abroad in another currency
(no income), a helper who asks the chat to act for the person they write about, "kijken of ik het
krijg", "help mij het formulier in te vullen", what "beschikking" means beside another official
word, the basislijn minimum when gemeenten differ, bijstand duties in plain words, finding a GP or
dentist (not ours), and not wanting others to read private medical things (no danger). Each class
is asked in Dutch and in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.chat import ask
from wizard.chat.evaluate import check, load_cases

TABLES = sorted((Path(__file__).resolve().parent / "cases").glob("chat_content_s*.toml"))
CASES = [dict(case, table=t.stem) for t in TABLES for case in load_cases(t)]


def test_both_sessions_tables_are_read():
    assert {c["table"] for c in CASES} >= {"chat_content_s3", "chat_content_s4", "chat_content_s5", "chat_content_s6",
                                                "chat_content_s7", "chat_content_s8", "chat_content_s9",
                                                "chat_content_s10", "chat_content_s11",
                                                "chat_content_s12", "chat_content_s13",
                                                "chat_content_s14", "chat_content_s15"}


@pytest.mark.parametrize("table", [t.stem for t in TABLES])
def test_every_class_is_asked_in_dutch_and_in_english(table):
    cases = [c for c in CASES if c["table"] == table]
    langs = {(c["class"], c["lang"]) for c in cases}
    assert not [(c["class"], lg) for c in cases for lg in ("nl", "en") if (c["class"], lg) not in langs]


@pytest.mark.parametrize("case", CASES, ids=[f'{c["table"]}:{c["id"]}' for c in CASES])
def test_class_question_is_answered_right(case):
    reply = ask(case["text"])
    assert check(case, reply) == [], reply.answer
