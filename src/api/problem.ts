import type { FieldError } from '../decision/field-errors.ts';

// Field errors are the decision layer's (lower layers never import the HTTP layer); the HTTP faces take them from here.
export { fieldErrors, type FieldError } from '../decision/field-errors.ts';

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
