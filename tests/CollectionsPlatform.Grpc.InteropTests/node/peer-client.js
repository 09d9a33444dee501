'use strict';
// grpc-js client that drives one interop scenario against a server and prints its outcome as JSON.
// Usage: node peer-client.js <host:port> <scenario>
const { grpc, EchoService, Health, ReflectionV1, ReflectionV1Alpha, RpcStatus, ErrorInfo, BadRequest,
  FileDescriptorProto } = require('./load-protos');
const protobuf = require('protobufjs');
const protoLoader = require('@grpc/proto-loader');

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

// Asks a server's reflection (v1) for its services and for the files describing one of them (with dependencies).
async function describe(symbol) {
  const call = new ReflectionV1(target, credentials).ServerReflectionInfo();
  const responses = [];
  const done = new Promise((resolve) => {
    call.on('data', (response) => responses.push(response));
    call.on('status', resolve);
    call.on('error', () => {});
  });
  call.write({ host: '', list_services: '' });
  call.write({ host: '', file_containing_symbol: symbol });
  call.end();
  await done;
  return {
    services: responses[0]?.list_services_response?.service.map((s) => s.name) ?? [],
    files: responses[1]?.file_descriptor_response?.file_descriptor_proto ?? [],
  };
}

// A unary call with raw bytes to any path: what a client gets for a service or method the server may not have.
const rawUnary = (service, method) => new Promise((resolve) => {
  const client = new grpc.Client(target, credentials);
  client.makeUnaryRequest(`/${service}/${method}`, (b) => b, (b) => b, Buffer.alloc(0), (error) => {
    client.close();
    resolve(error ? { code: error.code, details: error.details } : { code: 0 });
  });
});

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
  // The gateway as a gRPC server: reflection lists the routed contracts and describes collections.cases.v1.CaseService
  // well enough to build a client from the descriptors alone and call GetCase through the gateway (cases is down
  // in the interop harness); health per routed service; UNIMPLEMENTED for what the gateway does not route.
  async 'gateway-surface'() {
    const { services, files } = await describe('collections.cases.v1.CaseService');
    const writer = protobuf.Writer.create();
    for (const file of files) writer.uint32(10).bytes(file); // FileDescriptorSet.file = 1
    const described = grpc.loadPackageDefinition(protoLoader.loadFileDescriptorSetFromBuffer(Buffer.from(writer.finish())));
    const cases = new described.collections.cases.v1.CaseService(target, credentials);
    const health = new Health(target, credentials);
    return {
      services,
      getCase: await unary(cases, 'GetCase', { name: 'cases/42' }),
      casesHealth: await unary(health, 'Check', { service: 'collections.cases.v1.CaseService' }),
      unknownHealth: await unary(health, 'Check', { service: 'no.such.Service' }),
      unroutedService: await rawUnary('collections.billing.v1.InvoiceService', 'GetInvoice'),
      unknownMethod: await rawUnary('collections.interop.v1.EchoService', 'NoSuchMethod'),
    };
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
