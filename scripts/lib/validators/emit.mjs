// Writes compiled validators as an ES module and its declaration file.

/** The module: core's checks imported by name (so bundlers keep only those), then the standalone code. */
export function validatorsModule({ code, imports, metadata }, header) {
  const names = [...new Set([...Object.values(imports.formats), ...imports.helpers])].sort();
  const formats = Object.entries(imports.formats).map(([format, name]) => `${JSON.stringify(format)}: ${name}`);
  return `${header}${names.length ? `import { ${names.join(', ')} } from '@shopclients/core';\n` : ''}
const formats = { ${formats.join(', ')} };
const exports = {};
${code}

/** For each operation: method, path, parameters, and the export that checks each request part and response. */
export const operations = ${JSON.stringify(metadata.operations, null, 2)};

/** The named request body schemas, each with the export that checks it. */
export const schemaChecks = ${JSON.stringify(metadata.schemas, null, 2)};

/** The checking functions, by the names \`operations\` and \`schemaChecks\` use. */
export const checks = exports;
`;
}

/** Declarations: the metadata as literal types, so operation ids and schema names are checked. */
export function validatorsDeclarations({ metadata }, header) {
  return `${header}/** One problem as Ajv reports it (standalone code, messages off). */
export interface CheckError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled check: true when valid, else \`errors\` says why. */
export interface Check {
  (data: unknown): boolean;
  errors?: CheckError[] | null;
}

export declare const operations: ${JSON.stringify(metadata.operations, null, 2)};

export declare const schemaChecks: ${JSON.stringify(metadata.schemas, null, 2)};

export declare const checks: Readonly<Record<string, Check>>;
`;
}
