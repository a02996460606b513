/** One field that is wrong, named by its dotted path in the request. */
export interface FieldError {
  path: string;
  message: string;
}

const titles: Record<number, string> = {
  400: 'Malformed request',
  401: 'Authentication required',
  403: 'Not allowed',
  404: 'Not found',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Invalid request',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** An RFC 9457 problem response. Never carries a stack trace or internal detail. */
export function problem(status: number, detail: string, errors?: FieldError[]): Response {
  const body = {
    type: `urn:hjemmel:problem:${status}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json; charset=utf-8' } });
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/** zod issues as field errors; an unknown key is named by its own path, so a misspelled field is pointed at. */
export function fieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: base.join('.') || '(body)', message: issue.message }];
  });
}
