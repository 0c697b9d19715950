// Writes the operation table as a TypeScript module, and the compiled validators as ES modules with
// declaration files: an index (which check serves each request part and response, and how to load
// each operation's checks), one module of checks per operation, named schema or set of them that
// share code, and a module that imports every check at once.

/** The operation table: literal-typed, with no validator code, so importing it loads none. */
export function operationsModule({ operations }, header) {
  return `${header}import type { OperationTable } from '@shopclients/core/internal';

/**
 * For each operation of the spec: method, path template, parameters, request media type, and the
 * documented statuses with the media types of each.
 */
export const operationTable = ${JSON.stringify(operations, null, 2)} as const satisfies OperationTable;

/** The spec's operationIds. */
export type OperationId = keyof typeof operationTable;
`;
}

/** The file of a module of checks, relative to the generated directory. */
export function checksFile(name) {
  return `checks/${name}.js`;
}

const loader = (modules) => `() => Promise.all([${modules.map((name) => `import('./${checksFile(name)}')`).join(', ')}])`;

/**
 * The index: which check serves each request part and documented response of every operation, the
 * named request body schemas, and the loaders of their checks. It holds no check itself, so
 * importing it parses none.
 */
export function validatorsModule({ metadata, loads }, header) {
  const loaders = (byKey) =>
    `{\n${Object.entries(byKey)
      .map(([key, modules]) => `  ${JSON.stringify(key)}: ${loader(modules)},`)
      .join('\n')}\n}`;
  return `${header}/** For each operation: the export that checks each request part and each documented response. */
export const operationChecks = ${JSON.stringify(metadata.operationChecks, null, 2)};

/** The named request body schemas, each with the export that checks it. */
export const schemaChecks = ${JSON.stringify(metadata.schemas, null, 2)};

/** For each operation: loads the modules that hold its checks (on its first call). */
export const operationModules = ${loaders(loads.operations)};

/** For each named schema: loads the modules that hold its check. */
export const schemaModules = ${loaders(loads.schemas)};
`;
}

/** One module of checks: core's helpers imported by name (so bundlers keep only those), then the standalone code. */
export function checksModule({ code, imports, localImports, checks, shares }, header) {
  const names = [...new Set([...Object.values(imports.formats), ...imports.helpers])].sort();
  const formats = Object.entries(imports.formats).map(([format, name]) => `${JSON.stringify(format)}: ${name}`);
  const lines = [];
  if (names.length) lines.push(`import { ${names.join(', ')} } from '@shopclients/core/internal';`);
  for (const [module, used] of Object.entries(localImports).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`import { ${[...used].sort().join(', ')} } from './${module}.js';`);
  }
  if (formats.length) lines.push(`const formats = { ${formats.join(', ')} };`);
  const entries = Object.entries(checks).map(([name, fn]) => `${name}: ${fn}`);
  return `${header}${lines.join('\n')}${lines.length ? '\n' : ''}${code}

/** The checks of this module, by the names the index uses. */
export const checks = { ${entries.join(', ')} };
${shares.length ? `export { ${shares.join(', ')} };\n` : ''}`;
}

/** Every check at once, for synchronous use from the start. */
export function allChecksModule({ modules }, header) {
  const withChecks = modules.filter((module) => Object.keys(module.checks).length > 0);
  return `${header}${withChecks.map((module, index) => `import { checks as m${index} } from './${checksFile(module.name)}';`).join('\n')}

/** Every check of the spec, by the names the index uses. */
export const checks = { ${withChecks.map((_module, index) => `...m${index}`).join(', ')} };
`;
}

/** Declarations of the index: schema names as literal types, so they are checked. */
export function validatorsDeclarations({ metadata }, header) {
  return `${header}import type { CheckLoader, OperationChecks } from '@shopclients/core/internal';
import type { OperationId } from './operations.js';

export declare const operationChecks: { readonly [Id in OperationId]: OperationChecks };

export declare const schemaChecks: ${JSON.stringify(metadata.schemas, null, 2)};

export declare const operationModules: { readonly [Id in OperationId]: CheckLoader };

export declare const schemaModules: { readonly [Name in keyof typeof schemaChecks]: CheckLoader };
`;
}

/** Declarations of the module of every check. */
export function allChecksDeclarations(header) {
  return `${header}import type { Check } from '@shopclients/core/internal';

export declare const checks: Readonly<Record<string, Check>>;
`;
}
