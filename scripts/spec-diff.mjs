#!/usr/bin/env node
// Classifies the changes to one API's spec since a git revision and suggests the semver bump.
//   node scripts/spec-diff.mjs <api> [--base <git-rev>]     e.g. node scripts/spec-diff.mjs komfortkasse
// Compares specs/<api>/openapi.yaml in the working tree of the git repository around the current
// directory with the same file at <git-rev> (default HEAD), `$ref`s resolved. Prints one line per change, most severe first, then the suggested bump
// (major, minor, patch or none). It only suggests; it always exits 0 unless it cannot run.
//
// "Request" is what a client sends (parameters, request bodies); "response" is what it receives.
// A readOnly property counts only in responses, a writeOnly one only in requests.
//
// major (breaking):
//   - a path or operation removed; an operationId renamed (the generated operations[...] key changes)
//   - a success (1xx-3xx) response status removed; a media type removed from a request body or a
//     success response
//   - a property removed from a request or response schema; a response property no longer always present
//   - an enum value removed (either direction); a oneOf/anyOf variant removed
//   - a property newly required in a request; a new required request property, parameter or body;
//     an optional parameter or request body made required
//   - a type or format changed
//   - a request schema that accepts less: a new enum, tighter min/max/pattern, no longer nullable,
//     additionalProperties narrowed. A response schema that may produce more: nullable, enum
//     dropped, looser min/max/pattern
//   - a parameter removed; a named component (schemas, parameters, responses, requestBodies,
//     headers) removed, because its generated type disappears
//   - security requirements or security schemes changed or removed
// minor (additive):
//   - an operation, path, response status or media type added
//   - an optional property, parameter or request body added; a required property added to a response
//   - an enum value or oneOf/anyOf variant added. In a response, code that switches exhaustively
//     over the field can break; the line says so, but it stays minor
//   - the mirror images of the major schema rules: a request that accepts more, a response that
//     promises more (newly required, stricter limits)
//   - an error (4xx/5xx/default) response removed: code handling it becomes dead, nothing breaks
//   - an operation deprecated; a named component added; servers changed
//   - anything no rule covers (it says "review by hand")
// patch: only summary, description, title, example(s), externalDocs, tags, x-* or info changed.
// none: nothing changed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { classify } from './lib/spec-diff.mjs';
import { listApis, specFile, specPath } from './lib/specs.mjs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const root = git('rev-parse', '--show-toplevel').trim();
const args = process.argv.slice(2);
const api = args[0];
const baseFlag = args.indexOf('--base');
const base = baseFlag === -1 ? 'HEAD' : args[baseFlag + 1];
const known = listApis(root);
if (!known.includes(api) || !base || args.length !== (baseFlag === -1 ? 1 : 3)) {
  console.error(`usage: node scripts/spec-diff.mjs <${known.join('|')}> [--base <git-rev>]`);
  process.exit(2);
}

let oldText;
try {
  oldText = git('-C', root, 'show', `${base}:${specFile(api)}`);
} catch (error) {
  const message = error.stderr?.toString().trim() || error.message;
  if (!/does not exist in|exists on disk, but not in/.test(message)) {
    console.error(`cannot read ${specFile(api)} at ${base}: ${message}`);
    process.exit(2);
  }
}

const report = (level, where, what) => console.log(`${level.padEnd(5)}  ${where}: ${what}`);
let bump = 'minor';
if (oldText === undefined) {
  report('minor', specFile(api), `new spec (it does not exist at ${base})`);
} else {
  const result = classify(parse(oldText), parse(readFileSync(specPath(api, root), 'utf8')));
  for (const { level, where, what } of result.changes) report(level, where, what);
  bump = result.bump;
}
console.log(`suggested bump for @shopclients/${api}-types: ${bump}`);
