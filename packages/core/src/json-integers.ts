/**
 * Integers of a JSON text exactly as written, for those `JSON.parse` cannot hold: beyond 2^53 a
 * number has already lost digits (9007199254740993 reads as …992). Knows nothing about any API: the
 * caller names the object (a path of member names from the top) and the members it wants.
 */

const INTEGER = /^-?(?:0|[1-9]\d*)$/;

/**
 * The integer literals of `members` of the object at `path` in `text` (a JSON document), as written,
 * e.g. `{ maxCursor: '9007199254740993' }` for path `['meta']`. A member that is missing, or whose
 * value is not an integer literal (`1.5`, `1e3`, `"7"`, `null`), or a path that leads to no object,
 * gives `undefined`. With a member named twice, the last counts, as in `JSON.parse`. Scans the text
 * once, skipping other values without parsing them. Throws `SyntaxError` on text that is not JSON
 * where it has to look.
 */
export function integerLiterals<Name extends string>(text: string, path: readonly string[], members: readonly Name[]): Record<Name, string | undefined> {
  const found = {} as Record<Name, string | undefined>;
  for (const name of members) found[name] = undefined;
  const scanner = new Scanner(text);
  let start = scanner.whitespace(0);
  for (const segment of path) {
    let inner: number | undefined;
    if (text[start] !== '{') return found;
    scanner.members(start, (key, value) => {
      if (key === segment) inner = text[value] === '{' ? value : undefined;
    });
    if (inner === undefined) return found;
    start = inner;
  }
  if (text[start] !== '{') return found;
  scanner.members(start, (key, value, end) => {
    if ((members as readonly string[]).includes(key)) {
      const literal = text.slice(value, end).trim();
      found[key as Name] = INTEGER.test(literal) ? literal : undefined;
    }
  });
  return found;
}

class Scanner {
  constructor(private readonly text: string) {}

  /** Visits each member of the object at `start` with its key and where its value starts and ends. */
  members(start: number, visit: (key: string, value: number, end: number) => void): number {
    const { text } = this;
    let at = this.whitespace(start + 1);
    if (text[at] === '}') return at + 1;
    for (;;) {
      if (text[at] !== '"') throw this.unexpected(at);
      const keyEnd = this.stringEnd(at);
      const key = JSON.parse(text.slice(at, keyEnd)) as string;
      at = this.whitespace(keyEnd);
      if (text[at] !== ':') throw this.unexpected(at);
      const value = this.whitespace(at + 1);
      const end = this.valueEnd(value);
      visit(key, value, end);
      at = this.whitespace(end);
      if (text[at] === '}') return at + 1;
      if (text[at] !== ',') throw this.unexpected(at);
      at = this.whitespace(at + 1);
    }
  }

  whitespace(at: number): number {
    const { text } = this;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
      at++;
    }
    return at;
  }

  /** The index after the value that starts at `at`. */
  valueEnd(at: number): number {
    const { text } = this;
    const first = text[at];
    if (first === '"') return this.stringEnd(at);
    if (first === '{' || first === '[') {
      let depth = 0;
      for (let index = at; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x22) index = this.stringEnd(index) - 1;
        else if (code === 0x7b || code === 0x5b) depth++;
        else if (code === 0x7d || code === 0x5d) {
          if (--depth === 0) return index + 1;
        }
      }
      throw this.unexpected(text.length);
    }
    let index = at;
    while (index < text.length && !',}] \n\r\t'.includes(text[index] as string)) index++;
    if (index === at) throw this.unexpected(at);
    return index;
  }

  /** The index after the string whose opening quote is at `at`. */
  stringEnd(at: number): number {
    const { text } = this;
    let index = at + 1;
    for (;;) {
      const quote = text.indexOf('"', index);
      if (quote < 0) throw this.unexpected(text.length);
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      index = quote + 1;
    }
  }

  unexpected(at: number): SyntaxError {
    return new SyntaxError(at >= this.text.length ? 'Unexpected end of JSON input' : `Unexpected character in JSON at position ${at}`);
  }
}
