"""Builds the blind chat sets from chat.py, crisis.py, ordinary.py.
Split rule: the item whose number (the digits of its id) is divisible by 3 goes to heldout/."""
import json
from pathlib import Path
HERE = Path(__file__).parent
OUT = HERE.parent.parent
ns = {}
for f in ("chat.py", "crisis.py", "ordinary.py"):
    exec((HERE / f).read_text(), ns)
def write(name, prefix, items, keyorder):
    dev, held = [], []
    for i, it in enumerate(items, 1):
        row = {"id": f"{prefix}{i:03d}"}
        row.update({k: it[k] for k in keyorder})
        (held if i % 3 == 0 else dev).append(row)
    for path, rows in ((OUT / name, dev), (OUT / "heldout" / name, held)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(name, len(dev), len(held))
write("chat_questions.jsonl", "q", ns["Q"], ["lang", "text", "category", "expect_kind", "must_include_any", "must_not_include", "why"])
write("crisis.jsonl", "c", ns["C"], ["lang", "text", "kind", "must_include_any"])
write("ordinary_alarming.jsonl", "o", ns["O"], ["lang", "text", "expect"])
