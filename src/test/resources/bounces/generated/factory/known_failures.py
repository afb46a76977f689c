#!/usr/bin/env python3
"""Rewrites GeneratedBouncesTest.KNOWN_FAILURES from a failed run's output (after a re-run of the factory).

Usage: known_failures.py SUREFIRE_OUTPUT_OR_MAVEN_LOG [TEST_JAVA]
Adds every '"file#index field", // Todoku: X, expected: Y' the test printed as unexpected, drops those
it printed as "now passing", and keeps the rest of the list, between the KNOWN-FAILURES markers.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(HERE, "../../../../java/jp/todoku/diagnosis/GeneratedBouncesTest.java")

log, test = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else TEST)
found, passing = {}, set()
for line in open(log, encoding="utf-8", errors="replace"):
    p = re.search(r"now passing, remove from KNOWN_FAILURES: (.+)$", line)
    if p:
        passing.add(p.group(1).strip())
    m = re.search(r'"([a-z]+/[^"]+#\d+ [a-z]+)", // (Todoku: .*?, expected: [^"\]]*)', line)
    if m:
        found[m.group(1)] = m.group(2).rstrip('",] ')
source = open(test, encoding="utf-8").read()
block = re.search(r"// KNOWN-FAILURES-BEGIN\n(.*?)\s*// KNOWN-FAILURES-END", source, re.S)
for line in block.group(1).splitlines():
    m = re.search(r'"([^"]+)",? // (.*)', line)
    if m and m.group(1) not in found and m.group(1) not in passing:
        found[m.group(1)] = m.group(2)
keys = sorted(found)
lines = [f'            "{k}"{"," if i < len(keys) - 1 else ""} // {found[k]}' for i, k in enumerate(keys)]
source = source[:block.start()] + "// KNOWN-FAILURES-BEGIN\n" + "\n".join(lines) + "\n            // KNOWN-FAILURES-END" + source[block.end():]
open(test, "w", encoding="utf-8").write(source)
print(len(keys), "known failures")
