"""Fact reading, session 6 (facts12), own wordings (Dutch, English, simple Dutch, misspelt):

1. A parent who no longer works is not read as working because the words name work ("off work
   for good", "signed off permanently", "can no longer work", "zit ziek thuis", "arbeidsongeschikt"),
   and the clause after it ("I'm working", "Working myself") is the writer's. A parent who still
   has the job on sick leave keeps kinderopvangtoeslag (domain.md, "Asking about work"); where the
   words do not say whether the job goes on ("off work", "ziek thuis"), the reply asks.
2. One set of hours for several children ("two children, each 90 hours a month; the baby group
   costs 11.50, the toddler group 10.80"): an estimate per child, the child with the most hours
   (equal hours: the highest cost) as the first child, the price capped at the table's maximum.
3. Children of different ages in one story: a line per child where the age changes the answer (a
   toddler also has peuteropvang/VE, a school child the BSO, a child at secondary school is past
   SMI age, B4); "SMI voor allebei?", "can both go" are the children, not both parents working.

Expected amounts worked out by hand from ../shared/reference/kot_2026.csv and max_uurprijs.csv
(dagopvang 2026: at most €11.23 an hour), not from the code:
- income 70,000 (row 69,493-73,292: first 90.5 %, next 94.6 %), 90 hours at 11.50 and at 10.80:
  first (11.50, highest cost): 90 x 11.23 = 1010.70; x 0.905 = 914.68; 1035.00 - 914.68 = 120.32.
  next (10.80): 972.00 x 0.946 = 919.51; 972.00 - 919.51 = 52.49.
- income 74,000 (row 73,293-77,094: 88.2 % / 94.2 %), 100 hours at 11.90 and at 10.50:
  first (11.90): 1123.00 x 0.882 = 990.49; 1190.00 - 990.49 = 199.51.
  next (10.50): 1050.00 x 0.942 = 989.10; 1050.00 - 989.10 = 60.90.
- income 60,000 (row 59,958-61,895: 93.9 % / 95.6 %), both 2.5 days of 12 hours (30 hours a week,
  x 52 / 12 = 130 hours a month) at 9.80: 1274.00 each; first 1274.00 - 1196.29 = 77.71;
  next 1274.00 - 1217.94 = 56.06.
- income 50,000 (row 49,319-51,092: 96 % / 96 %), twins 3 days of 10 hours (130 hours) at 10.00:
  1300.00 - 1248.00 = 52.00 each, together 104.00.
- income 80,000 (row 77,095-80,891: 85.9 % / 93.9 %), a baby 4 days of 10 hours (173.33 hours) and
  a toddler 2 days of 10 hours (86.67 hours), both at 11.50 ("zelfde prijs"): baby first:
  round(173.33 x 11.23) = 1946.50, x 0.859 = 1672.04, invoice 1993.30 -> 321.26; toddler next:
  round(86.67 x 11.23) = 973.30, x 0.939 = 913.93, invoice 996.71 -> 82.78.
- income 72,000 (row 69,493-73,292: 90.5 % / 94.6 %), twins 3 days of 10.5 hours (136.5 hours) at
  11.10: 1515.15 each; first 1515.15 - 1371.21 = 143.94; next 1515.15 - 1433.33 = 81.82.
- income 66,000 (row 65,696-69,492: 91.6 % / 95.2 %), 120 hours each at 10.95 and 10.40 (a message
  typed as a form): first (10.95): 1314.00 x 0.916 = 1203.62 -> 110.38; next: 1248.00 x 0.952 =
  1188.10 -> 59.90.
- income 60,000 (93.9 % / 95.6 %), kdv 100 hours at 10.90 (first: 1090.00 - 1023.51 = 66.49) and bso
  40 hours at 9.50 (next: 380.00 - 363.28 = 16.72): together 83.21.
- income 70,000 (90.5 % / 94.6 %), "the two youngest" 100 hours kdv at 11.10 each (1110.00) and the
  oldest 50 hours bso at 9.80 (490.00): first 1110.00 - 1004.55 = 105.45; the other kdv child
  1110.00 - 1050.06 = 59.94; bso 490.00 - 463.54 = 26.46; together 191.85.
- income 50,000 and 45,000 (96 % / 96 %): 3 days of 10 hours (130 hours) at 10.80: 1404.00 - 1347.84
  = 56.16 each, together 112.32; 4 days of 9 hours (156 hours) at 10.50: 1638.00 - 1572.48 = 65.52
  each, together 131.04.
"""

from __future__ import annotations

import pytest

from wizard.chat import ask
from wizard.chat.facts import read_facts
from wizard.models import Activity

W, N = Activity.work, Activity.none

# (text, lang): the partner no longer works, the writer works -> SMI, not kinderopvangtoeslag
NO_LONGER_WORKS = [
    ("My wife had a stroke last spring and she's off work for good now. I'm working. Can we get "
     "help with the nursery?", "en"),
    ("my husband is off work long-term since his accident. I work full time. what can we get for "
     "daycare", "en"),
    ("My husband is permanently off work after his heart attack and I'm working full time. Is there "
     "help for childcare?", "en"),
    ("my husband can no longer work, he has MS. I work part time. who pays the daycare?", "en"),
    ("Hubby off work since january with cancer. Only I work now. Can the kids go to daycare?", "en"),
    ("My husband had a stroke and is off work for good. Working myself, 4 days. Any help with "
     "the creche?", "en"),
    ("my husband is ill and off work, I'm the one working. can we get smi?", "en"),
    ("man ziek, zit thuis nu. ik werk in winkel. wie betaal opvang?", "nl"),
    ("vrouw ziek, werkt niet. ik werk in de fabriek. kan ik hulp voor kinderopvang?", "nl"),
    ("mijn vrouw is arbeidsongeschikt, ik werk fulltime. krijgen wij smi?", "nl"),
    ("mijn man kan niet meer werke, hij is ziek. ik werk wel. smi?", "nl"),
    ("Mijn man is ziek thuis, al maanden. Ik werk 4 dagen. Kunnen wij hulp krijgen voor de opvang?",
     "nl"),
]


@pytest.mark.parametrize("text,lang", NO_LONGER_WORKS)
def test_a_parent_off_work_is_not_read_as_working(text, lang):
    f = read_facts(text)
    assert f.partner.activity == N, "the partner no longer works"
    assert f.me.activity == W and not f.me.ill, "the writer works and is not the ill one"
    reply = ask(text, lang=lang)
    assert reply.outcome and reply.outcome["route"] == "smi", reply.answer[:300]
    assert "proefberekening" not in reply.answer and "trial calculation" not in reply.answer


# (text, who no longer works: "me" | "partner"): a benefit for people unfit for work, a job that was
# ended, a pronoun or a "his" before the partner is named
NO_JOB_MORE = [
    ("she hasn't been able to work since the burnout. I work full time.", "partner"),
    ("My husband is at home on disability benefit, I work 30 hours", "partner"),
    ("My partner was let go after being sick for two years. I work.", "partner"),
    ("My wife has been on sick leave for two years and now gets WIA. I work.", "partner"),
    ("Since his accident my husband can't work anymore and I'm the only one with a job.", "partner"),
    ("My husband got a disability pension after the accident. I work at the hospital as a nurse.",
     "partner"),
    ("I've been signed off for good. My wife is a teacher.", "me"),
    # a short answer about the other parent, with its reason after it
    ("Ik werk. Hij niet meer sinds zijn beroerte.", "partner"),
    ("he no longer works because of his heart, but I do", "partner"),
    # "dus" before the negation, "too ill to work", "no longer employed", "uit dienst", "his contract"
    ("mijn vrouw ligt al maanden op bed en werkt dus niet, ik werk bij de gemeente", "partner"),
    ("my partner is too ill to work. I have a full time job.", "partner"),
    ("My husband is long-term sick and no longer employed. I work.", "partner"),
    ("Mijn man is langdurig ziek en is uit dienst. Ik werk.", "partner"),
    ("Hij is langdurig ziek, zijn contract is gestopt. ik werk", "partner"),
    # the partner after a time ("since October he's ...", "sinds oktober zit hij ..."), a relative
    # clause after the partner, the partner's short answer
    ("Since October he's been off work for good. I still work.", "partner"),
    ("Sinds oktober zit hij thuis, afgekeurd. Ik werk.", "partner"),
    ("i work but my husband not anymore, he is sick since last year", "partner"),
    # a job lost in Dutch words, a company that closed, "uitgevallen"
    ("mijn man verloor zijn baan door zijn ziekte, ik werk 30 uur", "partner"),
    ("mijn vrouw is haar werk verloren na de burn-out. ik werk fulltime", "partner"),
    ("his company went bankrupt and he has been depressed since. I work.", "partner"),
    ("mijn vrouw is volledig uitgevallen, ze is op. ik werk fulltime", "partner"),
]


@pytest.mark.parametrize("text,who", NO_JOB_MORE)
def test_a_parent_without_a_job_any_more(text, who):
    f = read_facts(text)
    gone, works = (f.partner, f.me) if who == "partner" else (f.me, f.partner)
    assert gone.activity == N and works.activity == W and not works.ill


@pytest.mark.parametrize("text", [
    "my husbnd is permanantly off work, I work",  # misspelt
    "He has been signed off permanently by the doctor. I work four days.",
])
def test_misspelt_or_pronoun_only_partner_off_for_good(text):
    f = read_facts(text)
    assert f.partner.activity == N and f.me.activity == W


# Words that do not say whether the job goes on: the reply asks about the job (sick leave keeps
# kinderopvangtoeslag), in the reader's language
@pytest.mark.parametrize("text,lang,ask_job", [
    ("my husband is ill and off work, I'm the one working. can we get smi?", "en",
     "Does your husband still have a job"),
    ("Mijn man is ziek thuis, al maanden. Ik werk 4 dagen. Kunnen wij hulp krijgen voor de opvang?",
     "nl", "Heeft uw man wel een baan"),
    ("mijn vriendin zit thuis met rugklachten, ik werk fulltime. smi mogelijk?", "nl",
     "Heeft uw vriendin wel een baan"),
])
def test_off_work_without_saying_the_job_ended_asks_about_the_job(text, lang, ask_job):
    reply = ask(text, lang=lang)
    assert ask_job in reply.answer


# A job that goes on during sick leave: still kinderopvangtoeslag (kept apart from the above)
@pytest.mark.parametrize("text,lang", [
    ("he's off sick from work for months now, still employed. I work too. Can we switch to SMI?", "en"),

    ("Mijn man zit ziek thuis maar hij heeft nog een contract, zijn werkgever betaalt door. Ik werk "
     "ook. Kunnen we smi krijgen?", "nl"),
])
def test_a_parent_on_sick_leave_with_a_job_keeps_kot(text, lang):
    f = read_facts(text)
    assert f.partner.activity == W and f.partner.ill and not f.me.ill
    reply = ask(text, lang=lang)
    assert reply.outcome and reply.outcome["route"] == "kot", reply.answer[:300]


# (text, lang, amounts that must all appear, the first child's number)
TWO_CHILDREN_FEES = [
    ("We have two kids at the same nursery, 90 hours a month each. The baby group is 11.50 an hour "
     "and the toddler group 10.80. Our joint income is 70,000. What do we pay per child?", "en",
     ["€120.32", "€52.49"], 1),
    ("We hebben 2 kinderen op de kinderopvang, elk 100 uur per maand. De ene groep kost € 10,50 per "
     "uur, de andere € 11,90. Inkomen samen 74.000 euro. Wat is de eigen bijdrage per kind?", "nl",
     ["€ 199,51", "€ 60,90"], 2),
    ("mijn 2 kinders gaan allebei 2,5 dag naar de kdv, 12 uur per dag. prijs 9,80 per uur. inkomen "
     "60.000. hoeveel betaal ik per kind", "nl", ["€ 77,71", "€ 56,06"], 1),
    ("Twins at the daycare, each 3 days a week of 10 hours, €10.00 an hour. Income about 50k. Own "
     "contribution per child per month?", "en", ["€52.00", "€104.00"], 1),
    # days and the hours a day of one child told over commas; "zelfde prijs" for the other child
    ("de baby gaat 4 dagen naar het kinderdagverblijf, 10 uur per dag, € 11,50 per uur en de peuter 2 "
     "dagen van 10 uur, zelfde prijs. inkomen 80.000. wat betalen we per kind?", "nl",
     ["€ 321,26", "€ 82,78"], 1),
    # typed as a form
    ("Kinderen: 2. Uren: 120 per kind per maand. Prijzen: 10,40 en 10,95. Inkomen: 66.000. Eigen "
     "bijdrage?", "nl", ["€ 110,38", "€ 59,90"], 2),
    # the twins together as the subject, no each-word
    ("our twins go to the creche 3 days a week, 10.5 hours a day, 11,10 per hour. we earn 72k together. "
     "cost per child?", "en", ["€143.94", "€81.82"], 1),
]


@pytest.mark.parametrize("text,lang,amounts,first", TWO_CHILDREN_FEES)
def test_the_same_hours_for_two_children_give_an_amount_per_child(text, lang, amounts, first):
    reply = ask(text, lang=lang)
    for amount in amounts:
        assert amount in reply.answer, (amount, reply.answer[:600])
    child = "Child" if lang == "en" else "Kind"
    own = "own contribution" if lang == "en" else "eigen bijdrage"
    assert reply.answer.count(f"{child} 1: {own}") == 1 and reply.answer.count(f"{child} 2: {own}") == 1
    counts = "counts as the first child" if lang == "en" else "telt als eerste kind"
    assert f"{child} {first} {counts}" in reply.answer


def test_twins_each_get_their_own_amount():
    reply = ask("Twins at the daycare, each 3 days a week of 10 hours, €10.00 an hour. Income "
                "about 50k. Own contribution per child per month?", lang="en")
    assert reply.answer.count("€52.00") == 2


# "both" and "allebei" said of the parents are not two children; said of the children they are
@pytest.mark.parametrize("children,parents", [
    ("we both work full time. our 2 kids each go to the kdv 2 days, 10 hours a day, at 10,50. income 90.000",
     "we both work full time. our son goes to the kdv 2 days, 10 hours a day, at 10,50. income 90.000"),
    ("wij werken allebei. onze twee dochters gaan allebei 80 uur per maand naar de kdv, 11,00 per uur. "
     "inkomen 70.000",
     "wij werken allebei. onze dochter gaat 80 uur per maand naar de kdv, 11,00 per uur. inkomen 70.000"),
])
def test_both_children_are_two_children_both_parents_are_not(children, parents):
    assert len(read_facts(children).cares) == 2
    assert len(read_facts(parents).cares) == 1


# (text, lang, lines that must appear): one line per child, from the engine's verdict per child
PER_CHILD = [
    ("Ik ben ziek, mijn man werkt. Onze kinderen zijn 3 en 14. Kan SMI voor allebei?", "nl",
     ["Kind 1, 3 jaar: SMI kan passen", "peuteropvang", "Kind 2, 14 jaar: valt buiten SMI"]),
    ("my wife has cancer and I work full time. our kids are 1, 7 and 13 (the eldest is in secondary "
     "school). which of them can get SMI?", "en",
     ["Child 1, 1 year: SMI can fit, for day care", "Child 2, 7 years: SMI can fit, for after-school care",
      "Child 3, 13 years: not covered by SMI"]),
    ("me sick, husband work. kids 2 and 15. smi for both?", "en",
     ["Child 1, 2 years: SMI can fit", "Child 2, 15 years: not covered by SMI"]),
    ("ik heb kanker, man werkt fulltime. dochter 6 jaar en zoon 13 jaar zit op middelbare school. "
     "kunnen beide naar opvang met smi?", "nl",
     ["Kind 1, 6 jaar: SMI kan passen, voor de buitenschoolse opvang", "Kind 2, 13 jaar: valt buiten SMI"]),
    ("man in gevangenis, ik ben ziek en werk niet. kinderen 4 maanden en 13 jaar, brugklas", "nl",
     ["een baby: SMI kan passen", "13 jaar: valt buiten SMI"]),
    # a child named by its stage beside one with an age
    ("ik ben ziek, mijn man werkt. onze peuter en onze zoon van 9, kan smi?", "nl",
     ["Kind 1, 9 jaar: SMI kan passen, voor de buitenschoolse opvang", "Kind 2, 3 jaar: SMI kan passen"]),
    ("I have cancer and my husband works. We have a baby and a son of 13 who is in secondary school.",
     "en", ["a baby: SMI can fit", "13 years: not covered by SMI"]),
    # a child at secondary school without an age, beside one with a group or an age
    ("ik ben ziek, mijn man werkt. zoon in groep 3 en dochter zit op de middelbare school. kan smi voor "
     "allebei?", "nl", ["Kind 1, groep 3: SMI kan passen", "Kind 2, middelbare school: valt buiten SMI"]),
    ("My wife is in hospital for months and I work. My son is in year 2 of secondary school and my "
     "daughter is 4. Can SMI help?", "en", ["4 years: SMI can fit", "secondary school: not covered by SMI"]),
]


@pytest.mark.parametrize("text,lang,lines", PER_CHILD)
def test_children_of_different_ages_get_a_line_each(text, lang, lines):
    reply = ask(text, lang=lang)
    assert reply.outcome and reply.outcome["route"] == "smi", reply.answer[:300]
    for line in lines:
        assert line in reply.answer, (line, reply.answer[:900])


@pytest.mark.parametrize("text", [
    "Ik ben ziek, mijn man werkt. Onze kinderen zijn 3 en 14. Kan SMI voor allebei?",
    "I'm in a wheelchair since the accident, my husband works. Our daughter is 3 and our son is 12 "
    "and in groep 8. Can both go to childcare through SMI?",
])
def test_both_children_asked_about_is_not_both_parents_working(text):
    f = read_facts(text)
    assert f.me.ill and f.me.activity != W and f.partner.activity == W


def test_a_bare_partner_word_in_prison_is_the_partner():
    f = read_facts("man in gevangenis, ik ben ziek en werk niet. kinderen 4 maanden en 13 jaar")
    assert f.partner.detention and not f.me.detention
    assert sorted(c.age for c in f.children) == [0, 13]


# Another child's days without the hours a day: no estimate for that child, and the reply says so
# (the estimate shown is not the family's whole amount)
@pytest.mark.parametrize("text,lang,said", [
    ("the older one 40 hours BSO at 9,50, the little one 3 days kdv at 10,80. income 60000. what do "
     "we pay per child?", "en", "For the other child (day care (kinderdagverblijf), 3 days a week)"),
    ("de oudste 40 uur bso a 9,50 en de kleine 2,5 dag kdv a 10,80. inkomen 60.000 per jaar. wat is "
     "de eigen bijdrage per kind?", "nl", "Voor het andere kind (dagopvang (kinderdagverblijf), 2,5 dagen"),
])
def test_another_childs_days_without_hours_are_named(text, lang, said):
    reply = ask(text, lang=lang)
    assert said in reply.answer
    assert ("€23.18" if lang == "en" else "€ 23,18") in reply.answer  # 40 x 9.50 at 93.9 %


# A benefit for people unfit for work ends the job, unless the text says the job goes on: each row
# holds both sides (still employed -> kinderopvangtoeslag; no job any more -> SMI)
@pytest.mark.parametrize("employed,no_job,lang", [
    ("My husband is on sick leave. WIA? Not yet, he is still employed, his contract runs to 2028. I work "
     "part time. Is that SMI?",
     "My husband was on sick leave for two years and now gets WIA. I work part time. Is that SMI?", "en"),
    ("Mijn vrouw zit in de ziektewet? nee hoor, ze heeft nog een vast contract, ze is ziekgemeld. Ik "
     "werk ook. Kan SMI?",
     "Mijn vrouw was twee jaar ziekgemeld en zit nu in de WIA. Ik werk ook. Kan SMI?", "nl"),
])
def test_unfit_for_work_benefit_ends_the_job_unless_still_employed(employed, no_job, lang):
    assert ask(employed, lang=lang).outcome["route"] == "kot"
    assert ask(no_job, lang=lang).outcome["route"] == "smi"


def test_the_replys_fee_outcome_is_the_total_the_text_gives():
    reply = ask("Mijn vrouw is ziek, ik werk. Kinderen van 2 en 7: de kleine 100 uur kdv a 10,90, de "
                "grote 40 uur bso a 9,50. Inkomen 60.000. Wat betalen we per kind?", lang="nl")
    assert "€ 66,49" in reply.answer and "€ 16,72" in reply.answer
    assert reply.outcome["fee"]["eigen_bijdrage_per_month"] == "83.21"


@pytest.mark.parametrize("text,lang,amounts", [
    ("drie kinderen, de twee kleintjes allebei 100 uur kdv a 11,10 en de oudste 50 uur bso a 9,80. "
     "inkomen 70.000. wat betalen we?", "nl", ["€ 105,45", "€ 59,94", "€ 26,46", "€ 191,85"]),
    ("three kids: the two youngest at the kdv, each 100 hours a month at €11.10, the oldest at BSO 50 "
     "hours at €9.80. income 70k. what is the eigen bijdrage?", "en",
     ["€105.45", "€59.94", "€26.46", "€191.85"]),
])
def test_some_of_the_children_together_count_as_that_many(text, lang, amounts):
    reply = ask(text, lang=lang)
    for amount in amounts:
        assert amount in reply.answer, (amount, reply.answer[:900])


@pytest.mark.parametrize("text", [
    "I work full-time; my husband, who had a stroke, is off work for good.",
    "My wife, who has MS, is off work permanently. I work at the airport.",
])
def test_a_relative_clause_after_the_partner_tells_about_the_partner(text):
    f = read_facts(text)
    assert f.partner.ill and f.partner.activity == N and not f.me.ill



# Each care paired with its child by kind and age (kdv before school age, BSO at school): the
# estimate numbers the children as the reading does, a child past SMI age gets no SMI estimate,
# and the facts give each child its own care
def test_a_care_is_paired_with_its_child_and_numbered_as_that_child():
    reply = ask("Mijn vrouw is ziek, ik werk. Kinderen van 2 en 7: de grote 40 uur bso a 9,50, de "
                "kleine 100 uur kdv a 10,90. Inkomen 60.000. Wat betalen we per kind?", lang="nl")
    assert "Kind 1: eigen bijdrage ongeveer € 66,49" in reply.answer  # the 2-year-old, kdv
    assert "Kind 2: eigen bijdrage ongeveer € 16,72" in reply.answer  # the 7-year-old, bso
    kids = reply.facts["children"]
    assert kids[0]["age"] == 2 and kids[0]["care"]["type"] == "dagopvang"
    assert kids[1]["age"] == 7 and kids[1]["care"]["type"] == "bso"


@pytest.mark.parametrize("text,lang,said,amount,total", [
    ("kinderen 3 en 13. de peuter 100 uur kdv a 10,90 en de oudste 40 uur bso a 9,50. ik ben ziek, "
     "man werkt. inkomen 60.000", "nl", "Kind 2, 13 jaar: valt buiten SMI. Voor die opvang", "€ 66,49",
     "66.49"),
    ("I have cancer, my husband works. Kids 1 and 14: the baby 100 hours at the nursery at 10.90, the "
     "eldest 40 hours at BSO at 9.50. Income 60000.", "en",
     "Child 2, 14 years: not covered by SMI. We did not calculate", "€66.49", "66.49"),
])
def test_no_smi_estimate_for_a_child_past_smi_age(text, lang, said, amount, total):
    reply = ask(text, lang=lang)
    assert said in reply.answer and amount in reply.answer
    assert reply.outcome["fee"]["eigen_bijdrage_per_month"] == total



def test_the_facts_give_each_child_of_a_shared_message_its_care():
    fields = read_facts("We have two kids in day care, each 100 hours a month. Rates: €11.00 and €10.50 "
                        "per hour. Household income €65,000.").to_fields()
    cares = [c["care"] for c in fields["children"]]
    assert [(c["hours_per_month"], c["hourly_price"]) for c in cares] == [("100", "11.00"), ("100", "10.50")]



# misspelt and broken wordings of the same hours for two children
@pytest.mark.parametrize("text,lang,total", [
    ("2 kinderen, allebij 3 dagn kdv 10 uur per dag, prijs 10,80. inkomen 50000. wat betaal ik per kind",
     "nl", "€ 112,32"),
    ("my 2 kid go to daycare each 4 day, 9 hour one day, price 10.50 euro per hour. income 45000. how "
     "much we pay for each kid?", "en", "€131.04"),
])
def test_misspelt_shared_hours_for_two_children(text, lang, total):
    reply = ask(text, lang=lang)
    amount = "€ 56,16" if lang == "nl" else "€65.52"
    assert reply.answer.count(amount) == 2 and total in reply.answer, reply.answer[:700]


def test_a_parent_at_home_without_illness_is_not_asked_about_sick_leave():
    text = "mijn vrouw zit thuis met de kinderen, ik werk. kan ik smi krijgen?"
    f = read_facts(text)
    assert f.partner.activity == N and not f.partner.ill
    assert "ziek thuis" not in ask(text, lang="nl").answer
