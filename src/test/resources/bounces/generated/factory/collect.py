#!/usr/bin/env python3
"""Copies the DSNs an MTA sent back into the fixtures and writes their rows of expected.tsv.

Usage: collect.py MTA OUT_DIR [FIXTURES_DIR]
  OUT_DIR       where scripted_smtp.py saved the DSNs and its transcript.log
  FIXTURES_DIR  default: the folder above this script (src/test/resources/bounces/generated)

Each DSN is stored as FIXTURES_DIR/MTA/<case>.eml with LF line ends (the test tries CRLF and CR too).
expected.tsv (one file for all MTAs) gets, per failed recipient of each DSN, in the DSN's order:

  file  index  recipient  status  replycode  reason  temporary  basis

- status     the enhanced status code of the server's reply when it had one (Exim and OpenSMTPD write
             Status: 5.0.0 whatever the server said); else the Status: field the MTA wrote in the DSN
- replycode  the reply code the scripted server gave that recipient (empty: no reply, e.g. refused)
- reason     what that reply means by reasons.md (cases.py), never what Todoku says
- temporary  true when the server's reply was 4xx (no reply: when the DSN status is 4.x.x)
- basis      'server' when the server's reply text is in the DSN; 'dsn' when the MTA replaced it by
             its own words (OpenSMTPD's "Envelope expired", Postfix's "lost connection", Courier's
             "Network connection shut down"), and then the
             reason is what the DSN says: expired, or networkerror for a lost connection.
"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases  # noqa: E402

HEADER = "file\tindex\trecipient\tstatus\treplycode\treason\ttemporary\tbasis"


def transcript(out):
    """(sender, recipient) -> case name, from the server's own log; later attempts win."""
    said = {}
    with open(os.path.join(out, "transcript.log"), encoding="utf-8") as f:
        for line in f:
            kind, sender, rcpts, case, _ = (line.rstrip("\n").split("\t") + ["", "", "", ""])[:5]
            if kind == "RCPT":
                said[(sender, rcpts)] = case
            elif kind == "DATA":
                for r in rcpts.split(","):
                    said[(sender, r)] = case
            elif kind == "MAIL":
                said[(sender, "*")] = case
    return said


def blocks(message):
    """The per-recipient field groups of the message/delivery-status part."""
    for part in message.walk():
        if part.get_content_type() == "message/delivery-status":
            payload = part.get_payload()
            groups = payload if isinstance(payload, list) else []
            if not groups:
                text = part.get_payload(decode=True).decode("utf-8", "replace")
                groups = [email.message_from_string(g) for g in re.split(r"\n\s*\n", text.strip())]
            return [g for g in groups if g.get("Final-Recipient") or g.get("Original-Recipient")]
    return []


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def main():
    mta, out = sys.argv[1], sys.argv[2]
    fixtures = sys.argv[3] if len(sys.argv) > 3 else os.path.dirname(HERE)
    target = os.path.join(fixtures, mta)
    os.makedirs(target, exist_ok=True)
    said = transcript(out)
    rows = []
    for name in sorted(os.listdir(out)):
        if not name.endswith(".eml"):
            continue
        raw = open(os.path.join(out, name), "rb").read().replace(b"\r\n", b"\n")
        case_file = name[3:] if name.startswith("mf-") else name
        with open(os.path.join(target, case_file), "wb") as f:
            f.write(raw)
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
        sender = message["To"].strip()
        whole = squeeze(raw.decode("utf-8", "replace"))
        found = blocks(message)
        if not found:
            # A plain-text bounce (dma): the failed recipients are the addresses it names that the
            # server refused for this sender, in the order it names them; there is no Status field.
            text = raw.decode("utf-8", "replace").split("Original message follows")[0]
            named = []
            for address in re.findall(r"<([^<>@\s]+@[^<>\s]+)>", text):
                local_case = cases.BY_NAME.get(address.split("@")[0])
                ours = address.split("@")[1].lower() in {cases.RECIPIENT_DOMAIN, *cases.DOMAINS.values()}
                if ours and address not in named and ((sender, address) in said or (sender, "*") in said
                                             or local_case is not None and local_case.phase in ("greet", "conn")):
                    named.append(address)
            found = [{"Final-Recipient": "rfc822; " + a} for a in named]
        for index, block in enumerate(found, 1):
            recipient = block.get("Final-Recipient", block.get("Original-Recipient")).split(";", 1)[1].strip()
            status = block.get("Status", "").strip().split(" ")[0]
            local, _, domain = recipient.partition("@")
            case_name = said.get((sender, recipient)) or said.get((sender, "*"))
            if case_name is None and local in cases.BY_NAME and cases.BY_NAME[local].phase in ("greet", "conn"):
                case_name = local
            case = cases.BY_NAME.get(case_name)
            reason, code, basis = None, "", "server"
            if case is not None and case.phase == "conn":
                reason, basis = case.reason, "dsn"
            elif case is not None:
                first = case.lines[0][4:].format(rcpt=recipient, sender=sender, ip="127.0.0.1", host="")
                diagnostic = squeeze(block.get("Diagnostic-Code", ""))
                # Sendmail can put the server's answer to QUIT there ("SMTP; 221 2.0.0 Bye") after a
                # 421 that closed the session; the refusal itself is then only in the transcript.
                if not diagnostic or re.match(r"^(smtp; *)?2\d\d\b", diagnostic):
                    diagnostic = whole
                if squeeze(first)[:40] in diagnostic:
                    reason, code = case.reason, cases.reply_code(case)
                    status = cases.reply_status(case) or status
            if reason is None:
                basis = "dsn"
                diagnostic = squeeze(block.get("Diagnostic-Code", ""))
                # Postfix "lost connection with ... while sending RCPT TO", Courier "Network connection
                # shut down by the remote mail server": the session broke before this recipient's turn.
                if "lost connection" in diagnostic or "connection shut down by the remote" in diagnostic:
                    reason = "networkerror"
                else:
                    reason = "expired"
            temporary = code.startswith("4") if code else status.startswith("4")
            if case is not None and case.phase == "conn":
                temporary = status.startswith("4") or case.name != "nxdomain"
            rows.append(f"{mta}/{case_file}\t{index}\t{recipient}\t{status}\t{code}\t{reason}\t{str(temporary).lower()}\t{basis}")
    path = os.path.join(fixtures, "expected.tsv")
    kept = []
    if os.path.exists(path):
        kept = [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("file\t")
                and not l.startswith(mta + "/")]
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for line in sorted(kept + rows, key=lambda l: (l.split("\t")[0], int(l.split("\t")[1]))):
            f.write(line + "\n")
    print(f"{mta}: {len({r.split(chr(9))[0] for r in rows})} DSNs, {len(rows)} rows")


if __name__ == "__main__":
    main()
