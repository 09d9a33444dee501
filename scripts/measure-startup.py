#!/usr/bin/env python3
"""Measures the AppHost on this machine (on demand, not part of the test suite).

Runs ./scripts/run.sh in a pseudo-terminal, reports seconds until the AppHost prints
"all N resources healthy", each service's idle RSS, then presses Ctrl+C and shows `ps` before
and after. Usage: scripts/measure-startup.py [--idle SECONDS] [AppHost args...]
"""
import os, pty, re, signal, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
idle = 10
if args[:1] == ["--idle"]:
    idle, args = int(args[1]), args[2:]

state = os.path.abspath(args[args.index("--state") + 1]) if "--state" in args else os.path.join(root, ".state")

def ours(pid):
    """The AppHost, or a process carrying its state marker / working under its state folder."""
    try:
        if b"CollectionsPlatform.AppHost" in open(f"/proc/{pid}/cmdline", "rb").read():
            return True
        if f"COLLECTIONS_ORCHESTRATION_STATE={state}".encode() in open(f"/proc/{pid}/environ", "rb").read():
            return True
        return os.readlink(f"/proc/{pid}/cwd").startswith(state)
    except OSError:
        return False

def ps():
    out = subprocess.run(["ps", "-eo", "pid,ppid,rss,args"], capture_output=True, text=True).stdout.splitlines()
    return [out[0]] + [l[:150] for l in out[1:] if ours(l.split()[0])]

start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.chdir(root)
    os.execvp("./scripts/run.sh", ["./scripts/run.sh", *args])

buffer, healthy_at = b"", None
while healthy_at is None:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    buffer += chunk
    match = re.search(rb"all \d+ resources healthy in [\d.]+ s", buffer)
    if match:
        healthy_at = time.monotonic() - start
        print(f"run.sh -> all healthy: {healthy_at:.1f} s (AppHost says: {match.group().decode()})")

if healthy_at is None:
    print("the AppHost exited before everything was healthy; last output:\n" + buffer[-3000:].decode(errors="replace"))
    sys.exit(1)

time.sleep(idle)
before = ps()
print(f"\nps before Ctrl+C (after {idle} s idle; rss in KiB):\n" + "\n".join(before))
os.write(fd, b"\x03")
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    try:
        if not os.read(fd, 65536):
            break
    except OSError:
        break
os.waitpid(pid, 0)
print("\nps after Ctrl+C:\n" + "\n".join(ps()))
