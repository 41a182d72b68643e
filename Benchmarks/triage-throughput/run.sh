#!/usr/bin/env bash
# Throughput of `fixdesk triage` (release build) on generated inputs of 100,000 records each:
# webhook callbacks (JSON lines), log lines and a CSV export. Prints seconds, records/s and peak memory.
#   bash Benchmarks/triage-throughput/run.sh [RECORDS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
records="${1:-100000}"; seed="${2:-13}"
swift build -c release --product fixdesk >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$records" "$seed" <<'PY'
import json, random, sys
folder, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
errors = [
    {"code": 131047, "title": "Re-engagement message", "message": "Re-engagement message",
     "error_data": {"details": "Message failed to send because more than 24 hours have passed since the customer last replied to this number."}},
    {"code": 131026, "title": "Message undeliverable", "message": "Message undeliverable"},
    {"code": 132015, "title": "Template is Paused", "message": "Template is Paused"},
    {"code": 131049, "title": "This message was not delivered to maintain healthy ecosystem engagement."},
    {"code": 130472, "title": "User's number is part of an experiment"},
    {"code": 999111, "title": "Something nobody wrote about"},
]
start = 1796117400
with open(f"{folder}/callbacks.jsonl", "w") as out:
    for n in range(count):
        t, phone = start + rng.randrange(86400), 905300000000 + rng.randrange(9999999)
        status = {"id": f"wamid.HBgM{rng.getrandbits(64):016X}", "status": "failed", "timestamp": str(t), "recipient_id": str(phone),
                  "errors": [rng.choice(errors)]}
        if rng.random() < 0.2:
            status = {"id": status["id"], "status": "delivered", "timestamp": str(t), "recipient_id": str(phone)}
        out.write(json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
            {"field": "messages", "value": {"messaging_product": "whatsapp", "statuses": [status]}}]}]}) + "\n")
with open(f"{folder}/app.log", "w") as out:
    for n in range(count):
        e = rng.choice(errors)
        out.write(f"2026-12-01T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z ERROR send failed "
                  f"to=+90{rng.randrange(5300000000, 5399999999)} code={e['code']} {e['title']} "
                  f"req={rng.getrandbits(48):012x}\n")
with open(f"{folder}/export.csv", "w") as out:
    out.write("message_id,phone,failed_at,error_code,error_message\n")
    for n in range(count):
        e = rng.choice(errors)
        out.write(f"wamid.{rng.getrandbits(64):016X},+90{rng.randrange(5300000000, 5399999999)},"
                  f"2026-12-01T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z,{e['code']},\"{e['title']}\"\n")
PY
.build/release/fixdesk index >/dev/null
echo "fixdesk triage, release build, $records records each, seed $seed, $(nproc) cores"
for file in callbacks.jsonl app.log export.csv; do
  /usr/bin/time -f "%e %M" -o "$work/time" .build/release/fixdesk triage --json "$work/$file" >"$work/out.json"
  read -r seconds kib <"$work/time"
  summary="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%d errors, %d groups, %d unmatched" % (r["total"], len(r["groups"]), r["unmatched"]))' "$work/out.json")"
  python3 -c 'import sys; s=float(sys.argv[2]); print(f"{sys.argv[1]:<16} {s:5.2f} s  {int(sys.argv[3])/max(s,0.001):9.0f} records/s  peak RSS {int(sys.argv[4])//1024} MiB  ({sys.argv[5]})")' \
    "$file" "$seconds" "$records" "$kib" "$summary"
done
