import json, sys
from collections import Counter
sys.path.insert(0, ".")
from wizard.chat import ask
c = Counter(); v = "-v" in sys.argv
for l in open(sys.argv[1] + "/chat_questions.jsonl"):
    q = json.loads(l); r = ask(q["text"])
    c[(q["expect_kind"], r.kind)] += 1
    if v and r.kind != q["expect_kind"]:
        print(q["id"], q["lang"], q["expect_kind"], "->", r.kind, r.intent, "|", q["text"][:200])
ok = sum(n for (a, b), n in c.items() if a == b); print(ok, "/", sum(c.values()), sorted(c.items()))
