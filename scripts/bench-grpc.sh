#!/usr/bin/env bash
# Unary gRPC benchmark (on demand, not in CI): h2load sends a small EchoRequest over 64 concurrent HTTP/2
# streams (4 connections x 16 streams) to
#   ours     - our gRPC server (scripts/bench-grpc/BenchHost, Release)
#   grpc-js  - the same service on @grpc/grpc-js (tests/CollectionsPlatform.Grpc.InteropTests/node/peer-server.js)
#   gateway  - our server behind the gateway (src/Gateway, YARP over h2c)
# and prints the median req/s, p50 and p99 of RUNS runs per target, with the ratios.
# Env: RUNS (3), DURATION seconds per run (10), WARMUP seconds (2), CONNECTIONS (4), STREAMS per connection (16).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-4}"
STREAMS="${STREAMS:-16}"
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
dotnet build -c Release -v q -nologo "$ROOT/src/Gateway/CollectionsPlatform.Gateway.csproj" >/dev/null
[ -d "$NODE_DIR/node_modules/@grpc/grpc-js" ] || (cd "$NODE_DIR" && npm ci --no-audit --no-fund >/dev/null)

# One gRPC frame: uncompressed, length 7, EchoRequest { text: "hello" }.
printf '\x00\x00\x00\x00\x07\x0a\x05hello' > "$WORK/echo.bin"

OURS_PORT="$(free_port)"
"$ROOT/scripts/bench-grpc/BenchHost/bin/Release/net10.0/CollectionsPlatform.Grpc.BenchHost" "$OURS_PORT" >"$WORK/ours.log" 2>&1 &
PIDS+=($!)

JS_PORT="$(free_port)"
(cd "$NODE_DIR" && exec node peer-server.js "$JS_PORT") >"$WORK/grpc-js.log" 2>&1 &
PIDS+=($!)

GATEWAY_HTTP_PORT="$(free_port)"
GATEWAY_PORT="$(free_port)"
env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Kestrel__Endpoints__http__Url="http://127.0.0.1:$GATEWAY_HTTP_PORT" \
  Kestrel__Endpoints__grpc__Url="http://127.0.0.1:$GATEWAY_PORT" Kestrel__Endpoints__grpc__Protocols=Http2 \
  Gateway__Services__0=interop services__interop__grpc__0="http://127.0.0.1:$OURS_PORT" \
  services__interop__http__0="http://127.0.0.1:$GATEWAY_HTTP_PORT" \
  dotnet "$ROOT/src/Gateway/bin/Release/net10.0/CollectionsPlatform.Gateway.dll" >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)

wait_for_grpc "127.0.0.1:$OURS_PORT"
wait_for_grpc "127.0.0.1:$JS_PORT"
wait_for_grpc "127.0.0.1:$GATEWAY_PORT"

declare -A URLS=(
  [ours]="http://127.0.0.1:$OURS_PORT/collections.interop.v1.EchoService/Echo"
  [grpc-js]="http://127.0.0.1:$JS_PORT/collections.interop.v1.EchoService/Echo"
  [gateway]="http://127.0.0.1:$GATEWAY_PORT/collections.interop.v1.EchoService/Echo"
)

echo "== h2load: $RUNS runs x ${DURATION}s (+${WARMUP}s warm-up), $CONNECTIONS connections x $STREAMS streams = $((CONNECTIONS * STREAMS)) concurrent"
for run in $(seq 1 "$RUNS"); do
  for target in ours grpc-js gateway; do   # interleaved, so drift on the machine hits every target alike
    h2load -D "$DURATION" --warm-up-time="$WARMUP" -c "$CONNECTIONS" -m "$STREAMS" -t 1 \
      -d "$WORK/echo.bin" -H 'content-type: application/grpc' -H 'te: trailers' \
      --log-file="$WORK/$target.$run.log" "${URLS[$target]}" >"$WORK/$target.$run.out"
    echo "run $run $target: $(grep -Eo '[0-9.]+ req/s' "$WORK/$target.$run.out" | head -1), $(grep -E '^requests:' "$WORK/$target.$run.out")"
  done
done

echo "== medians"
node "$ROOT/scripts/bench-grpc/summarize.js" "$WORK" ours grpc-js gateway
