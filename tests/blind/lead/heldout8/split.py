"""Split heldout8_raw/{a,b,c} into dev (2/3) and frozen (1/3: every third line per file, per writer)."""
import json, shutil
from pathlib import Path
raw = Path("/work/team/heldout8_raw")
dev = Path("/work/team/heldout8/dev"); frz = Path("/work/team/h8frozen_lead_only")
for d in (dev, frz): d.mkdir(parents=True, exist_ok=True)
for name in ("chat_questions.jsonl", "crisis.jsonl", "ordinary_alarming.jsonl"):
    dv, fz = [], []
    for part in sorted(p for p in raw.iterdir() if p.is_dir()):
        f = part / name
        if not f.exists(): print("missing", f); continue
        rows = [json.loads(l) for l in f.read_text().splitlines() if l.strip()]
        for i, r in enumerate(rows):
            (fz if i % 3 == 2 else dv).append(r)
    (dev / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in dv))
    (frz / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in fz))
    print(name, "dev", len(dv), "frozen", len(fz))
# families are judged by the engine only (not tuned on): all go to the frozen part
(dev / "families.toml").write_text("case = []\n")
fam = "".join((p / "families.toml").read_text() + "\n" for p in sorted(raw.iterdir()) if (p / "families.toml").exists())
(frz / "families.toml").write_text(fam)
