'use strict';
// grpc-js client that drives one interop scenario against a server and prints its outcome as JSON.
// Usage: node peer-client.js <host:port> <scenario>
const { grpc, EchoService, Health, ReflectionV1, ReflectionV1Alpha, RpcStatus, ErrorInfo, BadRequest,
  FileDescriptorProto } = require('./load-protos');

const [target, scenario] = process.argv.slice(2);
const credentials = grpc.credentials.createInsecure();
const echo = new EchoService(target, credentials);

const unary = (client, method, request, metadata = new grpc.Metadata(), options = {}) =>
  new Promise((resolve) => {
    const outcome = {};
    const call = client[method](request, metadata, options, (error, response) => {
      outcome.error = error ? { code: error.code, details: error.details } : null;
      outcome.response = response ?? null;
      if (error) outcome.trailers = metadataToJson(error.metadata);
      resolve(outcome);
    });
    call.on('metadata', (headers) => { outcome.headers = metadataToJson(headers); });
    call.on('status', (status) => { outcome.trailers = metadataToJson(status.metadata); });
  });

function metadataToJson(metadata) {
  const json = {};
  for (const [key, values] of Object.entries(metadata?.toJSON() ?? {})) {
    json[key] = values.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)).join(',');
  }
  return json;
}

const readAll = (call) => new Promise((resolve) => {
  const outcome = { responses: [], headers: null };
  call.on('metadata', (headers) => { outcome.headers = metadataToJson(headers); });
  call.on('data', (response) => outcome.responses.push(response));
  call.on('status', (status) => {
    outcome.status = { code: status.code, details: status.details };
    outcome.trailers = metadataToJson(status.metadata);
    resolve(outcome);
  });
  call.on('error', () => {});
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function reflect(Reflection) {
  const client = new Reflection(target, credentials);
  const call = client.ServerReflectionInfo();
  const responses = [];
  const done = new Promise((resolve) => {
    call.on('data', (response) => responses.push(response));
    call.on('status', resolve);
    call.on('error', () => {});
  });
  call.write({ host: '', list_services: '' });
  call.write({ host: '', file_containing_symbol: 'collections.interop.v1.EchoService' });
  call.end();
  const status = await done;
  const services = responses[0]?.list_services_response?.service.map((s) => s.name) ?? [];
  const files = (responses[1]?.file_descriptor_response?.file_descriptor_proto ?? [])
    .map((bytes) => FileDescriptorProto.decode(bytes))
    .map((file) => ({ name: file.name, package: file.package, services: file.service.map((s) => s.name) }));
  return { status: { code: status.code, details: status.details }, services, files };
}

const scenarios = {
  async unary() {
    const metadata = new grpc.Metadata();
    metadata.add('x-echo-text', 'plain-value');
    metadata.add('x-echo-blob-bin', Buffer.from([0, 1, 2, 250, 255]));
    return unary(echo, 'Echo', { text: 'hello from grpc-js' }, metadata);
  },
  async 'server-stream'() {
    return readAll(echo.ExpandEcho({ text: 'item', count: 5, interval_ms: 0 }));
  },
  async 'client-stream'() {
    return new Promise((resolve) => {
      const call = echo.CollectEcho((error, response) =>
        resolve({ error: error ? { code: error.code, details: error.details } : null, response }));
      for (const text of ['one', 'two', 'three']) call.write({ text });
      call.end();
    });
  },
  async duplex() {
    const call = echo.ChatEcho();
    const result = readAll(call);
    for (const text of ['ping', 'pong', 'pang']) call.write({ text });
    call.end();
    return result;
  },
  async 'error-details'() {
    const outcome = await unary(echo, 'FailEcho',
      { code: grpc.status.FAILED_PRECONDITION, message: 'case is on hold', reason: 'CASE_ON_HOLD', field: 'name' });
    const raw = outcome.trailers?.['grpc-status-details-bin'];
    if (raw) {
      const status = RpcStatus.decode(Buffer.from(raw, 'base64'));
      outcome.statusDetails = {
        code: status.code, message: status.message,
        details: status.details.map((any) => {
          const type = any.type_url.split('/').pop();
          const decoder = type === 'google.rpc.ErrorInfo' ? ErrorInfo : type === 'google.rpc.BadRequest' ? BadRequest : null;
          return { type, value: decoder ? decoder.toObject(decoder.decode(any.value)) : null };
        }),
      };
    }
    return outcome;
  },
  async deadline() {
    const started = Date.now();
    const outcome = await unary(echo, 'SleepEcho', { delay_ms: 5000 }, new grpc.Metadata(),
      { deadline: new Date(Date.now() + 300) });
    outcome.elapsedMs = Date.now() - started;
    const seen = await unary(echo, 'Echo', { text: 'deadline' }, new grpc.Metadata(),
      { deadline: new Date(Date.now() + 10000) });
    outcome.serverSawRemainingMs = seen.response?.deadline_remaining_ms ?? null;
    await sleep(200);
    outcome.statsAfter = (await unary(echo, 'GetEchoStats', {})).response;
    return outcome;
  },
  async 'cancel-stream'() {
    const before = (await unary(echo, 'GetEchoStats', {})).response;
    const call = echo.ExpandEcho({ text: 'tick', count: 1000, interval_ms: 20 });
    let received = 0;
    const status = await new Promise((resolve) => {
      call.on('data', () => { if (++received === 3) call.cancel(); });
      call.on('status', resolve);
      call.on('error', () => {});
    });
    let after = before;
    for (let i = 0; i < 50; i++) {
      after = (await unary(echo, 'GetEchoStats', {})).response;
      if (after.active_calls === 0 && after.cancelled_calls > before.cancelled_calls) break;
      await sleep(100);
    }
    const alive = await unary(echo, 'Echo', { text: 'still up' });
    return { received, status: { code: status.code }, before, after, alive: alive.response?.text ?? null };
  },
  async health() {
    const health = new Health(target, credentials);
    return {
      overall: await unary(health, 'Check', { service: '' }),
      echo: await unary(health, 'Check', { service: 'collections.interop.v1.EchoService' }),
      unknown: await unary(health, 'Check', { service: 'no.such.Service' }),
    };
  },
  async reflection() {
    return { v1: await reflect(ReflectionV1), v1alpha: await reflect(ReflectionV1Alpha) };
  },
};

const run = scenarios[scenario];
if (!run) {
  console.error(`unknown scenario ${scenario}; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
run().then((outcome) => {
  console.log(JSON.stringify(outcome));
  process.exit(0);
}, (error) => {
  console.error(error.stack);
  process.exit(1);
});
