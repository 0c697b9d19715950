// The client reference's checks must be able to fail: a fixture with an undocumented export, a broken
// {@link} and a broken page link is refused (under the name of a client package, as the real build sees it); the same fixture, documented, builds.
// So must the examples check: a method without an `@example`, and an example that does not compile
// against the package, are refused by name; a correct example compiles.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildClientReference, pageProblems } from '../lib/build-client-reference.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(source: string, preamble = '') {
  const dir = mkdtempSync(join(tmpdir(), 'client-reference-test-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.ts'), source);
  const compilerOptions = { strict: true, types: [], lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['index.ts'] }));
  // The examples compile against this directory as the package `@shopclients/komfortkasse` (the real check: against its build).
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@shopclients/komfortkasse', version: '1.0.0', types: './index.ts' }));
  const build = () =>
    buildClientReference({
      entryPoints: [join(dir, 'index.ts')],
      tsconfig: join(dir, 'tsconfig.json'),
      out: join(dir, 'out'),
      intentionallyNotDocumented: [],
      exampleEntryPoints: [],
      packageDirs: { '@shopclients/komfortkasse': dir },
      examplesOut: join(dir, 'examples'),
      preambles: { '@shopclients/komfortkasse': preamble },
    });
  return { dir, build };
}

const strip = (problems: string[]) => problems.map((problem) => problem.replace(/\x1b\[[0-9;]*m/g, ''));

describe('buildClientReference', () => {
  it('refuses an undocumented export and a link to nothing', async () => {
    const { build } = fixture(
      [
        '/** Documented. */',
        'export const documented = 1;',
        'export function undocumented(): number {',
        '  return 2;',
        '}',
        '/** See {@link Nowhere}. */',
        'export const linked = 3;',
      ].join('\n'),
    );
    const problems = strip(await build());
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/undocumented .* does not have any documentation/);
    expect(problems[1]).toMatch(/Failed to resolve link to "Nowhere" in comment for linked/);
    expect(problems[2]).toMatch(/^undocumented \(@shopclients\/komfortkasse\/index\.ts\) has no @example/);
  });

  it('builds the pages of a documented API, whose links all resolve', async () => {
    const { dir, build } = fixture(
      [
        '/** Documented. */',
        'export const documented = 1;',
        '/**',
        ' * Twice {@link documented}.',
        ' * @example',
        ' * ```ts',
        ' * const two: number = twice();',
        ' * ```',
        ' */',
        'export function twice(): number {',
        '  return 2;',
        '}',
      ]
        .join('\n')
        .replace('const two', "import { twice } from '@shopclients/komfortkasse';\n * const two"),
    );
    expect(await build()).toEqual([]);
    expect(pageProblems(join(dir, 'out'))).toEqual([]);
    writeFileSync(join(dir, 'out', 'broken.html'), '<a href="missing/page.html#x">x</a><script src="https://cdn.example/x.js"></script>');
    expect(pageProblems(join(dir, 'out'))).toEqual([
      'broken.html would load <script src> https://cdn.example/x.js',
      expect.stringMatching(/^broken\.html links to missing\/page\.html, which is not in /),
    ]);
  });

  describe('@example', () => {
    // A class with a constructor, a method and a function, as a client package declares them.
    const api = (examples: { constructor?: string[]; add?: string[]; counted?: string[] }) => {
      const comment = (text: string, lines: string[] | undefined, indent = '') => [
        `${indent}/**`,
        `${indent} * ${text}`,
        ...(lines ? [`${indent} * @example`, `${indent} * \`\`\`ts`, ...lines.map((line) => `${indent} * ${line}`), `${indent} * \`\`\``] : []),
        `${indent} */`,
      ];
      return [
        ...comment('Counts.', undefined),
        'export class Counter {',
        '  #total = 0;',
        ...comment('A counter at zero.', examples.constructor, '  '),
        '  constructor(readonly label: string) {}',
        ...comment('Adds `amount`; returns the new total.', examples.add, '  '),
        '  add(amount: number, options?: { note?: string }): number {',
        '    this.#total += amount + (options?.note ?? "").length * 0;',
        '    return this.#total;',
        '  }',
        '}',
        ...comment('How often `counter` was counted.', examples.counted),
        'export function counted(counter: Counter): Promise<number> {',
        '  return Promise.resolve(counter.add(0));',
        '}',
      ].join('\n');
    };
    // What every example may use without declaring it, as the real preambles declare the client.
    const preamble = [
      "import { Counter } from '@shopclients/komfortkasse';",
      '',
      '/** The counter of the examples. */',
      'declare const counter: Counter;',
    ].join('\n');
    const correct = {
      constructor: ["import { Counter } from '@shopclients/komfortkasse';", "const counter = new Counter('visits');", 'counter.add(1);'],
      add: ["const total: number = counter.add(2, { note: 'from the preamble' });", 'console.log(total);'],
      counted: ["import { counted } from '@shopclients/komfortkasse';", 'console.log(await counted(counter));'],
    };

    it('refuses a method without one', async () => {
      const { build } = fixture(api({ ...correct, add: undefined }), preamble);
      expect(strip(await build())).toEqual(['Counter.add (@shopclients/komfortkasse/index.ts) has no @example: add one with a ```ts block that calls it']);
    });

    it('refuses an example that does not compile, naming its method', async () => {
      const { build } = fixture(
        api({
          ...correct,
          add: ['// The amount is a number:', "counter.add('2');"],
          counted: ["import { counted } from '@shopclients/komfortkasse';", 'const n: string = await counted(counter);'],
        }),
        preamble,
      );
      const problems = strip(await build()).sort();
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(
        /^Counter\.add \(@shopclients\/komfortkasse\/index\.ts\): its @example does not compile, line 2: TS2345 Argument of type 'string' is not assignable to parameter of type 'number'/,
      );
      expect(problems[1]).toMatch(
        /^counted \(@shopclients\/komfortkasse\/index\.ts\): its @example does not compile, line 1: TS2322 Type 'number' is not assignable to type 'string'/,
      );
    });

    it("refuses an option the method does not have, as a user's strict compiler would", async () => {
      const { build } = fixture(api({ ...correct, add: ['counter.add(2, { notes: 1 });'] }), preamble);
      expect(strip(await build())).toEqual([
        expect.stringMatching(
          /^Counter\.add .*: its @example does not compile, line 1: TS2561 Object literal may only specify known properties, but 'notes' does not exist/,
        ),
      ]);
    });

    it('refuses an import that does not resolve, naming the example', async () => {
      const { build } = fixture(
        api({ ...correct, counted: ["import { countedTwice } from '@shopclients/komfortkasse';", 'console.log(await countedTwice(counter));'] }),
        preamble,
      );
      const problems = strip(await build());
      expect(problems).toContainEqual(
        expect.stringMatching(
          /^an import of the @example of counted does not compile: TS2305 Module '"@shopclients\/komfortkasse"' has no exported member 'countedTwice'/,
        ),
      );
    });

    it('compiles correct examples, each in its own scope, against the package as a user imports it', async () => {
      const { dir, build } = fixture(api(correct), preamble);
      expect(strip(await build())).toEqual([]);
      const generated = readFileSync(join(dir, 'examples', 'komfortkasse.examples.mts'), 'utf8');
      // The imports of the preamble and of the examples are merged at the top; the names the examples declare do not clash.
      expect(generated).toContain("import {\n  Counter,\n  counted,\n} from '@shopclients/komfortkasse';");
      expect(generated.match(/^export async function example\d+\(\): Promise<void> \{$/gm)).toHaveLength(3);
      expect(generated).toContain("  const counter = new Counter('visits');");
    });
  });
});
