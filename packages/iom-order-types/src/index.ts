// Friendly names for the generated types are added with the IOM client.
export type { $defs, Readable, Writable, components, operations, paths, webhooks } from './generated/schema.js';
