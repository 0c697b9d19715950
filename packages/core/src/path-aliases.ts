import { requirePathSegment } from './arguments.js';
import { InvalidArgumentError } from './errors.js';

/** Checks one path parameter's value for one path template. */
export type PathParameterCheck<Template extends string> = (template: Template, parameter: string, value: unknown) => string;

type Segment = { literal: string } | { parameter: string };

/**
 * A check for path parameters that, beyond `requirePathSegment`, refuses the values that would make
 * a request on one of an API's path templates also match another. With `/thing/{id}/cancel` and
 * `/thing/remove/{id}`, thing `remove` gives `/thing/remove/cancel`, which is also the removal of
 * thing `cancel`: the server alone decides which runs. A value is refused where a
 * template has a fixed word at the same position after a compatible start, if either the
 * parameter is followed by more segments (the request would be routed into that word's branch) or
 * both templates match the same paths from there on. Words compare without regard to case, as some
 * routers do. The words are derived from `templates` (pass every path of the spec), so they are
 * declared nowhere else.
 */
export function createPathParameterCheck<Template extends string>(templates: readonly Template[]): PathParameterCheck<Template> {
  const parsed = new Map(templates.map((template) => [template, parse(template)]));
  const refused = new Map<string, Set<string>>();
  for (const [template, segments] of parsed) {
    segments.forEach((segment, index) => {
      if (!('parameter' in segment)) return;
      const words = new Set<string>();
      for (const [other, otherSegments] of parsed) {
        const word = otherSegments[index];
        if (other === template || !word || !('literal' in word)) continue;
        if (!compatible(segments.slice(0, index), otherSegments.slice(0, index))) continue;
        const continues = index < segments.length - 1;
        const sameFromHere = segments.length === otherSegments.length && compatible(segments.slice(index + 1), otherSegments.slice(index + 1));
        if (continues || sameFromHere) words.add(word.literal);
      }
      if (words.size > 0) refused.set(key(template, segment.parameter), words);
    });
  }

  return (template, parameter, value) => {
    const text = requirePathSegment(parameter, value);
    const words = refused.get(key(template, parameter));
    if (words?.has(text.toLowerCase())) {
      throw new InvalidArgumentError(
        parameter,
        `must not be ${JSON.stringify(text)} here: the request path would also be that of another operation (${[...words].map((word) => JSON.stringify(word)).join(', ')} are refused for ${template})`,
      );
    }
    return text;
  };
}

function parse(template: string): Segment[] {
  return template
    .split('/')
    .filter(Boolean)
    .map((part) => {
      const parameter = /^\{(.+)\}$/.exec(part)?.[1];
      return parameter === undefined ? { literal: part.toLowerCase() } : { parameter };
    });
}

/** Whether some path matches both segment lists. */
function compatible(a: Segment[], b: Segment[]): boolean {
  return (
    a.length === b.length &&
    a.every((segment, index) => {
      const other = b[index] as Segment;
      return 'parameter' in segment || 'parameter' in other || segment.literal === other.literal;
    })
  );
}

function key(template: string, parameter: string): string {
  return `${template} ${parameter}`;
}
