#!/usr/bin/env python3
"""Submits one test message per case (and the multi-recipient ones) through an MTA's sendmail(1).

Usage: submit.py MTA_NAME SENDMAIL_COMMAND...   e.g.  submit.py postfix /usr/sbin/sendmail
The command gets '-f SENDER -- RECIPIENT...' and the message on standard input.
Optional: --only NAME[,NAME] to submit some cases only.
Optional: --exit-ok: a non-zero exit of the command is not an error (Sendmail's "-odi" delivers
while it submits and exits with the delivery's status, e.g. 67 EX_NOUSER after a 550).
Optional: --serial "QUEUE COMMAND": submit the permanent cases one at a time, each after the
queue command prints nothing (the MTA's queue is empty), then all temporary ones together.
(OpenSMTPD reuses one connection for several messages and backs off after a 421, so a batch
would turn permanent failures into expired ones.)
"""
import email.utils
import os
import subprocess
import time
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402


def message(mta, name, sender, rcpts):
    return (f"From: Todoku DSN factory <{sender}>\n"
            f"To: {', '.join(rcpts)}\n"
            f"Subject: DSN factory {mta} {name}\n"
            f"Date: Sun, 06 Dec 2026 12:00:00 +0900\n"
            f"Message-ID: <{name}.{mta}@factory.example.com>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n"
            "\n"
            f"Test message for the case {name}, sent by {mta}.\n").encode()


def main():
    args = sys.argv[1:]
    only, serial, exit_ok = None, None, False
    while args and args[0] in ("--only", "--serial", "--exit-ok"):
        if args[0] == "--exit-ok":
            exit_ok, args = True, args[1:]
            continue
        if args[0] == "--only":
            only = set(args[1].split(","))
        else:
            serial = args[1]
        args = args[2:]
    mta, command = args[0], args[1:]
    jobs = [(c.name, cases.sender(c.name), [cases.recipient(c) if c.phase != "mail" else f"user@{cases.RECIPIENT_DOMAIN}"])
            for c in cases.CASES]
    for name, members in cases.MULTI.items():
        rcpts = [cases.recipient(cases.BY_NAME[m]) if m in cases.BY_NAME else f"{m}@{cases.RECIPIENT_DOMAIN}" for m in members]
        jobs.append((name, cases.sender(name), rcpts))
    jobs = [j for j in jobs if not only or j[0] in only]
    if serial:
        def temporary(job):
            members = cases.MULTI.get(job[0], [job[0]])
            return any(m in cases.BY_NAME and cases.temporary(cases.BY_NAME[m]) for m in members)
        jobs = [j for j in jobs if not temporary(j)] + [j for j in jobs if temporary(j)]
    for name, sender, rcpts in jobs:
        if serial and not any(m in cases.BY_NAME and cases.temporary(cases.BY_NAME[m]) for m in cases.MULTI.get(name, [name])):
            wait_empty(serial)
        done = subprocess.run(command + ["-f", sender, "--"] + rcpts, input=message(mta, name, sender, rcpts), check=not exit_ok)
        print("submitted", name, sender, rcpts, "" if done.returncode == 0 else f"(exit {done.returncode})", flush=True)
        if serial:
            time.sleep(0.5)


def wait_empty(queue_command, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if not subprocess.run(queue_command, shell=True, capture_output=True, text=True).stdout.strip():
            return
        time.sleep(0.5)
    print("queue not empty after", seconds, "s", flush=True)


if __name__ == "__main__":
    main()
