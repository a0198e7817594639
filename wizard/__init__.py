"""SMI-wegwijzer: the rules engine, fee calculator and gemeente profiles behind the wizard,
the documents, the chatbot and the `smi` command line."""

from wizard.amounts import read_amount, show_money
from wizard.errors import (
    AmountError,
    ContentError,
    InputError,
    SmiError,
    TableNotAvailable,
    UnknownGemeente,
)
from wizard.fees import FeeResult, fee, kot_fee, rank_children, vng_fee
from wizard.gemeenten import (
    GemeenteEntry,
    all_gemeenten,
    profile_for_gemeente,
    resolve_gemeente,
    search_gemeenten,
)
from wizard.models import Answers, Care, CareType, Child, Household, Income, Parent, Situation
from wizard.profiles import Profile, all_profiles, get_profile
from wizard.rules import assess
from wizard.verdict import Verdict

__all__ = [
    "AmountError", "Answers", "Care", "CareType", "Child", "ContentError", "FeeResult",
    "GemeenteEntry", "Household", "Income", "InputError", "Parent", "Profile", "Situation",
    "SmiError", "TableNotAvailable", "UnknownGemeente", "Verdict", "all_gemeenten",
    "all_profiles", "assess", "fee", "get_profile", "kot_fee", "profile_for_gemeente",
    "rank_children", "read_amount", "resolve_gemeente", "search_gemeenten", "show_money",
    "vng_fee",
]
