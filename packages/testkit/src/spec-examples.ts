import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from './prism.js';

type Node = Record<string, unknown>;

/** One named example of a request or response body. */
export interface BodyExample {
  operationId: string;
  in: 'request' | 'response';
  status?: number;
  mediaType: string;
  name: string;
  value: unknown;
}

/** Reads a spec's named examples, so tests compare against exactly what the spec promises. */
export class SpecExamples {
  readonly #document: Node;

  constructor(api: string) {
    this.#document = parse(readFileSync(specPath(api), 'utf8')) as Node;
  }

  /** The parsed spec, for reading schemas directly. */
  get document(): any {
    return this.#document;
  }

  /** Every operationId in the spec. */
  operationIds(): string[] {
    return this.#operations().map(([, operation]) => operation.operationId as string);
  }

  /** The schema of an operation's request body. */
  requestSchema(operationId: string, mediaType?: string): Record<string, unknown> {
    const body = this.#resolve(this.#operation(operationId).requestBody) as Node | undefined;
    if (!body) throw new Error(`${operationId} has no request body`);
    return this.#media(body, mediaType, operationId).schema as Record<string, unknown>;
  }

  /** Follows `$ref`s (local ones) until it reaches a node that is not a reference. */
  resolve<T>(node: T): T {
    return this.#resolve(node) as T;
  }

  /** The named examples of an operation's request body, by name. */
  requestExamples(operationId: string, mediaType?: string): Record<string, unknown> {
    const body = this.#resolve(this.#operation(operationId).requestBody) as Node | undefined;
    if (!body) throw new Error(`${operationId} has no request body`);
    return this.#examplesOf(this.#media(body, mediaType, operationId));
  }

  /** The named examples of one response of an operation, by name. */
  responseExamples(operationId: string, status: number | string, mediaType?: string): Record<string, unknown> {
    const responses = this.#operation(operationId).responses as Node;
    const response = this.#resolve(responses[String(status)]) as Node | undefined;
    if (!response) throw new Error(`${operationId} has no ${status} response`);
    // A response without content (e.g. 201 with only headers) has no examples.
    if (!response.content) return {};
    return this.#examplesOf(this.#media(response, mediaType, operationId));
  }

  /** The example Prism answers with: the first named example of the response. */
  responseExample(operationId: string, status: number | string, mediaType?: string): unknown {
    return Object.values(this.responseExamples(operationId, status, mediaType))[0];
  }

  /** The documented status codes of an operation. */
  statuses(operationId: string): number[] {
    return Object.keys(this.#operation(operationId).responses as Node).map(Number);
  }

  /** Every named body example of the spec: each request example and each response example, with where it belongs. */
  bodyExamples(): BodyExample[] {
    const found: BodyExample[] = [];
    for (const [, operation] of this.#operations()) {
      const operationId = operation.operationId as string;
      const body = this.#resolve(operation.requestBody) as Node | undefined;
      for (const [mediaType, media] of Object.entries((body?.content ?? {}) as Node)) {
        for (const [name, value] of Object.entries(this.#examplesOf(media as Node))) found.push({ operationId, in: 'request', mediaType, name, value });
      }
      for (const [status, declared] of Object.entries(operation.responses as Node)) {
        const response = this.#resolve(declared) as Node;
        for (const [mediaType, media] of Object.entries((response.content ?? {}) as Node)) {
          for (const [name, value] of Object.entries(this.#examplesOf(media as Node))) {
            found.push({ operationId, in: 'response', status: Number(status), mediaType, name, value });
          }
        }
      }
    }
    return found;
  }

  /** The `example` of each parameter of an operation that has one, by where it goes and its name. */
  parameterExamples(operationId: string): { path: Node; query: Node } {
    const examples = { path: {} as Node, query: {} as Node };
    for (const declared of (this.#operation(operationId).parameters ?? []) as unknown[]) {
      const parameter = this.#resolve(declared) as Node;
      if ((parameter.in === 'path' || parameter.in === 'query') && parameter.example !== undefined) {
        examples[parameter.in][parameter.name as string] = parameter.example;
      }
    }
    return examples;
  }

  #operations(): [string, Node][] {
    const found: [string, Node][] = [];
    for (const [path, item] of Object.entries(this.#document.paths as Node)) {
      for (const [method, operation] of Object.entries(item as Node)) {
        if (typeof operation === 'object' && operation !== null && 'operationId' in operation) found.push([`${method} ${path}`, operation as Node]);
      }
    }
    return found;
  }

  #operation(operationId: string): Node {
    const match = this.#operations().find(([, operation]) => operation.operationId === operationId);
    if (!match) throw new Error(`no operation ${operationId}`);
    return match[1];
  }

  #media(holder: Node, mediaType: string | undefined, operationId: string): Node {
    const content = holder.content as Node;
    const key = mediaType ?? Object.keys(content)[0];
    const media = key === undefined ? undefined : (content[key] as Node | undefined);
    if (!media) throw new Error(`${operationId}: no ${mediaType ?? 'media type'} content`);
    return media;
  }

  #examplesOf(media: Node): Record<string, unknown> {
    const examples = (media.examples ?? {}) as Node;
    return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, (this.#resolve(example) as Node).value]));
  }

  #resolve(node: unknown): unknown {
    if (typeof node !== 'object' || node === null || !('$ref' in node)) return node;
    const pointer = String((node as Node).$ref)
      .replace(/^#\//, '')
      .split('/');
    return this.#resolve(pointer.reduce<unknown>((at, key) => (at as Node)[key], this.#document));
  }
}
