// Writes the operation table as a TypeScript module, and compiled validators as an ES module with its
// declaration file.

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

/** The module: core's checks imported by name (so bundlers keep only those), then the standalone code. */
export function validatorsModule({ code, imports, metadata }, header) {
  const names = [...new Set([...Object.values(imports.formats), ...imports.helpers])].sort();
  const formats = Object.entries(imports.formats).map(([format, name]) => `${JSON.stringify(format)}: ${name}`);
  return `${header}${names.length ? `import { ${names.join(', ')} } from '@shopclients/core/internal';\n` : ''}
const formats = { ${formats.join(', ')} };
const exports = {};
${code}

/** For each operation: the export that checks each request part and each documented response. */
export const operationChecks = ${JSON.stringify(metadata.operationChecks, null, 2)};

/** The named request body schemas, each with the export that checks it. */
export const schemaChecks = ${JSON.stringify(metadata.schemas, null, 2)};

/** The checking functions, by the names \`operationChecks\` and \`schemaChecks\` use. */
export const checks = exports;
`;
}

/** Declarations: schema names as literal types, so they are checked. */
export function validatorsDeclarations({ metadata }, header) {
  return `${header}import type { Check, OperationChecks } from '@shopclients/core/internal';
import type { OperationId } from './operations.js';

export declare const operationChecks: { readonly [Id in OperationId]: OperationChecks };

export declare const schemaChecks: ${JSON.stringify(metadata.schemas, null, 2)};

export declare const checks: Readonly<Record<string, Check>>;
`;
}
