/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): the `traceparent` header, version 00.
 * A call that brings a valid one keeps its trace id; one without (or with an invalid one) gets a
 * new trace. Either way the response carries a `traceparent` with that trace id and a span id of
 * this service's own, and every log line of the call names the trace id, so a vendor can find one
 * call in both systems' logs. Web Crypto only: the same on Node and the Worker.
 */

export interface TraceContext {
  traceId: string;
  /** The caller's trace flags (sampled = 01); 01 for a trace begun here. */
  flags: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/** The trace of a `traceparent` header, or undefined if it is absent or not valid. */
export function parseTraceparent(header: string | undefined): TraceContext | undefined {
  const match = TRACEPARENT.exec((header ?? '').trim());
  if (!match) return undefined;
  const [, version, traceId, parentId, flags, rest] = match as unknown as [string, string, string, string, string, string | undefined];
  // Version ff is invalid; version 00 has exactly four fields; an all-zero id is invalid.
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (/^0+$/.test(traceId) || /^0+$/.test(parentId)) return undefined;
  return { traceId, flags };
}

function randomHex(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  let hex = '';
  for (const value of values) hex += value.toString(16).padStart(2, '0');
  return /^0+$/.test(hex) ? randomHex(bytes) : hex;
}

/** The trace a call continues (from its header) or begins. */
export const traceOf = (header: string | undefined): TraceContext => parseTraceparent(header) ?? { traceId: randomHex(16), flags: '01' };

/** The `traceparent` this service answers with: the same trace, a span id of its own. */
export const responseTraceparent = ({ traceId, flags }: TraceContext) => `00-${traceId}-${randomHex(8)}-${flags}`;
