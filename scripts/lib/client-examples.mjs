// The `@example`s of the client packages' public methods: every method, function and constructor a client
// package declares must have one, and every example must compile. A doc comment is never type-checked by
// the build, so each example's ```ts block is extracted into a generated file per package, each in its own
// async function, and `tsc` compiles those files against the built packages, imported as a user imports
// them (`@shopclients/komfortkasse`, from `dist`, through the package's `exports`).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ReflectionKind } from 'typedoc';
import ts from 'typescript';
import { repoRoot } from './specs.mjs';

/** The reflections that need an example: what a user calls. */
export const EXAMPLE_KINDS = ReflectionKind.Method | ReflectionKind.Function | ReflectionKind.Constructor;

/** Where `pnpm api-docs` writes the extracted examples (gitignored), so that a failure can be looked at. */
export const examplesDir = `${repoRoot}docs/client-examples`;

/**
 * What every example of a package may use without declaring it: the client, and the values the README's
 * Methods sections take as given. An example that needs more declares it itself.
 */
export const PREAMBLES = {
  '@shopclients/komfortkasse': [
    "import type { BulkOrderSubmission, Komfortkasse, OrderSubmission } from '@shopclients/komfortkasse';",
    "import type { FakeKomfortkasse } from '@shopclients/komfortkasse/testing';",
    'declare const komfortkasse: Komfortkasse;',
    '/** An order of your shop, as `orders.submit` takes it. */',
    'declare const order: OrderSubmission;',
    '/** Every order open in your shop, with its number, e.g. from a database cursor. */',
    'declare const openOrders: AsyncIterable<BulkOrderSubmission>;',
    '/** The fake of a test, `createFakeKomfortkasse()`, which `komfortkasse` talks to. */',
    'declare const fake: FakeKomfortkasse;',
  ].join('\n'),
  '@shopclients/iom-order': [
    "import type { IomOrders, OrderInput } from '@shopclients/iom-order';",
    "import type { FakeIom } from '@shopclients/iom-order/testing';",
    'declare const iom: IomOrders;',
    '/** An order of your shop as IOM wants it (examples/iom/create-b2b-order.ts builds a complete one). */',
    'declare const order: OrderInput;',
    '/** The fake of a test, `createFakeIom()`, which `iom` talks to. */',
    'declare const fake: FakeIom;',
  ].join('\n'),
};

const COMPILED_LANGUAGES = new Set(['ts', 'typescript']);

/**
 * The callables of `packageNames` in a converted TypeDoc project: those without an `@example` (by name),
 * and the ```ts blocks of those with one. Inherited members and what a client only re-exports from
 * another package (core's errors, `ApiPromise`) are left out: they are that package's.
 */
export function collectExamples(project, packageNames) {
  const missing = [];
  const examples = [];
  const seen = new Set();
  for (const reflection of project.getReflectionsByKind(EXAMPLE_KINDS)) {
    if (reflection.flags.isInherited || reflection.flags.isExternal) continue;
    const symbol = project.getSymbolIdFromReflection(reflection.signatures?.[0] ?? reflection) ?? project.getSymbolIdFromReflection(reflection);
    if (!symbol || !packageNames.includes(symbol.packageName)) continue;
    const name = reflection.kind === ReflectionKind.Constructor ? `new ${reflection.parent.name}` : qualifiedName(reflection);
    // A class re-exported under two entry points is one declaration: checked once.
    const key = `${symbol.packageName}:${symbol.qualifiedName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = `${symbol.packageName}/${symbol.packagePath}`;
    const tags = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)].flatMap(
      (comment) => comment?.getTags('@example') ?? [],
    );
    if (tags.length === 0) {
      missing.push(`${name} (${where}) has no @example: add one with a \`\`\`ts block that calls it`);
      continue;
    }
    const blocks = tags.flatMap((tag) =>
      tag.content
        .filter((part) => part.kind === 'code')
        .map((part) => codeBlock(part.text))
        .filter(Boolean),
    );
    const compiled = blocks.filter((block) => COMPILED_LANGUAGES.has(block.language));
    if (compiled.length === 0) missing.push(`${name} (${where}) has an @example without a \`\`\`ts block, so nothing of it is type-checked`);
    compiled.forEach((block, index) =>
      examples.push({ name: compiled.length > 1 ? `${name} (example ${index + 1})` : name, where, packageName: symbol.packageName, code: block.code }),
    );
  }
  return { missing, examples };
}

function qualifiedName(reflection) {
  const parent = reflection.parent;
  return parent?.kindOf(ReflectionKind.ClassOrInterface) ? `${parent.name}.${reflection.name}` : reflection.name;
}

function codeBlock(text) {
  const match = /^```([\w-]*)[^\n]*\n([\s\S]*?)\n?```$/.exec(text.trim());
  return match ? { language: match[1].toLowerCase(), code: match[2] } : undefined;
}

/**
 * Writes the examples of each package into `<outDir>/<package>.examples.mts` and compiles them with `tsc`
 * against `packageDirs` (package name → directory whose package.json a user's import resolves through).
 * Returns the problems: each names the example whose code does not compile.
 */
export function compileExamples(examples, { packageDirs, outDir = examplesDir, preambles = PREAMBLES }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'node_modules', '@types'), { recursive: true });
  for (const [name, dir] of Object.entries(packageDirs)) {
    mkdirSync(dirname(join(outDir, 'node_modules', name)), { recursive: true });
    symlinkSync(dir, join(outDir, 'node_modules', name), 'dir');
  }
  symlinkSync(`${repoRoot}node_modules/@types/node`, join(outDir, 'node_modules', '@types', 'node'), 'dir');

  const files = new Map();
  for (const packageName of new Set(examples.map((example) => example.packageName))) {
    const file = join(outDir, `${packageName.replace(/^@[^/]+\//, '')}.examples.mts`);
    files.set(
      file,
      generate(
        examples.filter((example) => example.packageName === packageName),
        preambles[packageName] ?? '',
      ),
    );
  }
  for (const [file, { text }] of files) writeFileSync(file, text);
  if (files.size === 0) return [];

  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    typeRoots: [join(outDir, 'node_modules', '@types')],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const program = ts.createProgram([...files.keys()], options);
  const problems = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n    ');
    const generated = diagnostic.file && files.get(diagnostic.file.fileName);
    if (!generated) {
      problems.push(`examples: TS${diagnostic.code} ${diagnostic.file ? `${shown(diagnostic.file.fileName)}: ` : ''}${message}`);
      continue;
    }
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const at = `${shown(diagnostic.file.fileName)}:${line + 1}:${character + 1}`;
    const owner = generated.owners.find((candidate) => line >= candidate.from && line <= candidate.to);
    if (owner?.example) {
      problems.push(
        `${owner.example.name} (${owner.example.where}): its @example does not compile, line ${line - owner.from + 1}: TS${diagnostic.code} ${message} (${at})`,
      );
    } else {
      const from = [...(owner?.preamble ? ['the preamble'] : []), ...(owner?.imports ?? []).map((example) => `the @example of ${example.name}`)];
      problems.push(`${owner?.imports ? `an import of ${from.join(', ')}` : 'the preamble'} does not compile: TS${diagnostic.code} ${message} (${at})`);
    }
  }
  return problems;
}

/** A path as a reader finds it: relative to the repository when it lies inside it. */
function shown(file) {
  const path = relative(repoRoot, file);
  return path.startsWith('..') ? file : path;
}

/**
 * One module: the imports of the preamble and of every example, merged per module; the preamble's
 * declarations; then each example in an async function of its own. `owners` maps lines back to examples.
 */
function generate(examples, preamble) {
  const imports = new Map(); // module → { named: Map<local, { text, from: example[], preamble }>, other: Map<text, same> }
  const bodies = [];
  const addImports = (code, example) => {
    const source = ts.createSourceFile('example.mts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const kept = [];
    let cut = 0;
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement)) continue;
      kept.push(code.slice(cut, statement.getFullStart()));
      cut = statement.getEnd();
      const module = statement.moduleSpecifier.text;
      const entry = imports.get(module) ?? { named: new Map(), other: new Map() };
      imports.set(module, entry);
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      if (clause && !clause.name && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const local = element.name.text;
          const typeOnly = clause.isTypeOnly || element.isTypeOnly;
          const text = `${element.propertyName ? `${element.propertyName.text} as ` : ''}${local}`;
          // A value import wins over a type-only import of the same name.
          const named = entry.named.get(local) ?? { text: `type ${text}`, from: [], preamble: false };
          if (!typeOnly) named.text = text;
          if (example) named.from.push(example);
          else named.preamble = true;
          entry.named.set(local, named);
        }
      } else {
        const text = statement.getText(source);
        const other = entry.other.get(text) ?? { text, from: [], preamble: false };
        if (example) other.from.push(example);
        else other.preamble = true;
        entry.other.set(text, other);
      }
    }
    kept.push(code.slice(cut));
    return kept.join('').replace(/^\s*\n/, '');
  };
  const declarations = addImports(preamble).trim();
  for (const example of examples) bodies.push({ example, code: addImports(example.code, example).replace(/\s+$/, '') });

  const lines = ['// Generated by scripts/lib/client-examples.mjs from the @example tags of the doc comments: do not edit.'];
  // Every entry of `lines` is one line of the file, so that an index is a diagnostic's line.
  const push = (...texts) => lines.push(...texts.flatMap((text) => text.split('\n')));
  const owners = [];
  // One imported name a line, so that a name that does not resolve is traced to those who import it.
  const owned = (text, { from, preamble }) => {
    const start = lines.length;
    push(text);
    owners.push({ from: start, to: lines.length - 1, imports: from, preamble });
  };
  for (const [module, entry] of imports) {
    for (const other of entry.other.values()) owned(other.text, other);
    if (entry.named.size === 0) continue;
    push('import {');
    for (const named of entry.named.values()) owned(`  ${named.text},`, named);
    push(`} from '${module}';`);
  }
  push('', declarations, '');
  bodies.forEach(({ example, code }, index) => {
    push(`// ${example.name}: ${example.where}`, `export async function example${index + 1}(): Promise<void> {`);
    const from = lines.length;
    push(...code.split('\n').map((line) => (line === '' ? '' : `  ${line}`)));
    owners.push({ from, to: lines.length - 1, example });
    push('}', '');
  });
  return { text: lines.join('\n'), owners };
}
