#!/usr/bin/env python3
"""A scripted SMTP server (Python 3 standard library only) that answers like real providers.

Listeners (all on 127.0.0.1):
  2525  the scripted server: replies by the recipient's local part (cases.py); mail for
        bounces.example.com (the DSNs the MTAs send back) is saved as OUT/<local part>.eml
  2526  greets with the 'toomanyconn' case and closes
  2527  greets with the 'noservice' case and closes
  2528  accepts TCP and never says anything (a server that times out)
Nothing listens on 2999 (connection refused).

Usage: scripted_smtp.py OUT_DIR    (stops on SIGTERM/SIGINT; every exchange is logged to OUT_DIR/transcript.log)
"""

import asyncio
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import BY_NAME, SINK_DOMAIN  # noqa: E402

HOST = "127.0.0.1"
NAME = "mx.example.jp"
OUT = sys.argv[1] if len(sys.argv) > 1 else "out"
MAX_SESSION_SECONDS = 600


def log(line):
    with open(os.path.join(OUT, "transcript.log"), "a", encoding="utf-8") as f:
        f.write(line + "\n")


def address(arg):
    """The address inside MAIL FROM:<...> / RCPT TO:<...>, parameters dropped."""
    arg = arg.split(":", 1)[1].strip() if ":" in arg else arg
    if arg.startswith("<"):
        arg = arg[1:arg.find(">")] if ">" in arg else arg[1:]
    else:
        arg = arg.split(" ")[0]
    return arg


def fill(lines, rcpt="", sender="", ip=HOST):
    return [l.format(rcpt=rcpt, sender=sender, ip=ip, host=NAME) for l in lines]


async def send(writer, lines):
    for l in lines:
        writer.write((l + "\r\n").encode("utf-8"))
    await writer.drain()


async def session(reader, writer):
    peer = writer.get_extra_info("peername")
    ip = peer[0] if peer else HOST
    await send(writer, [f"220 {NAME} ESMTP ready"])
    sender, rcpts = None, []
    try:
        while True:
            raw = await asyncio.wait_for(reader.readline(), MAX_SESSION_SECONDS)
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb == "EHLO":
                await send(writer, [f"250-{NAME}", "250-SIZE 52428800", "250-8BITMIME", "250 ENHANCEDSTATUSCODES"])
            elif verb == "HELO":
                await send(writer, [f"250 {NAME}"])
            elif verb == "MAIL":
                sender, rcpts = address(line), []
                local = sender.split("@")[0]
                case = BY_NAME.get(local[3:]) if local.startswith("mf-") else None
                if case is not None and case.phase == "mail":
                    reply = fill(case.lines, sender=sender, ip=ip)
                    log(f"MAIL\t{sender}\t\t{case.name}\t{' | '.join(reply)}")
                    await send(writer, reply)
                    sender = None
                    if reply[-1].startswith("421"):
                        await closing(reader, writer)
                        return
                else:
                    await send(writer, ["250 2.1.0 Ok"])
            elif verb == "RCPT":
                rcpt = address(line)
                local, _, domain = rcpt.partition("@")
                case = BY_NAME.get(local)
                if sender is None:
                    await send(writer, ["503 5.5.1 Error: need MAIL command"])
                elif domain.lower() == SINK_DOMAIN or case is None or case.phase != "rcpt":
                    rcpts.append(rcpt)
                    await send(writer, ["250 2.1.5 Ok"])
                else:
                    reply = fill(case.lines, rcpt=rcpt, sender=sender, ip=ip)
                    log(f"RCPT\t{sender}\t{rcpt}\t{case.name}\t{' | '.join(reply)}")
                    await send(writer, reply)
                    if reply[-1].startswith("421"):
                        await closing(reader, writer)
                        return
            elif verb == "DATA":
                if not rcpts:
                    await send(writer, ["554 5.5.1 Error: no valid recipients"])
                    continue
                await send(writer, ["354 End data with <CR><LF>.<CR><LF>"])
                body = []
                while True:
                    raw = await asyncio.wait_for(reader.readline(), MAX_SESSION_SECONDS)
                    if not raw or raw in (b".\r\n", b".\n"):
                        break
                    body.append(raw[1:] if raw.startswith(b"..") else raw)
                data_case = next((BY_NAME[r.split("@")[0]] for r in rcpts
                                  if r.split("@")[0] in BY_NAME and BY_NAME[r.split("@")[0]].phase == "data"
                                  and r.split("@")[-1].lower() != SINK_DOMAIN), None)
                if data_case is not None:
                    first = next(r for r in rcpts if r.split("@")[0] == data_case.name)
                    reply = fill(data_case.lines, rcpt=first, sender=sender, ip=ip)
                    log(f"DATA\t{sender}\t{','.join(rcpts)}\t{data_case.name}\t{' | '.join(reply)}")
                    await send(writer, reply)
                    if reply[-1].startswith("421"):
                        await closing(reader, writer)
                        return
                else:
                    for r in rcpts:
                        local, _, domain = r.partition("@")
                        if domain.lower() == SINK_DOMAIN:
                            name, n = local, 1
                            while os.path.exists(os.path.join(OUT, name + ".eml")):
                                # an MTA that bounces each recipient on its own (dma): keep every one
                                n += 1
                                name = f"{local}-{n}"
                            with open(os.path.join(OUT, name + ".eml"), "wb") as f:
                                # as a mailbox delivery would: the envelope sender first
                                f.write(f"Return-Path: <{sender}>\r\n".encode() + b"".join(body))
                            log(f"SAVED\t{sender}\t{r}\t\t{name}.eml")
                        else:
                            log(f"DELIVERED\t{sender}\t{r}\t\t")
                    await send(writer, ["250 2.0.0 Ok: queued"])
                sender, rcpts = None, []
            elif verb == "RSET":
                sender, rcpts = None, []
                await send(writer, ["250 2.0.0 Ok"])
            elif verb == "NOOP":
                await send(writer, ["250 2.0.0 Ok"])
            elif verb == "QUIT":
                await send(writer, ["221 2.0.0 Bye"])
                return
            else:
                await send(writer, ["502 5.5.2 Error: command not recognized"])
    except (asyncio.TimeoutError, ConnectionError):
        return
    finally:
        writer.close()


async def closing(reader, writer):
    """After a 421 the server closes; like many real ones it first waits a moment for QUIT."""
    try:
        raw = await asyncio.wait_for(reader.readline(), 2)
        if raw and raw[:4].upper() == b"QUIT":
            await send(writer, ["221 2.0.0 Bye"])
    except (asyncio.TimeoutError, ConnectionError):
        pass


def greeter(case_name):
    async def greet(reader, writer):
        peer = writer.get_extra_info("peername")
        reply = fill(BY_NAME[case_name].lines, ip=peer[0] if peer else HOST)
        log(f"GREET\t\t\t{case_name}\t{' | '.join(reply)}")
        await send(writer, reply)
        # A real server closes after a 421/554 greeting, possibly after answering QUIT.
        try:
            raw = await asyncio.wait_for(reader.readline(), 5)
            if raw and raw[:4].upper() == b"QUIT":
                await send(writer, ["221 2.0.0 Bye"])
            elif raw:
                await send(writer, ["503 5.5.1 Error: no SMTP service"])
        except (asyncio.TimeoutError, ConnectionError):
            pass
        writer.close()
    return greet


async def silent(reader, writer):
    log("SILENT\t\t\ttimeout\t(no greeting)")
    try:
        await asyncio.wait_for(reader.read(), 120)
    except (asyncio.TimeoutError, ConnectionError):
        pass
    writer.close()


async def main():
    os.makedirs(OUT, exist_ok=True)
    servers = [
        await asyncio.start_server(session, HOST, 2525),
        await asyncio.start_server(greeter("toomanyconn"), HOST, 2526),
        await asyncio.start_server(greeter("noservice"), HOST, 2527),
        await asyncio.start_server(silent, HOST, 2528),
    ]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for s in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(s, stop.set)
    print("scripted SMTP server on 127.0.0.1:2525-2528, writing to", OUT, flush=True)
    await stop.wait()
    for s in servers:
        s.close()


if __name__ == "__main__":
    asyncio.run(main())
