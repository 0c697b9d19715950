#!/usr/bin/env node
// Serves a Prism mock of one of our specs for trying a client by hand.
//   pnpm mock <api> [--port N]      e.g. pnpm mock komfortkasse; a free port unless --port is given
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [api, flag, port = '0'] = process.argv.slice(2);
const spec = `${root}specs/${api}/openapi.yaml`;
if (!api || !existsSync(spec) || (flag !== undefined && flag !== '--port')) {
  console.error('usage: pnpm mock <komfortkasse|iom-order> [--port N]');
  process.exit(2);
}
const prism = spawn(`${root}node_modules/.bin/prism`, ['mock', '--host', '127.0.0.1', '--port', port, spec], { stdio: 'inherit' });
prism.on('exit', (code) => process.exit(code ?? 0));
