"""Fact reading, session 5 (facts11), own wordings (Dutch, English, simple Dutch, misspelt):
- a family told about in the third person by a professional, a relative or a neighbour: the
  parents are told apart by role and gender, the writer's own "ik"/"I" is nobody of the family,
  and the reading names "de moeder", "the father", never "u bent ziek";
- a job that came to an end with words between ("mijn tijdelijk contract is in de zomer afgelopen");
- a question after a child's sentence ("of is zwangerschap geen ziekte?") does not make the child ill;
- a child with a Wlz indication and a sibling named with an age: the Wlz gives care to the one child,
  SMI can be for the sibling, and the reading says so."""

from __future__ import annotations

import pytest

from wizard.chat import ask
from wizard.chat.facts import Person, read_facts
from wizard.chat.situation import read_situation
from wizard.models import Activity, Reason

W, N = Activity.work, Activity.none


def _by_role(text: str, gender: str) -> Person:
    f = read_facts(text)
    assert f.third, "the writer tells about another family"
    if f.me_gender == gender:
        return f.me
    assert f.partner_gender == gender
    return f.partner


# (text, lang, mother: (activity, ill, detention), father: (activity, ill, detention), route)
THIRD = [
    ("Ik ben wijkcoach. Een gezin met twee kinderen: de moeder heeft MS en werkt niet meer, de vader "
     "werkt fulltime in de haven. Kan het gezin SMI krijgen?", "nl", (N, True, False), (W, False, False), "smi"),
    ("ik help mijn buurvrouw. haar man is ziek in bed, hij werkt nie. zij werkt in schoonmaak. kinderen 3 "
     "en 6. kan zij smi krijgen?", "nl", (W, False, False), (N, True, False), "smi"),
    ("Vraagje vanuit het wijkteam: vader zit in de gevangenis, moeder werkt 24 uur. Zoontje van 3 gaat "
     "naar de kdv. SMI of toeslag?", "nl", (W, False, False), (None, False, True), "kot"),
    ("Namens mijn cliënte: zij zit in de bijstand en heeft een zware depressie. Haar man werkt 40 uur. "
     "Hun dochter is 2.", "nl", (N, True, False), (W, False, False), "smi"),
    ("I'm a GP. My patient, a dad of three, had a stroke and cannot work; his wife works four days a week. "
     "Would SMI fit?", "en", (W, False, False), (N, True, False), "smi"),
    ("Writing for my brother: his wife has severe postnatal depression and isnt working, he works full "
     "time at a warehouse. Their baby is 4 months.", "en", (N, True, False), (W, False, False), "smi"),
    ("im a neighbour of a family where the mum got cancer, she dont work now, and the dad works nights. "
     "can they get help with daycare?", "en", (N, True, False), (W, False, False), "smi"),
    ("Probation officer here. My client is in prison for a year; client's wife works part time. "
     "Their son is 2. SMI or the benefit?", "en", (W, False, False), (None, False, True), "kot"),
]


@pytest.mark.parametrize("text,lang,mother,father,route", THIRD)
def test_a_family_told_in_the_third_person_is_read_by_role(text, lang, mother, father, route):
    for gender, (activity, ill, detention) in (("f", mother), ("m", father)):
        p = _by_role(text, gender)
        assert (p.ill or p.hospital) == ill, gender
        assert p.detention == detention, gender
        if activity is not None:
            assert p.activity == activity, gender
    reading = read_situation(read_facts(text), lang)
    assert reading is not None and reading.route == route
    first = reading.text.split("\n")[0]
    assert ("de moeder" if lang == "nl" else "the mother") in first
    assert ("de vader" if lang == "nl" else "the father") in first
    # the writer's own situation is never invented
    for wrong in ("u bent", "u werkt", "u zit", "you are", "you work", "you do not"):
        assert wrong not in first


def test_the_client_on_sick_leave_keeps_the_job_and_the_reading_says_so():
    text = ("Social worker here. Client couple: he is on sick leave from his permanent job with a burnout, "
            "she works 3 days. Do they lose the childcare benefit?")
    assert _by_role(text, "m").activity == W
    reading = read_situation(read_facts(text), "en")
    assert reading.route == "kot"
    assert "The father still has a job" in reading.text


# A parent who names a professional or a relative still writes about their own family
OWN = [
    ("Het wijkteam zei dat ik SMI kan vragen. Mijn man werkt, ik ben depressief.", "nl"),
    ("single mum here, I work full time and my son is 6. Can I get SMI?", "en"),
]


@pytest.mark.parametrize("text,lang", OWN)
def test_a_parent_naming_a_professional_is_still_the_parent(text, lang):
    assert not read_facts(text).third
    assert read_situation(read_facts(text), lang).text.startswith(
        "Uit wat u schrijft:" if lang == "nl" else "From what you write:")


ENDED = [
    "ik ben zwanger en moet plat liggen. mijn tijdelijke baan is in juni gestopt. mijn vriend werkt.",
    "Mijn contract is vorige maand helaas afgelopen en ik heb kanker. Mijn vrouw werkt.",
    "I have long covid. My fixed-term contract ended in May, my husband works full time.",
    "my job at the hotel was terminated in march, i'm depressed. wife works.",
]


@pytest.mark.parametrize("text", ENDED)
def test_a_job_that_came_to_an_end_is_no_job(text):
    f = read_facts(text)
    assert f.me.activity == N
    assert read_situation(f, "nl").route == "smi"


QUESTION_AFTER_CHILD = [
    "Ik ben zwanger van een tweeling en moet van de gyn rusten. Mijn man werkt. Onze zoon is 3. "
    "Kan dat via smi of is zwangerschap geen ziekte?",
    "Pregnant with twins, bed rest. My husband works. Our girl is 2 and goes to daycare. Is that an "
    "illness for SMI?",
]


@pytest.mark.parametrize("text", QUESTION_AFTER_CHILD)
def test_a_question_after_the_child_does_not_make_the_child_ill(text):
    f = read_facts(text)
    assert not f.child_ill
    assert f.me.ill


WLZ_SIBLING = [
    ("Onze dochter heeft een Wlz-indicatie en gaat naar een kinderdagcentrum. Haar broertje van 2 moet "
     "naar de opvang. Ik ben gestopt met werken om voor haar te zorgen, mijn vrouw werkt.", "nl"),
    ("our son has a wlz indication because of his disability. his little sister of 3 needs daycare. "
     "I gave up my job to care for him, my husband works full time.", "en"),
    ("mijn zoon heeft wlz indicatie. zijn zusje van 4 moet naar bso. ik werk nie meer voor hem, man werkt.",
     "nl"),
]


@pytest.mark.parametrize("text,lang", WLZ_SIBLING)
def test_the_sibling_of_a_wlz_child_can_get_smi(text, lang):
    f = read_facts(text)
    assert f.child_wlz and f.children and all(c.wlz is False for c in f.children)
    reading = read_situation(f, lang)
    assert reading.route == "smi"
    assert ("broertje of zusje" if lang == "nl" else "brother or sister") in reading.text
    assert "Wlz" in reading.text


def test_the_third_person_reading_reaches_the_reply():
    reply = ask("Ik ben POH-GGZ. Mijn cliënte heeft een zware depressie en werkt niet, haar man werkt "
                "fulltime. Hun zoon is 3. Past SMI?", lang="nl")
    assert "u bent ziek" not in reply.answer
    assert "de moeder" in reply.answer


# A job that is not there, said beside sick leave: no job ("on sick leave without a job anymore")
NO_JOB_ON_LEAVE = [
    "My partner is on long-term sick leave, without a job since January. I work full time.",
    "mijn vrouw is al maanden ziekgemeld en zit zonder baan sinds de zomer. ik werk.",
]


@pytest.mark.parametrize("text", NO_JOB_ON_LEAVE)
def test_sick_leave_without_a_job_is_no_job(text):
    f = read_facts(text)
    assert f.partner.activity == N and f.partner.ill
    assert read_situation(f, "nl").route == "smi"


def test_calling_in_sick_to_care_is_a_job_not_an_illness():
    f = read_facts("My husband is in a psychiatric clinic since Friday. I drive a taxi and I keep "
                   "calling in sick to stay with the kids.")
    assert f.me.activity == W and not f.me.ill


# What the writer read or heard about other people is not the writer's own situation
HEARSAY = [
    "I work 4 days, my wife has MS. I read some gemeentes only give SMI if you are on bijstand.",
    "Ik werk fulltime en mijn vrouw is ziek. Ik heb gehoord dat je in de bijstand moet zitten voor smi.",
]


@pytest.mark.parametrize("text", HEARSAY)
def test_what_the_writer_read_or_heard_is_not_their_situation(text):
    assert read_facts(text).me.activity == W


# "me vriend", "me man": the colloquial "my"
def test_me_vriend_is_the_partner():
    f = read_facts("me vriend ligt in het ziekenhuis en hij heeft geen werk. ik werk 3 dagen")
    assert f.partner.hospital and f.partner.activity == N
    assert f.me.activity == W and not f.me.hospital


# A grandparent about the grown-up child and the in-law: those are the parents, not "u"
IN_LAW = [
    ("Mijn dochter heeft SMI gekregen omdat mijn schoonzoon een hersentumor heeft. Zij werkt. "
     "Hoe lang duurt het?", "nl"),
    ("My son-in-law has cancer and can't work, my daughter works full time. Our grandchildren are 3 "
     "and 5. Can they get SMI?", "en"),
]


@pytest.mark.parametrize("text,lang", IN_LAW)
def test_a_grandparent_tells_about_the_parents(text, lang):
    f = read_facts(text)
    assert f.third
    ill = [p for p in (f.me, f.partner) if p.ill]
    assert len(ill) == 1
    first = read_situation(f, lang).text.split("\n")[0]
    for wrong in ("u bent", "u werkt", "uw kind", "you are", "you work", "your child"):
        assert wrong not in first


# An illness that is over is not read as now: "weer een baan na een jaar ziek thuis"
PAST_ILLNESS = [
    "Vanaf maart heeft mijn vrouw weer een baan van 24 uur na anderhalf jaar ziek thuis. Ik werk ook.",
    "My husband is back at work after a long time off sick with burnout, and I work 4 days.",
]


@pytest.mark.parametrize("text", PAST_ILLNESS)
def test_an_illness_that_is_over_is_not_read_as_now(text):
    f = read_facts(text)
    assert f.partner.activity == W and not f.partner.ill
    assert read_situation(f, "en").route == "kot"


# The substance named is an addiction; the reply says addiction counts and B9 (only recovery)
ADDICTION = [
    ("Ik ben 3 maanden clean van de cocaine en ga naar een dagprogramma. Mijn vriendin werkt.", "nl",
     "verslaving"),
    ("been off heroin for half a year, on methadone now, my wife works fulltime. can I get SMI?", "en",
     "addiction"),
]


@pytest.mark.parametrize("text,lang,word", ADDICTION)
def test_a_named_substance_is_an_addiction_and_the_reply_says_recovery(text, lang, word):
    f = read_facts(text)
    assert Reason.addiction in f.reasons
    assert read_situation(f, lang).route == "smi"
    reply = ask(text, lang=lang)
    assert word in reply.answer.lower() and "B9" in reply.answer


# Ages with the school group in brackets: both children, each with its own age
def test_ages_with_the_group_in_brackets():
    f = read_facts("Mijn kinderen zijn 11 (groep 8) en 13 (eerste klas van de middelbare). "
                   "Mijn man heeft een hernia en ik werk.")
    assert sorted(c.age for c in f.children) == [11, 13]
    assert "11 jaar" in read_situation(f, "nl").text.split("\n")[0]


# The writer's short answer after the other parent's clause: "man werkt, ik niet", "he doesn't, I do"
SHORT_ANSWER = [
    ("vrouw werkt ik niet, heb veel pijn in mijn rug", N),
    ("mijn vriend heeft een burnout en werkt niet meer ik wel", W),
    ("My wife works 4 days, I don't. I have epilepsy.", N),
]


@pytest.mark.parametrize("text,mine", SHORT_ANSWER)
def test_the_writers_short_answer_is_about_the_writer(text, mine):
    f = read_facts(text)
    assert f.me.activity == mine
    assert f.partner.activity == (W if mine == N else N)


# Not less work is still work: "ik kan niet minder gaan werken"
def test_cannot_work_less_is_work():
    f = read_facts("Mijn man is depressief. Ik werk 36 uur en kan niet minder gaan werken.")
    assert f.me.activity == W


# An illness denied is no illness: "I have no illness or anything"
def test_an_illness_denied_is_no_illness():
    f = read_facts("I work full time and have no illness at all, my husband works too. Can we get SMI?")
    assert not f.me.ill
    assert read_situation(f, "en").route == "kot"


# A time is no child's age: "zit nog 2 jaar vast", "for 3 years"
@pytest.mark.parametrize("text", [
    "Mijn vrouw zit nog 3 jaar in de gevangenis. Ik werk 20 uur. Onze kinderen zijn 5 en 9.",
    "My husband has long covid and hasn't worked in 3 years; I work. Our kids are 5 and 9.",
])
def test_a_time_in_years_is_no_childs_age(text):
    f = read_facts(text)
    assert sorted(c.age for c in f.children) == [5, 9]


# "een peuter van 2", "our toddler of 2": the age said, not a default
def test_a_toddlers_age_is_read():
    f = read_facts("ik moet plat liggen, mijn man werkt. we hebben een peuter van 2.")
    assert [c.age for c in f.children] == [2]


# Worn out by the nerves is overload: "ik ben op van de zenuwen"
def test_op_van_de_zenuwen_is_overload():
    f = read_facts("ik werk niet en ben op van de zenuwen, vader werkt. zoon van 6.")
    assert f.me.ill and f.me.activity == N


# A route to work by another name is a route to work, not a job: it counts for KOT all the same
ROUTE_WORDS = [
    "My husband follows a work trajectory with the gemeente 3 days a week, I have MS and can't work.",
    "mijn man zit in een werktraject van de gemeente, ik heb kanker en werk niet",
    "my wife is in a re-integration programme through UWV; I have a burnout and no job",
]


@pytest.mark.parametrize("text", ROUTE_WORDS)
def test_a_route_to_work_by_another_name(text):
    f = read_facts(text)
    assert f.partner.activity == Activity.route_to_work
    assert f.me.activity == N
