// ESM loader hooks for size.mjs's "Node's own loading": each file Node loads is written to stderr
// (synchronously, so before the import that needed it settles) as `LOADED <path>`.
import { fileURLToPath } from 'node:url';

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (url.startsWith('file:')) process._rawDebug(`LOADED ${fileURLToPath(url)}`);
  return result;
}
