/** One fixture case's request and the Node face's answer to it, handed from Node to the workerd tests. */
export interface NodeResult {
  /** `<file>: <case name>` */
  name: string;
  /** The request body as sent (JSON text). */
  request: string;
  status: number;
  contentType: string | null;
  /** The response body, without the fields that differ by design (evaluationId, evaluatedAt). */
  body: unknown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    nodeResults: NodeResult[];
  }
}

/**
 * What the two faces may legitimately answer differently: a fresh evaluation id, the clock, the
 * receipt that signs both (with each face's own key), and a problem's fresh request id.
 */
export function comparable(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  const { evaluationId: _id, evaluatedAt: _at, receipt: _receipt, requestId: _request, ...rest } = body as Record<string, unknown>;
  return rest;
}
