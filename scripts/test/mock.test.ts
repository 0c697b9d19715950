import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const mock = join(import.meta.dirname, '../mock.mjs');
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Waits for the line `… listening on <url>` that `child` prints, and returns the URL. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no "listening on" within 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\S*)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
}

/** Resolves once nothing accepts connections at `url` any more (checked for up to 5 s). */
async function stopsServing(url: string): Promise<boolean> {
  for (let waited = 0; waited < 5_000; waited += 100) {
    const refused = await fetch(url).then(
      () => false,
      () => true,
    );
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

describe('pnpm mock', () => {
  it('refuses unknown arguments with its usage', () => {
    const result = spawnSync('node', [mock, 'komfortkasse', '--fast'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: pnpm mock <komfortkasse|iom-order> [--fake] [--port N]');
  });

  it('--fake serves the stateful fake, and SIGTERM stops it', async () => {
    const child = spawn('node', [mock, 'komfortkasse', '--fake'], { stdio: ['ignore', 'pipe', 'inherit'] });
    started.push(child);
    const url = await listeningUrl(child);
    expect(url).toMatch(/\/api\/v2$/);
    const headers = { 'X-Komfortkasse-API-Key': 'fake-komfortkasse-api-key', 'Content-Type': 'application/json' };
    const order = { date: '01-03-2026', type: 'INVOICE', amount: 10, currency: 'EUR', billing: { lastName: 'M', countryCode: 'DE' } };
    expect((await fetch(`${url}/order/A-1`, { method: 'POST', headers, body: JSON.stringify(order) })).status).toBe(200);
    const read = await fetch(`${url}/order/A-1`, { headers });
    expect(await read.json()).toMatchObject({ number: 'A-1', amount: 10, paymentStatus: 'UNPAID' });
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(await stopsServing(url)).toBe(true);
  });

  it('the Prism mock stops when the process that started it is killed outright', async () => {
    // A parent that starts the mock and is then SIGKILLed: it cannot pass anything on.
    const parent = spawn(
      'node',
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, [${JSON.stringify(mock)}, 'iom-order'], { stdio: 'inherit' }); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    started.push(parent);
    const url = await listeningUrl(parent);
    const answer = await fetch(`${url}/shops/1000/order-states`, { headers: { Authorization: `Basic ${btoa('a:b')}` } });
    expect(answer.status).toBe(200);
    parent.kill('SIGKILL');
    expect(await stopsServing(url)).toBe(true);
  });
});
