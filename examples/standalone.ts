// Runs one example file on its own, e.g. `npx tsx examples/iom/create-b2b-order.ts`: against the server
// the environment names (see README.md), or else the embedded target, and prints what the example returned.
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import type { IomOrders } from '@shopclients/iom-order';
import type { Komfortkasse } from '@shopclients/komfortkasse';
import { type Target, assertWritesAllowed, describeTarget, iomClient, iomServer, komfortkasseClient, komfortkasseServer } from './clients.js';
import { type EmbeddedTarget, startEmbeddedTarget } from './embedded.js';

/** Whether the module at `meta` is the script node/tsx was started with (not imported by the tests). */
export function isMain(meta: ImportMeta): boolean {
  const script = process.argv[1];
  return script !== undefined && meta.url === pathToFileURL(script).href;
}

/** Prints an example's result in full; `pnpm examples` prints through this too. */
export function printResult(example: string, result: unknown): void {
  console.log(`${example} returned:\n${inspect(result, { depth: null, colors: false })}`);
}

/** `writes` says what the example changes (refused on a real server without EXAMPLES_ALLOW_WRITES=1), or `false`. */
export async function runKomfortkasseExample(example: string, writes: string | false, run: (komfortkasse: Komfortkasse) => Promise<unknown>) {
  await standalone('komfortkasse', komfortkasseServer(process.env) !== undefined, example, writes, (url) => {
    const { komfortkasse, target } = komfortkasseClient(process.env, url);
    return { target, run: () => run(komfortkasse) };
  });
}

export async function runIomExample(example: string, writes: string | false, run: (iom: IomOrders) => Promise<unknown>) {
  await standalone('iom-order', iomServer(process.env) !== undefined, example, writes, (url) => {
    const { iom, target } = iomClient(process.env, url);
    return { target, run: () => run(iom) };
  });
}

async function standalone(
  api: 'komfortkasse' | 'iom-order',
  hasServer: boolean,
  example: string,
  writes: string | false,
  build: (embeddedUrl: string | null) => { target: Target; run: () => Promise<unknown> },
): Promise<void> {
  let embedded: EmbeddedTarget | undefined;
  try {
    if (!hasServer) embedded = await startEmbeddedTarget(api);
    const { target, run } = build(embedded?.url ?? null);
    if (writes) assertWritesAllowed(target, process.env, writes);
    console.log(`${example}: on ${describeTarget(target)}`);
    printResult(example, await run());
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await embedded?.close();
  }
}
