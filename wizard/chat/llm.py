"""Optional rephrasing of retrieved passages by an OpenAI-compatible chat endpoint. Off unless
SMI_CHAT_LLM_URL is set. It only rewords the passages: intents, refusals and sources are decided
before it, and any error, timeout or suspicious output falls back to the passage unchanged.

Environment: SMI_CHAT_LLM_URL (base URL, e.g. http://127.0.0.1:8000/v1), SMI_CHAT_LLM_MODEL,
SMI_CHAT_LLM_KEY (optional bearer token), SMI_CHAT_LLM_TIMEOUT (seconds, default 8).
Nothing is logged: the question only goes to the configured endpoint."""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request

_PROMISES = re.compile(
    r"zeker in aanmerking|u krijgt zeker|je krijgt zeker|gegarandeerd|definitely qualify|"
    r"you will (definitely |certainly )?(get|qualify|receive)|guaranteed|system prompt"
    r"|systeemprompt",
    re.I,
)

SYSTEM = {
    "nl": ("Je herschrijft een antwoord voor ouders over SMI (kinderopvang via de gemeente). "
           "Gebruik ALLEEN de feiten uit de passage. Voeg niets toe, laat geen voorbehoud weg. "
           "Beloof nooit dat iemand SMI krijgt: de gemeente beslist. Schrijf in eenvoudig "
           "Nederlands (B1), met 'u', in hooguit 6 korte zinnen. Geef alleen het antwoord."),
    "en": ("You rewrite an answer for parents about SMI (childcare paid by the municipality). "
           "Use ONLY the facts in the passage. Add nothing and drop no caveat. Never promise that "
           "someone will get SMI: the municipality decides. Write plain English in at most 6 short "
           "sentences. Give only the answer."),
}


def enabled() -> bool:
    return bool(os.environ.get("SMI_CHAT_LLM_URL"))


def rephrase(question: str, passage: str, lang: str) -> str | None:
    """The reworded passage, or None (then the caller keeps the passage)."""
    base = os.environ.get("SMI_CHAT_LLM_URL", "").rstrip("/")
    if not base:
        return None
    url = base if base.endswith("/chat/completions") else base + "/chat/completions"
    body = {
        "model": os.environ.get("SMI_CHAT_LLM_MODEL", "default"),
        "temperature": 0,
        "max_tokens": 400,
        "messages": [
            {"role": "system", "content": SYSTEM.get(lang, SYSTEM["nl"])},
            {"role": "user", "content": f"Vraag / question: {question[:500]}\n\n"
                                        f"Passage:\n{passage}"},
        ],
    }
    headers = {"Content-Type": "application/json"}
    if key := os.environ.get("SMI_CHAT_LLM_KEY"):
        headers["Authorization"] = f"Bearer {key}"
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers,
                                 method="POST")
    try:
        timeout = float(os.environ.get("SMI_CHAT_LLM_TIMEOUT", "8"))
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (configured URL)
            data = json.loads(resp.read().decode("utf-8"))
        text = data["choices"][0]["message"]["content"].strip()
    except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError, IndexError,
            TypeError):
        return None
    if not text or len(text) > 3 * len(passage) + 200 or _PROMISES.search(text):
        return None
    return text
