#!/usr/bin/env bash
# QuotePaymentPlans benchmark (on demand, not in CI): p50/p99 of one quote request - all five schedule types
# (equal instalment, equal principal, step-up, deferral, settlement) side by side, each quote reading the case from
# the Cases service over gRPC - through the gateway's gRPC endpoint and direct to the Payment plans service, in the
# same run (interleaved). The platform runs as the AppHost starts it (real PostgreSQL, Redis, RabbitMQ, Cases,
# Payment plans, gateway) under a throw-away state folder; one case is opened through the gateway first.
# Env: RUNS (3), DURATION seconds per run (10), WARMUP seconds (2), CONNECTIONS (4), STREAMS per connection (8),
#      TERM months (24).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-4}"
STREAMS="${STREAMS:-8}"
TERM="${TERM_MONTHS:-24}"
WORK="$(mktemp -d)"
STATE="$WORK/state"
APPHOST_PID=""

cleanup() {
  if [[ -n "$APPHOST_PID" ]]; then kill -INT "$APPHOST_PID" 2>/dev/null || true; wait "$APPHOST_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in h2load curl node python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "missing $tool (h2load: apt-get install nghttp2-client)" >&2; exit 1; }
done

echo "== starting the platform (AppHost, state under $STATE)"
dotnet build -v q -nologo "$ROOT/CollectionsPlatform.AppHost/CollectionsPlatform.AppHost.csproj" >/dev/null
# The AppHost itself (not `dotnet run`, which does not pass SIGINT on), so the cleanup's Ctrl+C stops the platform.
(cd "$ROOT" && exec dotnet CollectionsPlatform.AppHost/bin/Debug/net10.0/CollectionsPlatform.AppHost.dll --state "$STATE") >"$WORK/apphost.log" 2>&1 &
APPHOST_PID=$!

# url_of <resource> <1 = http | 2 = grpc>: a project's endpoint, from the "<http> <grpc>" ports file the AppHost
# writes in the resource's state folder.
url_of() {
  local port
  port="$(cut -d' ' -f"$2" "$STATE/$1/ports" 2>/dev/null)" && [[ -n "$port" ]] && echo "http://127.0.0.1:$port"
}

GATEWAY_HTTP="" GATEWAY_GRPC="" PLANS_GRPC=""
for _ in $(seq 1 600); do
  GATEWAY_HTTP="$(url_of gateway 1 || true)"
  GATEWAY_GRPC="$(url_of gateway 2 || true)"
  PLANS_GRPC="$(url_of paymentplans 2 || true)"
  if [[ -n "$GATEWAY_HTTP" && -n "$PLANS_GRPC" ]] && curl -fs "$GATEWAY_HTTP/health" >/dev/null; then break; fi
  sleep 0.5
done
curl -fs "$GATEWAY_HTTP/health" >/dev/null || { echo "the platform did not become healthy; see $WORK/apphost.log" >&2; tail -20 "$WORK/apphost.log" >&2; exit 1; }
echo "gateway gRPC $GATEWAY_GRPC, paymentplans gRPC $PLANS_GRPC"

MESSAGES_PY='
import struct, sys, datetime, uuid
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F; n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n: return bytes(out)
def field(number, wire, payload):
    key = varint((number << 3) | wire)
    return key + (varint(len(payload)) + payload if wire == 2 else varint(payload))
def text(number, value): return field(number, 2, value.encode())
def message(number, body): return field(number, 2, body)
def number(number, value): return field(number, 0, value)
def money(units): return text(1, "CNY") + number(2, units)
def frame(body): return b"\x00" + struct.pack(">I", len(body)) + body
def fields(data):
    i = 0
    while i < len(data):
        key, i = read_varint(data, i)
        if key & 7 == 2:
            size, i = read_varint(data, i); yield key >> 3, data[i:i + size]; i += size
        elif key & 7 == 0:
            _, i = read_varint(data, i)
        else:
            raise SystemExit("unexpected wire type")
def read_varint(data, i):
    shift = result = 0
    while True:
        b = data[i]; i += 1; result |= (b & 0x7F) << shift; shift += 7
        if not b & 0x80: return result, i
command = sys.argv[1]
if command == "create-case":
    account = "BENCH-" + uuid.uuid4().hex[:12]
    balances = message(1, money(120000)) + message(2, money(3000)) + message(3, money(500))
    case = text(2, account) + text(3, "debtors/D-" + account) + number(4, 2) + text(5, "CNY") + message(6, balances) + number(7, 45) + text(12, "CN")
    sys.stdout.buffer.write(frame(message(1, case)))
elif command == "name-of":
    body = open(sys.argv[2], "rb").read()[5:]
    print(dict(fields(body))[1].decode())
elif command == "quote":
    due = datetime.date.today() + datetime.timedelta(days=10)
    date = number(1, due.year) + number(2, due.month) + number(3, due.day)
    body = text(1, sys.argv[2]) + message(2, money(100000)) + number(3, int(sys.argv[3])) + message(4, date) + number(5, 900)
    sys.stdout.buffer.write(frame(body))
elif command == "count-quotes":
    body = open(sys.argv[2], "rb").read()[5:]
    print(sum(1 for n, _ in fields(body) if n == 1))
'
messages() { python3 -c "$MESSAGES_PY" "$@"; }

# grpc_call <base url> <method path> <frame file> <response file>: one unary call; fails unless grpc-status is 0.
grpc_call() {
  curl -s --http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' \
    --data-binary "@$3" -o "$4" -D "$4.headers" "$1$2"
  grep -qi '^grpc-status: *0' "$4.headers" || { echo "gRPC call $2 failed:" >&2; cat "$4.headers" >&2; return 1; }
}

messages create-case >"$WORK/create.bin"
grpc_call "$GATEWAY_GRPC" /collections.cases.v1.CaseService/CreateCase "$WORK/create.bin" "$WORK/case.out"
CASE_NAME="$(messages name-of "$WORK/case.out")"
messages quote "$CASE_NAME" "$TERM" >"$WORK/quote.bin"
QUOTE_PATH=/collections.paymentplans.v1.PaymentPlanService/QuotePaymentPlans
for base in "$GATEWAY_GRPC" "$PLANS_GRPC"; do
  grpc_call "$base" "$QUOTE_PATH" "$WORK/quote.bin" "$WORK/quote.out"
  echo "quote via $base: $(messages count-quotes "$WORK/quote.out") schedule types"
done

echo "== h2load: $RUNS runs x ${DURATION}s (+${WARMUP}s warm-up), $CONNECTIONS connections x $STREAMS streams, case $CASE_NAME, term $TERM months"
declare -A URLS=([ours]="$PLANS_GRPC$QUOTE_PATH" [gateway]="$GATEWAY_GRPC$QUOTE_PATH")
for run in $(seq 1 "$RUNS"); do
  for target in ours gateway; do
    h2load -D "$DURATION" --warm-up-time="$WARMUP" -c "$CONNECTIONS" -m "$STREAMS" -t 1 \
      -d "$WORK/quote.bin" -H 'content-type: application/grpc' -H 'te: trailers' \
      --log-file="$WORK/$target.$run.log" "${URLS[$target]}" >"$WORK/$target.$run.out"
    echo "run $run $target: $(grep -Eo '[0-9.]+ req/s' "$WORK/$target.$run.out" | head -1), $(grep -E '^requests:' "$WORK/$target.$run.out")"
  done
done
# A last check that the load ended in answers, not errors (h2load counts HTTP 200s; grpc-status is in the trailers).
grpc_call "$GATEWAY_GRPC" "$QUOTE_PATH" "$WORK/quote.bin" "$WORK/quote.out"

echo "== medians (ours = direct to the Payment plans service)"
node "$ROOT/scripts/bench-grpc/summarize.js" "$WORK" ours gateway
