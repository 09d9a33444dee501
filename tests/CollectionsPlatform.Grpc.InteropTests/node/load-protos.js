'use strict';
// Loads, for the grpc-js peer: our v1 contracts (protos/collections, as internal teams would), the interop Echo
// contract (scripts/bench-grpc), grpc.health.v1 and grpc.reflection, and google.rpc's status and error details.
// google/{rpc,type} come from Google.Api.CommonProtos' protos folder (GOOGLE_API_COMMON_PROTOS, set by the tests;
// else the NuGet cache's copy).
const fs = require('fs');
const os = require('os');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const commonProtos = process.env.GOOGLE_API_COMMON_PROTOS
  ?? path.join(os.homedir(), '.nuget', 'packages', 'google.api.commonprotos', '2.17.0', 'content', 'protos');
const includeDirs = [path.join(__dirname, '..', '..', '..', 'protos'), path.join(__dirname, '..', 'Protos'),
  path.join(__dirname, 'protos'), commonProtos];
const loaderOptions = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true, includeDirs };

const definition = protoLoader.loadSync(
  ['collections/cases/v1/case_service.proto', 'collections/interop/v1/echo_service.proto', 'grpc/health/v1/health.proto',
    'grpc/reflection/v1/reflection.proto', 'grpc/reflection/v1alpha/reflection.proto'],
  loaderOptions);
const packages = grpc.loadPackageDefinition(definition);

const rpcRoot = new protobuf.Root();
rpcRoot.resolvePath = (_origin, target) => includeDirs.map((dir) => path.join(dir, target)).find(fs.existsSync) ?? target;
rpcRoot.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
rpcRoot.resolveAll();
const descriptorRoot = protobuf.Root.fromJSON(require('protobufjs/google/protobuf/descriptor.json'));

module.exports = {
  grpc,
  CaseService: packages.collections.cases.v1.CaseService,
  EchoService: packages.collections.interop.v1.EchoService,
  Health: packages.grpc.health.v1.Health,
  ReflectionV1: packages.grpc.reflection.v1.ServerReflection,
  ReflectionV1Alpha: packages.grpc.reflection.v1alpha.ServerReflection,
  RpcStatus: rpcRoot.lookupType('google.rpc.Status'),
  ErrorInfo: rpcRoot.lookupType('google.rpc.ErrorInfo'),
  BadRequest: rpcRoot.lookupType('google.rpc.BadRequest'),
  FileDescriptorProto: descriptorRoot.lookupType('google.protobuf.FileDescriptorProto'),
};
