#!/usr/bin/env python3
"""Measures the platform as scripts/run.sh starts it (on demand, not part of the test suite).

Reports seconds from the run command to "all N resources healthy" (the AppHost prints that line once every
long-running resource passes its health check), the idle RSS and PSS of each service, server and piece of the Aspire
machinery (AppHost, DCP, dashboard, the `dotnet run` wrappers), then stops the AppHost as a terminal would (SIGINT to
its process group, like Ctrl+C; --signal TERM or KILL for the others) and reports how long until every process it
started was gone, and any left over.

Usage: scripts/measure-startup.py [--idle SECONDS] [--signal INT|TERM|KILL] [run.sh args...]
"""
import os, re, signal, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
idle, stop_signal = 15, "INT"
while args[:1] in (["--idle"], ["--signal"]):
    if args[0] == "--idle":
        idle = int(args[1])
    else:
        stop_signal = args[1].upper()
    args = args[2:]
state = os.path.join(root, ".state")
marker = ("COLLECTIONS_SERVER_STATE=" + state).encode()


def read(path, mode="rb"):
    try:
        with open(path, mode) as f:
            return f.read()
    except OSError:
        return b"" if "b" in mode else ""


def command(pid):
    return read(f"/proc/{pid}/cmdline").replace(b"\0", b" ").decode(errors="replace").strip()


def children_of():
    tree = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        stat = read(f"/proc/{pid}/stat").decode(errors="replace")
        if stat:
            tree.setdefault(int(stat[stat.rfind(")") + 2:].split()[1]), []).append(int(pid))
    return tree


def ours(apphost):
    """The AppHost and its children, DCP (detached, found by --monitor <apphost>) and its descendants, and every
    process carrying the state marker (servers and services)."""
    tree = children_of()
    found = set()
    roots = [apphost] + [int(p) for p in filter(str.isdigit, os.listdir("/proc")) if f"--monitor {apphost}" in command(p)]
    while roots:
        pid = roots.pop()
        if pid not in found:
            found.add(pid)
            roots.extend(tree.get(pid, []))
    for pid in filter(str.isdigit, os.listdir("/proc")):
        if marker in read(f"/proc/{pid}/environ"):
            found.add(int(pid))
    return {p for p in found if alive(p)}


def alive(pid):
    stat = read(f"/proc/{pid}/stat").decode(errors="replace")
    return bool(stat) and stat[stat.rfind(")") + 2] not in "ZX"


def kind(pid):
    cmd = command(pid)
    if "/tools/dcp" in cmd:
        return "aspire: dcp " + cmd.split("/tools/dcp ")[1].split()[0]
    if "Aspire.Dashboard" in cmd:
        return "aspire: dashboard"
    if "CollectionsPlatform.AppHost" in cmd:
        return "aspire: AppHost"
    if " run --project " in cmd:
        return "aspire: dotnet run wrapper " + os.path.basename(cmd.split("--project ")[1].split()[0]).replace(".csproj", "")
    match = re.search(r"bin/\w+/net[\d.]+/(CollectionsPlatform\.\w+)", cmd)
    if match:
        return "service: " + match.group(1)
    comm = read(f"/proc/{pid}/comm", "r").strip()
    return "server: " + ("postgres" if comm == "postgres" or "postgres" in cmd else comm)


def memory_kib(pid):
    rss = re.search(r"VmRSS:\s+(\d+)", read(f"/proc/{pid}/status", "r"))
    pss = re.search(r"Pss:\s+(\d+)", read(f"/proc/{pid}/smaps_rollup", "r"))
    return int(rss.group(1)) if rss else 0, int(pss.group(1)) if pss else 0


start = time.monotonic()
run = subprocess.Popen(["./scripts/run.sh", *args], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       start_new_session=True)
healthy_at, tail = None, []
for raw in run.stdout:
    line = raw.decode(errors="replace").rstrip()
    tail = (tail + [line])[-40:]
    if line.startswith("dashboard: "):
        print(line)
    if re.search(r"all \d+ resources healthy in", line):
        healthy_at = time.monotonic() - start
        print(f"run.sh -> all healthy: {healthy_at:.1f} s (AppHost: {line.strip()})")
        break
if healthy_at is None:
    print("the AppHost exited before everything was healthy; last output:\n" + "\n".join(tail))
    sys.exit(1)

subprocess.Popen(["cat"], stdin=run.stdout, stdout=subprocess.DEVNULL)  # keep draining the AppHost's console
time.sleep(idle)
processes = ours(run.pid)
totals = {}
print(f"\nidle memory after {idle} s (KiB): kind, pid, RSS, PSS")
for pid in sorted(processes, key=kind):
    rss, pss = memory_kib(pid)
    group = kind(pid).split(":")[0]
    totals[group] = tuple(a + b for a, b in zip(totals.get(group, (0, 0)), (rss, pss)))
    print(f"  {kind(pid):<48} {pid:>7} {rss:>9} {pss:>9}")
for group, (rss, pss) in sorted(totals.items()):
    print(f"  total {group:<42} {'':>7} {rss:>9} {pss:>9}")

stopped = time.monotonic()
if stop_signal == "KILL":
    os.kill(run.pid, signal.SIGKILL)
else:
    os.killpg(run.pid, getattr(signal, "SIG" + stop_signal))
kinds = {p: kind(p) for p in processes}
gone_at = {}
while len(gone_at) < len(processes) and time.monotonic() - stopped < 60:
    for p in processes:
        if p not in gone_at and not alive(p):
            gone_at[p] = time.monotonic() - stopped
    time.sleep(0.1)
left = [p for p in processes if p not in gone_at]
print(f"\nSIG{stop_signal} -> {len(gone_at)} of {len(processes)} processes gone after {max(gone_at.values(), default=0):.1f} s; the last ones:")
for pid in sorted(gone_at, key=gone_at.get)[-6:]:
    print(f"  {gone_at[pid]:5.1f} s  {kinds[pid]} ({pid})")
for pid in left:
    print(f"  left: {pid} {command(pid)[:150]}")
sys.exit(1 if left else 0)
