#!/usr/bin/env bash
# Unary gRPC benchmark (on demand, not in CI): h2load sends a small EchoRequest over 64 concurrent HTTP/2
# streams (4 connections x 16 streams) to
#   ours     - the Echo service on grpc-dotnet (scripts/bench-grpc/BenchHost, Release)
#   grpc-js  - the same service on @grpc/grpc-js (tests/CollectionsPlatform.Grpc.InteropTests/node/peer-server.js)
#   gateway  - our server behind the gateway (src/Gateway, YARP over h2c)
#   gateway-yarp - the same gateway with Gateway__GrpcForwarder=yarp (YARP's own forwarder; only with COMPARE_YARP=1)
# and prints the median req/s, p50 and p99 of RUNS runs per target, with the ratios, and the CPU time each server
# process spent per request (utime+stime from /proc, robust when other work shares the machine).
# Env: RUNS (3), DURATION seconds per run (10), WARMUP seconds (2), CONNECTIONS (4), STREAMS per connection (16),
#      RPS     fixed offered rate per connection (h2load --rps; total = RPS x CONNECTIONS) instead of a closed loop,
#      PIN=1   h2load on CPU 0, every server on CPU 1 (taskset), so the load generator never takes the servers' core,
#      COMPARE_YARP=1  also start the gateway with YARP's forwarder for the gRPC routes (target gateway-yarp),
#      GATEWAY_DLL     a prebuilt gateway (skips building src/Gateway).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-4}"
STREAMS="${STREAMS:-16}"
RPS="${RPS:-}"
PIN="${PIN:-0}"
COMPARE_YARP="${COMPARE_YARP:-0}"
GATEWAY_DLL="${GATEWAY_DLL:-$ROOT/src/Gateway/bin/Release/net10.0/CollectionsPlatform.Gateway.dll}"
SERVER_CPU=()
CLIENT_CPU=()
if [ "$PIN" = 1 ]; then SERVER_CPU=(taskset -c 1); CLIENT_CPU=(taskset -c 0); fi
NODE_DIR="$ROOT/tests/CollectionsPlatform.Grpc.InteropTests/node"
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in h2load node dotnet; do
  command -v "$tool" >/dev/null || { echo "missing $tool (h2load: apt-get install nghttp2-client)" >&2; exit 1; }
done

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

wait_for_grpc() { # $1 = host:port; answers once the Echo RPC works end to end (grpc-js client)
  for _ in $(seq 1 100); do
    if (cd "$NODE_DIR" && node peer-client.js "$1" unary 2>/dev/null | grep -q '"text":"hello from grpc-js"'); then return 0; fi
    sleep 0.2
  done
  echo "no gRPC answer from $1" >&2; return 1
}

echo "== building (Release)"
dotnet build -c Release -v q -nologo "$ROOT/scripts/bench-grpc/BenchHost/CollectionsPlatform.Grpc.BenchHost.csproj" >/dev/null
if [ "$GATEWAY_DLL" = "$ROOT/src/Gateway/bin/Release/net10.0/CollectionsPlatform.Gateway.dll" ]; then
  dotnet build -c Release -v q -nologo "$ROOT/src/Gateway/CollectionsPlatform.Gateway.csproj" >/dev/null
fi
[ -d "$NODE_DIR/node_modules/@grpc/grpc-js" ] || (cd "$NODE_DIR" && npm ci --no-audit --no-fund >/dev/null)

# One gRPC frame: uncompressed, length 7, EchoRequest { text: "hello" }.
printf '\x00\x00\x00\x00\x07\x0a\x05hello' > "$WORK/echo.bin"

OURS_PORT="$(free_port)"
"${SERVER_CPU[@]}" "$ROOT/scripts/bench-grpc/BenchHost/bin/Release/net10.0/CollectionsPlatform.Grpc.BenchHost" "$OURS_PORT" >"$WORK/ours.log" 2>&1 &
PIDS+=($!)

JS_PORT="$(free_port)"
(cd "$NODE_DIR" && exec "${SERVER_CPU[@]}" node peer-server.js "$JS_PORT") >"$WORK/grpc-js.log" 2>&1 &
PIDS+=($!)

declare -A PID_OF=([ours]="${PIDS[0]}" [grpc-js]="${PIDS[1]}")
start_gateway() { # $1 = target name, $2 = grpc port, $3 = forwarder setting (empty: the gateway's default)
  local http_port; http_port="$(free_port)"
  env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Kestrel__Endpoints__http__Url="http://127.0.0.1:$http_port" \
    Kestrel__Endpoints__grpc__Url="http://127.0.0.1:$2" Kestrel__Endpoints__grpc__Protocols=Http2 \
    Gateway__Services__0=interop services__interop__grpc__0="http://127.0.0.1:$OURS_PORT" \
    services__interop__http__0="http://127.0.0.1:$http_port" ${3:+Gateway__GrpcForwarder=$3} \
    "${SERVER_CPU[@]}" dotnet "$GATEWAY_DLL" >"$WORK/$1.server.log" 2>&1 &
  PIDS+=($!)
  PID_OF[$1]=$!
}

GATEWAY_PORT="$(free_port)"
start_gateway gateway "$GATEWAY_PORT" ""
TARGETS=(ours grpc-js gateway)
if [ "$COMPARE_YARP" = 1 ]; then
  GATEWAY_YARP_PORT="$(free_port)"
  start_gateway gateway-yarp "$GATEWAY_YARP_PORT" yarp
  TARGETS+=(gateway-yarp)
fi

wait_for_grpc "127.0.0.1:$OURS_PORT"
wait_for_grpc "127.0.0.1:$JS_PORT"
wait_for_grpc "127.0.0.1:$GATEWAY_PORT"
[ "$COMPARE_YARP" = 1 ] && wait_for_grpc "127.0.0.1:$GATEWAY_YARP_PORT"

declare -A URLS=(
  [ours]="http://127.0.0.1:$OURS_PORT/collections.interop.v1.EchoService/Echo"
  [grpc-js]="http://127.0.0.1:$JS_PORT/collections.interop.v1.EchoService/Echo"
  [gateway]="http://127.0.0.1:$GATEWAY_PORT/collections.interop.v1.EchoService/Echo"
  [gateway-yarp]="http://127.0.0.1:${GATEWAY_YARP_PORT:-0}/collections.interop.v1.EchoService/Echo"
)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # utime + stime of one process

echo "== h2load: $RUNS runs x ${DURATION}s (+${WARMUP}s warm-up), $CONNECTIONS connections x $STREAMS streams = $((CONNECTIONS * STREAMS)) concurrent${RPS:+, offered $((RPS * CONNECTIONS)) req/s}${SERVER_CPU:+, pinned: h2load CPU 0, servers CPU 1}"
echo "   $(uptime)"
for run in $(seq 1 "$RUNS"); do
  for target in "${TARGETS[@]}"; do   # interleaved, so drift on the machine hits every target alike
    before="$(cpu_ticks "${PID_OF[$target]}") $(cpu_ticks "${PID_OF[ours]}")"
    "${CLIENT_CPU[@]}" h2load -D "$DURATION" --warm-up-time="$WARMUP" -c "$CONNECTIONS" -m "$STREAMS" -t 1 ${RPS:+--rps="$RPS"} \
      -d "$WORK/echo.bin" -H 'content-type: application/grpc' -H 'te: trailers' \
      --log-file="$WORK/$target.$run.log" "${URLS[$target]}" >"$WORK/$target.$run.out"
    after="$(cpu_ticks "${PID_OF[$target]}") $(cpu_ticks "${PID_OF[ours]}")"
    echo "$before $after $(getconf CLK_TCK)" >"$WORK/$target.$run.cpu"
    echo "run $run $target: $(grep -Eo '[0-9.]+ req/s' "$WORK/$target.$run.out" | head -1), $(grep -E '^requests:' "$WORK/$target.$run.out")"
  done
done

echo "== medians"
echo "   $(uptime)"
BENCH_SECONDS=$((DURATION + WARMUP)) node "$ROOT/scripts/bench-grpc/summarize.js" "$WORK" "${TARGETS[@]}"
