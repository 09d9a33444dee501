'use strict';
// Loads the interop contract, health, reflection and google.rpc protos for the grpc-js peer.
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const includeDirs = [path.join(__dirname, '..', 'Protos'), path.join(__dirname, 'protos')];
const loaderOptions = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true, includeDirs };

const definition = protoLoader.loadSync(
  ['collections/interop/v1/echo_service.proto', 'grpc/health/v1/health.proto',
    'grpc/reflection/v1/reflection.proto', 'grpc/reflection/v1alpha/reflection.proto'],
  loaderOptions);
const packages = grpc.loadPackageDefinition(definition);

const rpcRoot = new protobuf.Root();
rpcRoot.resolvePath = (_origin, target) => {
  for (const dir of includeDirs) {
    const candidate = path.join(dir, target);
    if (require('fs').existsSync(candidate)) return candidate;
  }
  return target;
};
rpcRoot.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
rpcRoot.resolveAll();
const descriptorRoot = protobuf.Root.fromJSON(require('protobufjs/google/protobuf/descriptor.json'));

module.exports = {
  grpc,
  EchoService: packages.collections.interop.v1.EchoService,
  Health: packages.grpc.health.v1.Health,
  ReflectionV1: packages.grpc.reflection.v1.ServerReflection,
  ReflectionV1Alpha: packages.grpc.reflection.v1alpha.ServerReflection,
  RpcStatus: rpcRoot.lookupType('google.rpc.Status'),
  ErrorInfo: rpcRoot.lookupType('google.rpc.ErrorInfo'),
  BadRequest: rpcRoot.lookupType('google.rpc.BadRequest'),
  FileDescriptorProto: descriptorRoot.lookupType('google.protobuf.FileDescriptorProto'),
};
