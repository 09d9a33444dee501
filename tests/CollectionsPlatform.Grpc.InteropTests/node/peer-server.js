'use strict';
// grpc-js implementation of collections.interop.v1.EchoService (and grpc.health.v1.Health), the peer our client
// calls. Usage: node peer-server.js [port] [--stdin-lifetime]   Prints "LISTENING <port>" once bound; stops on SIGTERM
// or when its standard input closes (so a crashed test never leaves it behind).
const { grpc, EchoService, Health, RpcStatus, ErrorInfo, BadRequest } = require('./load-protos');

const stats = { active_calls: 0, cancelled_calls: 0, completed_calls: 0 };

function track(call) {
  stats.active_calls++;
  let done = false;
  const finish = () => { if (!done) { done = true; stats.active_calls--; stats.completed_calls++; } };
  call.on('cancelled', () => { if (!done) { stats.cancelled_calls++; finish(); } });
  return finish;
}

function echoHeaders(call) {
  const seen = {};
  const headers = new grpc.Metadata();
  const trailers = new grpc.Metadata();
  for (const [key, values] of Object.entries(call.metadata.toJSON())) {
    if (!key.startsWith('x-echo-')) continue;
    for (const value of values) {
      seen[key] = Buffer.isBuffer(value) ? value.toString('base64') : value;
      headers.add(key, value);
      trailers.add(key.replace(/^x-echo-/, 'x-trailer-'), value);
    }
  }
  return { seen, headers, trailers };
}

function remainingMs(call) {
  const deadline = call.getDeadline();
  if (deadline === Infinity || deadline === undefined) return 0;
  const ms = (deadline instanceof Date ? deadline.getTime() : Number(deadline)) - Date.now();
  return Number.isFinite(ms) ? Math.max(1, Math.round(ms)) : 0;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const echoService = {
  Echo(call, callback) {
    const finish = track(call);
    const { seen, headers, trailers } = echoHeaders(call);
    call.sendMetadata(headers);
    callback(null, { text: call.request.text, index: 0, request_headers: seen,
      deadline_remaining_ms: remainingMs(call) }, trailers);
    finish();
  },
  async ExpandEcho(call) {
    const finish = track(call);
    const { seen, headers, trailers } = echoHeaders(call);
    call.sendMetadata(headers);
    for (let i = 0; i < call.request.count && !call.cancelled; i++) {
      call.write({ text: call.request.text, index: i, request_headers: seen });
      if (call.request.interval_ms > 0) await sleep(call.request.interval_ms);
    }
    if (!call.cancelled) call.end(trailers);
    finish();
  },
  CollectEcho(call, callback) {
    const finish = track(call);
    const texts = [];
    call.on('data', (request) => texts.push(request.text));
    call.on('end', () => { callback(null, { text: texts.join(' '), index: texts.length }); finish(); });
  },
  ChatEcho(call) {
    const finish = track(call);
    let index = 0;
    call.on('data', (request) => call.write({ text: request.text, index: index++ }));
    call.on('end', () => { call.end(); finish(); });
  },
  FailEcho(call, callback) {
    const finish = track(call);
    const { code, message, reason, field } = call.request;
    const details = [
      { type_url: 'type.googleapis.com/google.rpc.ErrorInfo',
        value: ErrorInfo.encode({ reason, domain: 'interop.example', metadata: { field } }).finish() },
      { type_url: 'type.googleapis.com/google.rpc.BadRequest',
        value: BadRequest.encode({ field_violations: [{ field, description: 'is invalid' }] }).finish() },
    ];
    const metadata = new grpc.Metadata();
    metadata.set('grpc-status-details-bin', Buffer.from(RpcStatus.encode({ code, message, details }).finish()));
    callback({ code, details: message, metadata });
    finish();
  },
  SleepEcho(call, callback) {
    const finish = track(call);
    const timer = setTimeout(() => { callback(null, { text: 'awake', index: 0 }); finish(); }, call.request.delay_ms);
    call.on('cancelled', () => clearTimeout(timer));
  },
  GetEchoStats(_call, callback) {
    callback(null, { ...stats });
  },
};

const healthService = {
  Check(call, callback) {
    const known = ['', 'collections.interop.v1.EchoService'].includes(call.request.service);
    if (!known) callback({ code: grpc.status.NOT_FOUND, details: 'unknown service' });
    else callback(null, { status: 'SERVING' });
  },
  Watch(call) {
    call.write({ status: 'SERVING' });
  },
};

function startServer(port, options) {
  const server = new grpc.Server(options);
  server.addService(EchoService.service, echoService);
  server.addService(Health.service, healthService);
  return new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(),
      (error, boundPort) => (error ? reject(error) : resolve({ server, port: boundPort })));
  });
}

// (grpc-js 1.14 servers never compress responses, whatever their options: gzip receive is proven against ours.)
const servers = [];
startServer(process.argv[2] ?? '0', {}).then(({ server, port }) => {
  servers.push(server);
  console.log(`LISTENING ${port}`);
}, (error) => { console.error(error.message); process.exit(1); });

const stop = () => { for (const server of servers) server.forceShutdown(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.argv.includes('--stdin-lifetime')) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
