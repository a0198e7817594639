"""The SMI guidance chat: FAQ retrieval (bm25s, per language), intents (crisis first, refusals,
handoff to the wizard) and gemeente-specific answers, each reply with its sources. No Streamlit
here; the panel lives in wizard/ui/chat_panel.py. Chat text is never logged or stored."""

from wizard.chat.compose import ChatReply, ask
from wizard.chat.faq import load_items, load_responses
from wizard.chat.index import get_index


def warm_up() -> None:
    """Build both indexes, the safety net and the off-topic check now (e.g. at app start), not
    on the first question."""
    from wizard.chat import offtopic_learned, safety, safety_broad

    safety.warm_up()
    safety_broad.net()  # the broad second net's word classes (about 0.1 s)
    offtopic_learned.model()  # the learned off-topic check trains once, here (about a second)
    get_index("nl")
    get_index("en")


__all__ = ["ChatReply", "ask", "get_index", "load_items", "load_responses", "warm_up"]
