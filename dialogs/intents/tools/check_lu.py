#!/usr/bin/env python3
"""Quality checks for the intent training data in dialogs/intents/*.lu.

Usage: python3 check_lu.py [intents dir] [held-out csv]

Checks: every canonical intent (architecture.md section 5) has utterances; no
unknown intent headings; no empty "- " lines; no utterance under two intents and
no utterance repeated outside bitext.lu, which keeps every source row (compared
lower-cased with punctuation removed); the held-out CSV has 8-12 rows per intent
and shares no utterance with any .lu file; the held-out statements, praise, businesses, direct-address, practical and
staff CSVs beside it (shop-heldout-statements.csv, shop-heldout-praise.csv, shop-heldout-businesses.csv,
shop-heldout-direct.csv, shop-heldout-practical.csv, shop-heldout-staff.csv, any number of rows per intent)
share none either. Prints counts per intent (Bitext rows
and our own rows) and exits 1 if a check fails.
"""
import csv
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

CANONICAL = """
track_order cancel_order change_order change_shipping_address set_up_shipping_address place_order
delivery_options delivery_period
return_item get_refund track_refund check_refund_policy check_cancellation_fee
check_payment_methods payment_issue check_invoice get_invoice
create_account delete_account edit_account recover_password registration_problems switch_account
newsletter_subscription
complaint review contact_customer_service contact_human_agent
recommend_product product_info check_stock price_quote show_forecast price_recommendation
greet goodbye thank_you affirm deny help stop
out_of_scope
""".split()


def norm(text: str) -> str:
    """Lower-cases and replaces punctuation (Unicode category P*) by spaces; keeps emoji."""
    text = "".join(" " if unicodedata.category(c).startswith("P") else c for c in text.lower())
    return " ".join(text.split())


def parse_lu(path: Path, errors: list[str]) -> list[tuple[str, str, int]]:
    """Returns (intent, utterance, line number) for every utterance line."""
    items, intent = [], None
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(">"):
            continue
        if line.startswith("#"):
            intent = line[1:].strip()
            if intent not in CANONICAL:
                errors.append(f"{path.name}:{no}: unknown intent '{intent}'")
        elif line.startswith("-"):
            text = line[1:].strip()
            if not text:
                errors.append(f"{path.name}:{no}: empty utterance")
            elif intent is None:
                errors.append(f"{path.name}:{no}: utterance before any '# intent'")
            else:
                items.append((intent, text, no))
        else:
            errors.append(f"{path.name}:{no}: line is not a comment, heading or utterance: {line[:40]}")
    return items


def check_disjoint(path: Path, seen: dict[str, tuple[str, str]], errors: list[str]) -> Counter:
    """Checks a held-out CSV: header, known intents, no repeated row, no row that is also a training utterance."""
    counts: Counter = Counter()
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["text", "intent"]:
            errors.append(f"{path.name}: header must be text,intent, is {reader.fieldnames}")
            return counts
        rows_seen: set[str] = set()
        for row in reader:
            text, intent = row["text"].strip(), row["intent"].strip()
            counts[intent] += 1
            if intent not in CANONICAL:
                errors.append(f"{path.name}: unknown intent '{intent}'")
            key = norm(text)
            if key in seen:
                errors.append(f"{path.name}: '{text}' is also in {seen[key][1]}")
            if key in rows_seen:
                errors.append(f"{path.name}: '{text}' appears twice")
            rows_seen.add(key)
    return counts


def main() -> int:
    here = Path(__file__).resolve().parent.parent
    lu_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else here
    heldout = Path(sys.argv[2]) if len(sys.argv) > 2 else (
        here.parent.parent / "tests/ShopBot.Skills.Tests/TestData/IntentsHeldout/shop-heldout.csv")
    errors: list[str] = []
    seen: dict[str, tuple[str, str]] = {}
    bitext, own = Counter(), Counter()
    intents_by_file: dict[str, set[str]] = defaultdict(set)
    for path in sorted(lu_dir.glob("*.lu")):
        for intent, text, no in parse_lu(path, errors):
            (bitext if path.name == "bitext.lu" else own)[intent] += 1
            intents_by_file[intent].add(path.name)
            key = norm(text)
            if not key and intent == "out_of_scope":
                # Punctuation-only messages ("???", ":)") are out of scope: the models see no word in them, and these
                # lines teach that a message with nothing known falls back.
                key = text.strip()
            if not key:
                errors.append(f"{path.name}:{no}: utterance has no words: {text}")
                continue
            if key in seen and seen[key][0] != intent:
                errors.append(f"{path.name}:{no}: '{text}' is under '{intent}' and under "
                              f"'{seen[key][0]}' ({seen[key][1]})")
            elif key in seen and path.name != "bitext.lu":
                errors.append(f"{path.name}:{no}: '{text}' repeats {seen[key][1]}")
            seen.setdefault(key, (intent, f"{path.name}:{no}"))
    for intent in CANONICAL:
        if bitext[intent] + own[intent] == 0:
            errors.append(f"intent '{intent}' has no utterances")
    for extra in ("shop-heldout-statements.csv", "shop-heldout-praise.csv", "shop-heldout-businesses.csv", "shop-heldout-direct.csv",
                  "shop-heldout-practical.csv", "shop-heldout-staff.csv"):
        if (heldout.parent / extra).exists():
            check_disjoint(heldout.parent / extra, seen, errors)
    held = Counter()
    if heldout.exists():
        held = check_disjoint(heldout, seen, errors)
        for intent in CANONICAL:
            if not 8 <= held[intent] <= 12:
                errors.append(f"{heldout.name}: '{intent}' has {held[intent]} rows, want 8-12")
    else:
        print(f"(no held-out file at {heldout})")
    print(f"{'intent':28} {'bitext':>6} {'own':>5} {'total':>6} {'heldout':>7}")
    for intent in CANONICAL:
        print(f"{intent:28} {bitext[intent]:6} {own[intent]:5} {bitext[intent] + own[intent]:6} {held[intent]:7}")
    print(f"{'TOTAL':28} {sum(bitext.values()):6} {sum(own.values()):5} "
          f"{sum(bitext.values()) + sum(own.values()):6} {sum(held.values()):7}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
