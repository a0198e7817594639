"""heldout10_raw -> heldout10/dev (2/3) + h10frozen_lead_only (every third line per writer and file);
heldout11_raw -> h11_whole_lead_only (held out whole until the session's end)."""
import json
from pathlib import Path
def rows(f): return [json.loads(l) for l in f.read_text().splitlines() if l.strip()]
def write(d, name, rs):
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs))
for setname, split in (("heldout10", True), ("heldout11", False)):
    raw = Path(f"/work/team/{setname}_raw")
    parts = sorted(p for p in raw.iterdir() if p.is_dir())
    dev = Path(f"/work/team/{setname}/dev"); frz = Path(f"/work/team/h10frozen_lead_only") if split else Path("/work/team/h11_whole_lead_only")
    for name in ("chat_questions.jsonl", "crisis.jsonl", "ordinary_alarming.jsonl"):
        dv, fz = [], []
        for part in parts:
            for i, r in enumerate(rows(part / name)):
                (fz if (not split or i % 3 == 2) else dv).append(r)
        if split: write(dev, name, dv)
        write(frz, name, fz)
        print(setname, name, "dev", len(dv), "frozen/whole", len(fz))
    fam = "".join((p / "families.toml").read_text() + "\n" for p in parts)
    (frz / "families.toml").write_text(fam)
    if split: (dev / "families.toml").write_text("case = []\n")
