#!/usr/bin/env bash
# Unary gRPC benchmark (on demand, not in CI): h2load sends a small EchoRequest over 64 concurrent HTTP/2
# streams (4 connections x 16 streams) to
#   ours          - the Echo service on grpc-dotnet (scripts/bench-grpc/BenchHost, Release), called directly
#   grpc-js       - the same service on @grpc/grpc-js (tests/CollectionsPlatform.Grpc.InteropTests/node/peer-server.js)
#   gateway       - ours behind the gateway (src/Gateway, Release) with its default gRPC forwarder
# and with COMPARE=1, in its place, in the same run (every target started once, runs interleaved):
#   gateway-thin  - the gateway with Gateway__GrpcForwarder=thin (our pass-through forwarder, ADR 0007)
#   gateway-yarp  - the gateway with Gateway__GrpcForwarder=yarp (YARP's own forwarder)
#   nginx         - Debian nginx, grpc_pass over h2c to ours (the outside peer; apt-get install nginx)
# then a second phase at a fixed offered load (FIXED_RPS in total, h2load --rps) against ours and every proxy, for
# the proxy's CPU per forwarded call and its added p50 over direct at the same load.
# Prints per phase the median req/s, p50 and p99 of RUNS runs per target, with the ratios, the CPU time each
# server/proxy process spent per request (utime+stime from /proc, robust when other work shares the machine) and
# the load average before and after.
# Every target first gets an unrecorded warm-up round (WARMUP_ROUND seconds: JIT, tiered compilation, connections).
# Env: RUNS (3), DURATION seconds per run (10), WARMUP seconds (2), WARMUP_ROUND seconds (5), CONNECTIONS (4), STREAMS per connection (16),
#      RPS     fixed offered rate per connection for the first phase (h2load --rps) instead of a closed loop,
#      COMPARE=1   add gateway-thin, gateway-yarp and nginx, and the fixed-load phase,
#      FIXED_RPS   total offered req/s of the fixed-load phase (2000),
#      PIN=1   h2load on CPU 0, every server on CPU 1 (taskset), so the load generator never takes the servers' core,
#      NICE    a nice value for h2load and every server (e.g. -10 as root), when other work shares the machine,
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
COMPARE="${COMPARE:-0}"
FIXED_RPS="${FIXED_RPS:-2000}"
WARMUP_ROUND="${WARMUP_ROUND:-5}"
GATEWAY_DLL="${GATEWAY_DLL:-$ROOT/src/Gateway/bin/Release/net10.0/CollectionsPlatform.Gateway.dll}"
NICE="${NICE:-}"
SERVER_CPU=()
CLIENT_CPU=()
if [ "$PIN" = 1 ]; then SERVER_CPU=(taskset -c 1); CLIENT_CPU=(taskset -c 0); fi
if [ -n "$NICE" ]; then SERVER_CPU=(nice -n "$NICE" "${SERVER_CPU[@]}"); CLIENT_CPU=(nice -n "$NICE" "${CLIENT_CPU[@]}"); fi
NODE_DIR="$ROOT/tests/CollectionsPlatform.Grpc.InteropTests/node"
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

TOOLS=(h2load node dotnet)
[ "$COMPARE" = 1 ] && TOOLS+=(nginx)
for tool in "${TOOLS[@]}"; do
  command -v "$tool" >/dev/null || { echo "missing $tool (h2load: apt-get install nghttp2-client; nginx: apt-get install nginx)" >&2; exit 1; }
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

declare -A PORT_OF PID_OF
PORT_OF[ours]="$(free_port)"
"${SERVER_CPU[@]}" "$ROOT/scripts/bench-grpc/BenchHost/bin/Release/net10.0/CollectionsPlatform.Grpc.BenchHost" "${PORT_OF[ours]}" >"$WORK/ours.log" 2>&1 &
PIDS+=($!)
PID_OF[ours]=$!

PORT_OF[grpc-js]="$(free_port)"
(cd "$NODE_DIR" && exec "${SERVER_CPU[@]}" node peer-server.js "${PORT_OF[grpc-js]}") >"$WORK/grpc-js.log" 2>&1 &
PIDS+=($!)
PID_OF[grpc-js]=$!

start_gateway() { # $1 = target name, $2 = forwarder setting (empty: the gateway's default)
  local http_port; http_port="$(free_port)"
  PORT_OF[$1]="$(free_port)"
  # services:interop:http points at a closed port: the gateway's health check of "interop" fails fast instead of
  # calling anything during the run.
  env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Kestrel__Endpoints__http__Url="http://127.0.0.1:$http_port" \
    Kestrel__Endpoints__grpc__Url="http://127.0.0.1:${PORT_OF[$1]}" Kestrel__Endpoints__grpc__Protocols=Http2 \
    Gateway__Services__0=interop services__interop__grpc__0="http://127.0.0.1:${PORT_OF[ours]}" \
    services__interop__http__0="http://127.0.0.1:$(free_port)" ${2:+Gateway__GrpcForwarder=$2} \
    "${SERVER_CPU[@]}" dotnet "$GATEWAY_DLL" >"$WORK/$1.server.log" 2>&1 &
  PIDS+=($!)
  PID_OF[$1]=$!
}

start_nginx() { # nginx grpc_pass over h2c to ours: a master and one worker per core, logs and temp files under $WORK
  PORT_OF[nginx]="$(free_port)"
  mkdir -p "$WORK/nginx"
  cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  keepalive_requests 100000000;
  http2_max_concurrent_streams 256;
  upstream bench { server 127.0.0.1:${PORT_OF[ours]}; keepalive 64; keepalive_requests 100000000; }
  server {
    listen 127.0.0.1:${PORT_OF[nginx]} http2;
    location / { grpc_pass grpc://bench; }
  }
}
EOF
  "${SERVER_CPU[@]}" nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx.server.log" 2>&1 &
  PIDS+=($!)
  PID_OF[nginx]=$!
}

if [ "$COMPARE" = 1 ]; then
  start_gateway gateway-thin thin
  start_gateway gateway-yarp yarp
  start_nginx
  PROXIES=(gateway-thin gateway-yarp nginx)
else
  start_gateway gateway ""
  PROXIES=(gateway)
fi
TARGETS=(ours grpc-js "${PROXIES[@]}")
for target in "${TARGETS[@]}"; do wait_for_grpc "127.0.0.1:${PORT_OF[$target]}"; done

# utime + stime of a process and its children's threads; for nginx the master and its workers
cpu_ticks() { awk '{s += $14 + $15} END {print s}' "/proc/$1/stat" $(pgrep -P "$1" | sed 's|.*|/proc/&/stat|'); }

bench_phase() { # $1 = phase name, $2 = per-connection rate (empty: closed loop), rest = targets
  local phase="$1" rate="$2"; shift 2
  local dir="$WORK/$phase"; mkdir -p "$dir"
  echo "== $phase: $RUNS runs x ${DURATION}s (+${WARMUP}s warm-up), $CONNECTIONS connections x $STREAMS streams = $((CONNECTIONS * STREAMS)) concurrent${rate:+, offered $((rate * CONNECTIONS)) req/s}${NICE:+, nice $NICE}$([ "$PIN" = 1 ] && echo ", pinned: h2load CPU 0, servers CPU 1")"
  echo "   before: $(uptime)"
  for run in $(seq 1 "$RUNS"); do
    for target in "$@"; do   # interleaved, so drift on the machine hits every target alike
      local before after
      before="$(cpu_ticks "${PID_OF[$target]}") $(cpu_ticks "${PID_OF[ours]}")"
      "${CLIENT_CPU[@]}" h2load -D "$DURATION" --warm-up-time="$WARMUP" -c "$CONNECTIONS" -m "$STREAMS" -t 1 ${rate:+--rps="$rate"} \
        -d "$WORK/echo.bin" -H 'content-type: application/grpc' -H 'te: trailers' \
        --log-file="$dir/$target.$run.log" "http://127.0.0.1:${PORT_OF[$target]}/collections.interop.v1.EchoService/Echo" >"$dir/$target.$run.out"
      after="$(cpu_ticks "${PID_OF[$target]}") $(cpu_ticks "${PID_OF[ours]}")"
      echo "$before $after $(getconf CLK_TCK)" >"$dir/$target.$run.cpu"
      echo "run $run $target: $(grep -Eo '[0-9.]+ req/s' "$dir/$target.$run.out" | head -1), $(grep -E '^requests:' "$dir/$target.$run.out"), load $(cut -d' ' -f1 /proc/loadavg)"
    done
  done
  echo "== $phase medians"
  echo "   after: $(uptime)"
  BENCH_SECONDS=$((DURATION + WARMUP)) node "$ROOT/scripts/bench-grpc/summarize.js" "$dir" "$@"
}

echo "== warm-up round: ${WARMUP_ROUND}s per target, not recorded"
for target in "${TARGETS[@]}"; do
  "${CLIENT_CPU[@]}" h2load -D "$WARMUP_ROUND" -c "$CONNECTIONS" -m "$STREAMS" -t 1 -d "$WORK/echo.bin" \
    -H 'content-type: application/grpc' -H 'te: trailers' "http://127.0.0.1:${PORT_OF[$target]}/collections.interop.v1.EchoService/Echo" >/dev/null
done

bench_phase "closed-loop" "$RPS" "${TARGETS[@]}"
if [ "$COMPARE" = 1 ]; then
  bench_phase "fixed-${FIXED_RPS}" "$((FIXED_RPS / CONNECTIONS))" ours "${PROXIES[@]}"
fi
