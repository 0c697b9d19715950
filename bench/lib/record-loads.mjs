// Registers lib/record-loads-hooks.mjs, for the child processes of size.mjs's "Node's own loading".
import { register } from 'node:module';

register(new URL('./record-loads-hooks.mjs', import.meta.url));
