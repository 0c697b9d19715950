/**
 * The path parameters of the resource a `Location` header names, read with the path template of the
 * operation that reads that resource (e.g. `/things/{id}`).
 * A relative `Location` resolves against `base`, the URL the request went to. `undefined` when the
 * header names no such resource (also for a malformed percent escape).
 */
export function locationParameters(location: string, base: string, template: string): Record<string, string> | undefined {
  if (!URL.canParse(location, base)) return undefined;
  const names: string[] = [];
  const pattern = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
    if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    names.push(name);
    return '([^/]+)';
  });
  // The server's base path comes before the template: match at the end.
  const match = new RegExp(`${pattern}/?$`).exec(new URL(location, base).pathname);
  if (!match) return undefined;
  try {
    return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] as string)]));
  } catch {
    return undefined;
  }
}

/** A path template with its parameters filled in, each percent-encoded: the inverse of `locationParameters`. */
export function expandPath(template: string, parameters: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new TypeError(`no value for {${name}} in ${template}`);
    return encodeURIComponent(String(value));
  });
}
