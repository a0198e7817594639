"""heldout14_raw/{a,b,c,d} -> /work/team/heldout14/dev (even lines per writer and file; read) +
/work/team/h14frozen_lead_only (odd lines + all families; totals only) + h14whole_lead_only."""
import json, sys
from pathlib import Path
def rows(f): return [json.loads(l) for l in f.read_text().splitlines() if l.strip()] if f.exists() else []
def write(d, name, rs):
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs))
raw = Path("/work/team/heldout14_raw")
parts = sorted(p for p in raw.iterdir() if p.is_dir() and p.name in sys.argv[1:])
dev, frz, whole = (Path(f"/work/team/{n}") for n in ("heldout14/dev", "h14frozen_lead_only", "h14whole_lead_only"))
for name in ("chat_questions.jsonl", "crisis.jsonl", "ordinary_alarming.jsonl"):
    dv, fz = [], []
    for part in parts:
        for i, r in enumerate(rows(part / name)):
            (fz if i % 2 else dv).append(r)
    write(dev, name, dv); write(frz, name, fz); write(whole, name, dv + fz)
    print(name, "dev", len(dv), "frozen", len(fz))
fam = "".join((p / "families.toml").read_text() + "\n" for p in parts if (p / "families.toml").exists())
(frz / "families.toml").write_text(fam); (whole / "families.toml").write_text(fam)
(dev / "families.toml").write_text("case = []\n")
