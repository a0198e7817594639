"""SMI-wegwijzer: the rules engine, fee calculator and gemeente profiles behind the wizard,
the documents, the chatbot and the `smi` command line."""

from wizard.amounts import read_amount, show_money, show_number
from wizard.answers_io import dump_answers, explain, parse_answers, read_answers
from wizard.dated import covered_period, this_year
from wizard.errors import (
    AmountError,
    ContentError,
    DateNotCovered,
    InputError,
    SmiError,
    TableNotAvailable,
    UnknownGemeente,
)
from wizard.fees import FeeResult, fee, kot_fee, rank_children, vng_fee
from wizard.gemeenten import (
    GemeenteEntry,
    all_gemeenten,
    basislijn_note,
    profile_for_gemeente,
    resolve_gemeente,
    search_gemeenten,
)
from wizard.i18n import LANGS, gettext_for, normalise_lang
from wizard.models import (
    Activity,
    Answers,
    Care,
    CareType,
    Child,
    Household,
    Income,
    Parent,
    School,
    Situation,
)
from wizard.models import Reason as SituationReason
from wizard.money import fmt_eur
from wizard.monitor import Judgement, monitor_rows, spread
from wizard.monitor import judge as judge_profile
from wizard.points import Comparison, Criterion, compare_all
from wizard.points import compare as compare_point
from wizard.profiles import BASISLIJN_IDS, Flag, Profile, all_profiles, below_basislijn, get_profile
from wizard.report import fee_to_json, verdict_to_json, verdict_to_text
from wizard.rules import WHO_GETS_SMI, assess
from wizard.verdict import Reason, Referral, Verdict

# The public API: the UI, the CLI, the documents and the chat import these from `wizard`.
__all__ = [
    # answers and amounts
    "Activity", "Answers", "Care", "CareType", "Child", "Household", "Income", "Parent",
    "School", "Situation", "SituationReason", "dump_answers", "explain", "parse_answers",
    "read_answers", "read_amount", "show_money", "show_number", "fmt_eur",
    # engine
    "assess", "Criterion", "Reason", "Referral", "Verdict", "WHO_GETS_SMI", "covered_period",
    "this_year",
    # basislijn points and gemeente profiles
    "BASISLIJN_IDS", "Comparison", "Flag", "Judgement", "Profile", "all_profiles",
    "below_basislijn", "compare_all", "compare_point", "get_profile", "judge_profile",
    "monitor_rows", "spread",
    # gemeenten
    "GemeenteEntry", "all_gemeenten", "basislijn_note", "profile_for_gemeente",
    "resolve_gemeente", "search_gemeenten",
    # fees
    "FeeResult", "fee", "kot_fee", "rank_children", "vng_fee",
    # output and languages
    "LANGS", "fee_to_json", "gettext_for", "normalise_lang", "verdict_to_json",
    "verdict_to_text",
    # errors
    "AmountError", "ContentError", "DateNotCovered", "InputError", "SmiError",
    "TableNotAvailable", "UnknownGemeente",
]
