'use strict';
// grpc-js client that drives one scenario against one of our services (directly or through the gateway) and prints
// its outcome as JSON. Usage: node peer-client.js <host:port> <scenario> [service or symbol]
const { grpc, CaseService, EchoService, Health, ReflectionV1, ReflectionV1Alpha, RpcStatus, ErrorInfo, BadRequest,
  FileDescriptorProto } = require('./load-protos');
const protobuf = require('protobufjs');
const protoLoader = require('@grpc/proto-loader');

const [target, scenario, argument = ''] = process.argv.slice(2);
const credentials = grpc.credentials.createInsecure();

const unary = (client, method, request) => new Promise((resolve) => {
  client[method](request, (error, response) => resolve({
    error: error ? { code: error.code, details: error.details, statusDetails: statusDetails(error.metadata) } : null,
    response: response ?? null,
  }));
});

// google.rpc.Status from grpc-status-details-bin, its details decoded (ErrorInfo, BadRequest).
function statusDetails(metadata) {
  const [raw] = metadata?.get('grpc-status-details-bin') ?? [];
  if (!raw) return null;
  const status = RpcStatus.decode(raw);
  return {
    code: status.code,
    message: status.message,
    details: status.details.map((any) => {
      const type = any.type_url.split('/').pop();
      const decoder = { 'google.rpc.ErrorInfo': ErrorInfo, 'google.rpc.BadRequest': BadRequest }[type];
      return { type, value: decoder ? decoder.toObject(decoder.decode(any.value)) : null };
    }),
  };
}

// grpc.reflection: the service list and the serialized files that declare `symbol` (with their dependencies).
async function reflectRaw(Reflection, symbol) {
  const call = new Reflection(target, credentials).ServerReflectionInfo();
  const responses = [];
  const done = new Promise((resolve) => {
    call.on('data', (response) => responses.push(response));
    call.on('status', resolve);
    call.on('error', () => {});
  });
  call.write({ host: '', list_services: '' });
  call.write({ host: '', file_containing_symbol: symbol });
  call.end();
  const status = await done;
  const services = responses[0]?.list_services_response?.service.map((s) => s.name) ?? [];
  const descriptors = responses[1]?.file_descriptor_response?.file_descriptor_proto ?? [];
  return { status: { code: status.code, details: status.details }, services, descriptors };
}

async function reflect(Reflection, symbol) {
  const { status, services, descriptors } = await reflectRaw(Reflection, symbol);
  const files = descriptors
    .map((bytes) => FileDescriptorProto.decode(bytes))
    .map((file) => ({ name: file.name, package: file.package, services: file.service.map((s) => s.name) }));
  return { status, services, files };
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
  // grpc.health.v1 Check for the server (""), the named service, and a name no server knows.
  async health() {
    const health = new Health(target, credentials);
    return {
      overall: await unary(health, 'Check', { service: '' }),
      service: await unary(health, 'Check', { service: argument }),
      unknown: await unary(health, 'Check', { service: 'no.such.Service' }),
    };
  },
  // grpc.reflection v1 and v1alpha: the service list, and the file that declares the named symbol.
  async reflection() {
    return { v1: await reflect(ReflectionV1, argument), v1alpha: await reflect(ReflectionV1Alpha, argument) };
  },
  // collections.cases.v1.CaseService.GetCase with a name that is not cases/{case}.
  async 'invalid-case-name'() {
    return unary(new CaseService(target, credentials), 'GetCase', { name: 'not-a-case' });
  },
  // Echo once (scripts/bench-grpc.sh uses it to see a server is up).
  async unary() {
    return unary(new EchoService(target, credentials), 'Echo', { text: 'hello from grpc-js' });
  },
  // The gateway as a gRPC server: reflection lists the routed contracts and describes collections.cases.v1.CaseService
  // well enough to build a client from the descriptors alone and call GetCase through the gateway; UNIMPLEMENTED for
  // a service the gateway does not route and for a method the routed service does not have.
  async 'gateway-surface'() {
    const { services, descriptors } = await reflectRaw(ReflectionV1, 'collections.cases.v1.CaseService');
    const writer = protobuf.Writer.create();
    for (const file of descriptors) writer.uint32(10).bytes(file); // FileDescriptorSet.file = 1
    const described = grpc.loadPackageDefinition(protoLoader.loadFileDescriptorSetFromBuffer(Buffer.from(writer.finish())));
    const cases = new described.collections.cases.v1.CaseService(target, credentials);
    return {
      services,
      getCase: await unary(cases, 'GetCase', { name: 'cases/00000000-0000-0000-0000-000000000042' }),
      unroutedService: await rawUnary('collections.billing.v1.InvoiceService', 'GetInvoice'),
      unknownMethod: await rawUnary('collections.cases.v1.CaseService', 'NoSuchMethod'),
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
