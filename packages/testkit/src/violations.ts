/** One problem Prism's validating proxy found in a request or response. */
export interface Violation {
  operation: string;
  status: number;
  location: string;
  message: string;
}

interface PrismViolation {
  location?: string[];
  message?: string;
}

/**
 * openapi-fetch middleware that collects the `sl-violations` header Prism's proxy adds to a
 * response that breaks the spec. Pass `middleware` to a client; read `found` afterwards.
 */
export function violationRecorder() {
  const found: Violation[] = [];
  const middleware = {
    onResponse({ response, schemaPath, request }: { response: Response; schemaPath: string; request: Request }) {
      const header = response.headers.get('sl-violations');
      if (!header) return undefined;
      const operation = `${request.method} ${schemaPath}`;
      for (const violation of parse(header)) {
        found.push({ operation, status: response.status, location: (violation.location ?? []).join('.'), message: violation.message ?? '' });
      }
      return undefined;
    },
  };
  return { middleware, found };
}

function parse(header: string): PrismViolation[] {
  try {
    return JSON.parse(header) as PrismViolation[];
  } catch {
    // Prism cuts an over-long list short, which leaves it unparsable; keep it as one message.
    return [{ message: header }];
  }
}
