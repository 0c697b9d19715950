import type { FakeOperation, FakeParameter } from './operations.js';

export interface MatchedRoute<Id extends string> {
  operationId: Id;
  operation: FakeOperation;
  /** Path parameters, decoded and typed as the spec declares them (text that is no number stays text). */
  path: Record<string, unknown>;
  /** Query parameters typed as the spec declares them; undeclared ones are kept as text. */
  query: Record<string, unknown>;
}

interface CompiledRoute<Id extends string> {
  operationId: Id;
  operation: FakeOperation;
  pattern: RegExp;
  names: string[];
}

/** Finds the operation for a method and path (relative to the base path) and types its parameters. */
export class Router<Id extends string> {
  readonly #routes: CompiledRoute<Id>[];

  constructor(operations: Readonly<Record<Id, FakeOperation>>) {
    this.#routes = (Object.entries(operations) as [Id, FakeOperation][]).map(([operationId, operation]) => {
      const names: string[] = [];
      const source = operation.path
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          return '([^/]+)';
        })
        .join('');
      return { operationId, operation, pattern: new RegExp(`^${source}/?$`), names };
    });
    // A literal segment wins over a parameter (`/order/remove/{n}` before `/order/{n}/{x}`).
    this.#routes.sort((a, b) => a.names.length - b.names.length);
  }

  /** The matching route, `'method'` when only the method is wrong, or `undefined`. */
  match(method: string, pathname: string, search: URLSearchParams): MatchedRoute<Id> | 'method' | undefined {
    let pathMatched = false;
    for (const route of this.#routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (route.operation.method.toUpperCase() !== method.toUpperCase()) continue;
      const raw = Object.fromEntries(route.names.map((name, index) => [name, safeDecode(found[index + 1] as string)]));
      return {
        operationId: route.operationId,
        operation: route.operation,
        path: typedPath(route.operation.parameters, raw),
        query: typedQuery(route.operation.parameters, search),
      };
    }
    return pathMatched ? 'method' : undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function typedPath(parameters: readonly FakeParameter[], raw: Record<string, string>): Record<string, unknown> {
  const typed: Record<string, unknown> = { ...raw };
  for (const parameter of parameters) {
    if (parameter.in === 'path' && raw[parameter.name] !== undefined) typed[parameter.name] = scalar(parameter.type, raw[parameter.name] as string);
  }
  return typed;
}

function typedQuery(parameters: readonly FakeParameter[], search: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const name of new Set(search.keys())) {
    const parameter = parameters.find((candidate) => candidate.in === 'query' && candidate.name === name);
    const values = search.getAll(name);
    if (!parameter) {
      query[name] = values.length === 1 ? values[0] : values;
    } else if (parameter.type === 'array') {
      const items = parameter.explode ? values : values.flatMap((value) => value.split(','));
      query[name] = items.map((item) => scalar(parameter.items ?? 'string', item));
    } else {
      // A scalar sent twice is kept as a list, so the validator reports it.
      query[name] = values.length === 1 ? scalar(parameter.type, values[0] as string) : values;
    }
  }
  return query;
}

/** Text as the declared type when it reads as one; otherwise the text, for the validator to report. */
function scalar(type: string, text: string): unknown {
  if (type === 'integer' || type === 'number') {
    const number = text.trim() === '' ? Number.NaN : Number(text);
    return Number.isFinite(number) ? number : text;
  }
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}
