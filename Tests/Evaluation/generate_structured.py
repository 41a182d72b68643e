#!/usr/bin/env python3
"""Writes cases-structured.jsonl: every catalogued error code as the APIs and logs return it.

Usage: generate_structured.py META_CODES.tsv PROVIDER_CODES.tsv > cases-structured.jsonl
The titles and details are the literal strings of the reference tables; the surrounding payloads
follow the shapes of Graph API error responses, Cloud API status webhooks, On-Premises API
responses, Python SDK reprs and application log lines. Deterministic: same input, same output.
"""
import csv, json, random, sys

meta_path, provider_path = sys.argv[1], sys.argv[2]
rng = random.Random(20261125)
# Codes the reference leaves without any usable fact are not catalogued.
skip = {"131044", "131062", "137000", "200-299"}
on_prem = {"470", "471", "472", "480", "498", "402", "429", "1013", "1026", "1031", "2000", "2001", "2012", "2061", "2062"}

def clean(value):
    value = (value or "").strip()
    if value in ("", "(?)"):
        return ""
    return value[:-4].strip() if value.endswith(" (?)") else value

def trace():
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(27))

def phone():
    return "90" + "".join(rng.choice("0123456789") for _ in range(10))

cases = []
def add(case_id, text, codes, fmt, lang="en"):
    cases.append({"id": case_id, "input": text, "expected_codes": codes, "lang": lang,
                  "want": rng.choice(["tr", "en"]), "format": fmt})

with open(meta_path, encoding="utf-8") as handle:
    rows = list(csv.DictReader(handle, delimiter="\t"))
for row in rows:
    code = row["code"].strip()
    if code in skip:
        continue
    title, details = clean(row["api_title"]), clean(row["api_details"])
    number = int(code)
    if code in on_prem:
        body = {"meta": {"api_status": "stable", "version": "2.51.1"},
                "errors": [{"code": number, "title": title or "Error", **({"details": details} if details else {})}]}
        add(f"onprem-{code}", json.dumps(body), [number], "json")
        add(f"log-{code}", f"2026-11-25 10:31:{rng.randint(10, 59)},{rng.randint(100, 999)} ERROR [wa-onprem] send to +{phone()} failed: code={code} {title}", [number], "log")
        continue
    template_family = code.startswith("2388") or code.startswith("2494") or code.startswith("2593")
    message = f"(#{code}) {title}" if title else f"(#{code})"
    if template_family:
        error = {"message": "Invalid parameter", "type": "OAuthException", "code": 100, "error_subcode": number,
                 "is_transient": False, "error_user_title": title or "Error", "error_user_msg": details or title,
                 "fbtrace_id": trace()}
    else:
        error = {"message": message, "type": "OAuthException", "code": number,
                 **({"error_data": {"messaging_product": "whatsapp", "details": details}} if details else {}),
                 "fbtrace_id": trace()}
    add(f"graph-{code}", json.dumps({"error": error}), [number], "json")
    if not template_family:
        webhook = {"object": "whatsapp_business_account", "entry": [{"id": "1029384756", "changes": [{"value": {
            "messaging_product": "whatsapp", "metadata": {"display_phone_number": "15550001234", "phone_number_id": "106540352242922"},
            "statuses": [{"id": "wamid.HBgM" + trace()[:20], "status": "failed", "timestamp": str(1764000000 + rng.randint(0, 99999)),
                          "recipient_id": phone(), "errors": [{"code": number, "title": title or "Error",
                          "message": title or "Error", **({"error_data": {"details": details}} if details else {}),
                          "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}]},
            "field": "messages"}]}]}
        add(f"webhook-{code}", json.dumps(webhook), [number], "webhook")
        repr_error = {"error": {"message": message, "type": "OAuthException", "code": number, "fbtrace_id": trace()}}
        add(f"python-{code}", f"requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://graph.facebook.com/v21.0/106540352242922/messages\nResponse: {repr_error!r}", [number], "sdk")
    add(f"log-{code}", f"[2026-11-25T10:31:{rng.randint(10, 59)}.{rng.randint(100, 999)}Z] ERROR whatsapp.send wamid.HBgM{trace()[:16]} to=+{phone()} error {code}: {title or details}", [number], "log")
    add(f"code-{code}", rng.choice([f"{code}", f"error {code}", f"#{code}", f"Error code: {code}", f"hata kodu {code}"]), [number], "code")
    literal = details if len(details) > len(title) else title
    if literal and len(literal) >= 25 and not literal.startswith("body:") and not literal.startswith("header:"):
        add(f"text-{code}", literal, [number], "api_text")

with open(provider_path, encoding="utf-8") as handle:
    providers = list(csv.DictReader(handle, delimiter="\t"))
prefixes = {"Twilio": "twilio", "CM.com": "cmcom", "Gupshup": "gupshup", "Webex Connect (imiconnect) ?": "webex"}
catalogued = {"twilio": {"63016", "63018", "63024", "63028", "63032", "63049", "63058", "63040", "63026", "63020"},
              "cmcom": {str(n) for n in range(51, 64)},
              "gupshup": {"1002", "1003", "1004", "1005", "1006", "1008", "4001", "4002"},
              "webex": {"7200", "7703", "7706", "7710", "7711", "7712", "7804", "7805", "7860", "7842", "7868", "7869"}}
seen = set()
for row in providers:
    prefix = prefixes.get(row["provider"].strip())
    code = row["code"].split()[0].strip()
    if not prefix or code not in catalogued[prefix] or (prefix, code) in seen:
        continue
    seen.add((prefix, code))
    title = clean(row["literal_title"])
    if title.startswith("?"):
        title = ""
    expected = [f"{prefix}:{code}"]
    if prefix == "twilio":
        payload = {"code": int(code), "message": title or "Error", "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": 400}
        add(f"twilio-{code}", f"Twilio error {code}: {title}" if title else f"Twilio error {code}", expected, "provider")
        add(f"twilio-json-{code}", "TwilioRestException: HTTP 400 error: Unable to create record: " + json.dumps(payload), expected, "provider")
    elif prefix == "cmcom":
        add(f"cmcom-{code}", f"CM.com WhatsApp error {code}: {title}", expected, "provider")
    elif prefix == "gupshup":
        add(f"gupshup-{code}", json.dumps({"app": "DemoApp", "type": "message-event", "payload": {"type": "failed", "payload": {"code": int(code), "reason": title}}}), expected, "provider")
    else:
        add(f"webex-{code}", f"Webex Connect delivery report: status {code} ({title})", expected, "provider")

for case in cases:
    print(json.dumps(case, ensure_ascii=False))
