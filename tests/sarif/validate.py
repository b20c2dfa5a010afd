#!/usr/bin/env python3
# Validate plancheck's SARIF output against the SARIF 2.1.0 JSON schema
# (tests/sarif/sarif-2.1.0.json, see tests/sarif/README), plus a few
# cross-references the schema cannot express. Used by validate.sh.
#
#   validate.py SCHEMA FILE      exit 0 if FILE is a valid SARIF log, else 1
#                                (the problems on stderr, one per line)
#   validate.py --broken SCHEMA FILE
#                                FILE must be valid; then each of a list of
#                                deliberate breakages of it must be rejected.
#                                Prints "rejected: WHAT" or "ACCEPTED: WHAT"
#                                per breakage; exit 1 if one was accepted.
#   validate.py --columns SCHEMA FILE RULE CP U16
#                                FILE must be valid, and the first result of
#                                RULE must start at column CP if columnKind
#                                is unicodeCodePoints, U16 if utf16CodeUnits.

import copy
import json
import sys

import jsonschema
from jsonschema.validators import validator_for


def load_validator(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=jsonschema.FormatChecker())


def cross_checks(log):
    """What the schema leaves open but plancheck promises."""
    problems = []
    for ri, run in enumerate(log.get("runs", [])):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        ids = [r.get("id") for r in rules]
        if len(set(ids)) != len(ids):
            problems.append("runs[%d]: duplicate rule ids" % ri)
        for k, res in enumerate(run.get("results", [])):
            where = "runs[%d].results[%d]" % (ri, k)
            if "ruleIndex" in res:
                i = res["ruleIndex"]
                if i >= len(rules) or rules[i].get("id") != res.get("ruleId"):
                    problems.append(where + ": ruleIndex does not point at "
                                    "the rule named by ruleId")
            elif res.get("ruleId") in ids:
                problems.append(where + ": no ruleIndex for a known rule")
            for loc in res.get("locations", []):
                reg = loc.get("physicalLocation", {}).get("region")
                if reg is None:
                    continue
                sl, el = reg.get("startLine", 1), reg.get("endLine")
                sc, ec = reg.get("startColumn", 1), reg.get("endColumn")
                if el is not None and el < sl:
                    problems.append(where + ": endLine before startLine")
                if ec is not None and (el is None or el == sl) and ec < sc:
                    problems.append(where + ": endColumn before startColumn")
        invs = run.get("invocations", [])
        for k, inv in enumerate(invs):
            errs = [n for n in inv.get("toolExecutionNotifications", [])
                    if n.get("level") == "error"]
            if inv.get("executionSuccessful") != (not errs):
                problems.append("runs[%d].invocations[%d]: "
                                "executionSuccessful disagrees with the "
                                "error notifications" % (ri, k))
    return problems


def problems_of(validator, log):
    out = []
    for e in sorted(validator.iter_errors(log), key=lambda e: list(e.path)):
        path = "/".join(str(p) for p in e.absolute_path)
        out.append("schema: /%s: %s" % (path, e.message))
    if not out:
        out = cross_checks(log)
    return out


def first(log, key):
    """The first result or notification, for the breakages."""
    run = log["runs"][0]
    if key == "result":
        return run["results"][0]
    return run["invocations"][0]["toolExecutionNotifications"][0]


def region(log):
    return first(log, "result")["locations"][0]["physicalLocation"]["region"]


# Each breakage: (what, function changing a deep copy of a valid log).
BROKEN = [
    ("region startLine 0", lambda l: region(l).update(startLine=0)),
    ("region startColumn 0", lambda l: region(l).update(startColumn=0)),
    ("region startLine a string", lambda l: region(l).update(startLine="5")),
    ("result level \"fatal\"", lambda l: first(l, "result").update(
        level="fatal")),
    ("result message without text or id",
     lambda l: first(l, "result").update(message={"markdown": "x"})),
    ("result with an unknown property",
     lambda l: first(l, "result").update(severity="error")),
    ("run columnKind \"bytes\"", lambda l: l["runs"][0].update(
        columnKind="bytes")),
    ("log version \"2.0.0\"", lambda l: l.update(version="2.0.0")),
    ("log without version", lambda l: l.pop("version")),
    ("log without runs", lambda l: l.pop("runs")),
    ("driver without name", lambda l: l["runs"][0]["tool"]["driver"].pop(
        "name")),
    ("rule without id", lambda l: l["runs"][0]["tool"]["driver"]["rules"][
        0].pop("id")),
    ("invocation without executionSuccessful",
     lambda l: l["runs"][0]["invocations"][0].pop("executionSuccessful")),
    ("ruleIndex pointing at another rule",
     lambda l: first(l, "result").update(
         ruleIndex=first(l, "result")["ruleIndex"] + 1)),
    ("endColumn before startColumn on one line",
     lambda l: region(l).update(startColumn=region(l)["endColumn"] + 1)),
]


def check_columns(log, rule, cp, u16):
    run = log["runs"][0]
    want = {"unicodeCodePoints": cp, "utf16CodeUnits": u16}.get(
        run.get("columnKind", "unicodeCodePoints"))
    for res in run.get("results", []):
        if res.get("ruleId") != rule:
            continue
        reg = res["locations"][0]["physicalLocation"]["region"]
        if reg.get("startColumn") != want:
            return ["columnKind %s, but the %s result starts at column %s, "
                    "not %s" % (run.get("columnKind"), rule,
                                reg.get("startColumn"), want)]
        return []
    return ["no %s result" % rule]


def main(argv):
    mode = argv[1] if len(argv) > 1 and argv[1].startswith("--") else None
    if mode is not None:
        argv = argv[1:]
    extra = argv[3:]
    if mode not in (None, "--broken", "--columns") or len(argv) < 3 or \
            len(extra) != (3 if mode == "--columns" else 0):
        print("usage: validate.py [--broken] SCHEMA FILE\n"
              "       validate.py --columns SCHEMA FILE RULE CP U16",
              file=sys.stderr)
        return 2
    broken = mode == "--broken"
    validator = load_validator(argv[1])
    try:
        with open(argv[2], encoding="utf-8") as f:
            log = json.load(f)
    except (OSError, ValueError) as e:
        print("not JSON: %s" % e, file=sys.stderr)
        return 1
    probs = problems_of(validator, log)
    if not probs and mode == "--columns":
        probs = check_columns(log, extra[0], int(extra[1]), int(extra[2]))
    for p in probs:
        print(p, file=sys.stderr)
    if probs or not broken:
        return 1 if probs else 0
    accepted = 0
    for what, change in BROKEN:
        bad = copy.deepcopy(log)
        change(bad)
        if problems_of(validator, bad):
            print("rejected: " + what)
        else:
            print("ACCEPTED: " + what)
            accepted += 1
    return 1 if accepted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
