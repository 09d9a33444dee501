'use strict';
// grpc-js server for the other direction: our generated grpc-dotnet clients call it. It serves
// collections.cases.v1.CaseService.GetCase (a case with money; NOT_FOUND and INVALID_ARGUMENT with google.rpc.Status
// details, as our services answer), the interop EchoService's Echo (scripts/bench-grpc.sh) and grpc.health.v1.
// Usage: node peer-server.js [port] [--stdin-lifetime]   Prints "LISTENING <port>" once bound; stops on SIGTERM or
// when its standard input closes (so a crashed test never leaves it behind).
const { grpc, CaseService, EchoService, Health, RpcStatus, ErrorInfo, BadRequest } = require('./load-protos');

const knownCase = 'cases/0f8fad5b-d9cb-469f-a165-70867728950e';
const domain = 'collections.cases.v1';

function richError(code, message, errorInfo, badRequest) {
  const details = [{ type_url: 'type.googleapis.com/google.rpc.ErrorInfo', value: ErrorInfo.encode(errorInfo).finish() }];
  if (badRequest) {
    details.push({ type_url: 'type.googleapis.com/google.rpc.BadRequest', value: BadRequest.encode(badRequest).finish() });
  }
  const metadata = new grpc.Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(RpcStatus.encode({ code, message, details }).finish()));
  return { code, details: message, metadata };
}

const caseService = {
  GetCase(call, callback) {
    const { name } = call.request;
    if (!/^cases\/[0-9a-f-]{36}$/.test(name)) {
      callback(richError(grpc.status.INVALID_ARGUMENT, 'The request is invalid: name.', { reason: 'FIELD_INVALID', domain },
        { field_violations: [{ field: 'name', description: 'The name must be cases/{case}.' }] }));
    } else if (name !== knownCase) {
      callback(richError(grpc.status.NOT_FOUND, `Resource '${name}' was not found.`,
        { reason: 'CASE_NOT_FOUND', domain, metadata: { resource: name } }));
    } else {
      callback(null, {
        name, account_reference: 'ACC-INTEROP', currency_code: 'CNY', days_past_due: 45,
        total_paid: { currency_code: 'CNY', units: 1234, nanos: 500000000 },
      });
    }
  },
};

const echoService = {
  Echo(call, callback) {
    callback(null, { text: call.request.text, index: 0 });
  },
};

const healthService = {
  Check(call, callback) {
    const known = ['', 'collections.cases.v1.CaseService', 'collections.interop.v1.EchoService'].includes(call.request.service);
    if (!known) callback({ code: grpc.status.NOT_FOUND, details: 'unknown service' });
    else callback(null, { status: 'SERVING' });
  },
  Watch(call) {
    call.write({ status: 'SERVING' });
  },
};

const server = new grpc.Server();
server.addService(CaseService.service, caseService);
server.addService(EchoService.service, echoService);
server.addService(Health.service, healthService);
server.bindAsync(`127.0.0.1:${process.argv[2] ?? '0'}`, grpc.ServerCredentials.createInsecure(), (error, port) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`LISTENING ${port}`);
});

const stop = () => { server.forceShutdown(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.argv.includes('--stdin-lifetime')) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
