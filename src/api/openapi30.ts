type Json = unknown;

/** A schema that only allows null: what z.null() and z.unknown() become in the 3.0 generator's output. */
const onlyNull = (schema: Json) =>
  typeof schema === 'object' && schema !== null && (schema as Record<string, unknown>).nullable === true && (schema as Record<string, unknown>).type === undefined && Object.keys(schema).length === 1;

/**
 * The generated OpenAPI 3.0 document, made valid 3.0: 3.0 has no `type: null`, and `nullable` needs
 * a `type` beside it. A null member of anyOf/oneOf is dropped and its typed siblings made nullable;
 * a bare `nullable: true` (any value) loses the flag, as a schema without a type already allows any value.
 */
export function valid30(node: Json): Json {
  if (Array.isArray(node)) return node.map(valid30);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  for (const key of ['anyOf', 'oneOf']) {
    const members = out[key];
    if (Array.isArray(members) && members.some(onlyNull)) {
      out[key] = members.filter((m) => !onlyNull(m)).map((m: Record<string, unknown>) => (m.type ? { ...m, nullable: true } : m));
    }
  }
  for (const [key, value] of Object.entries(out)) out[key] = valid30(value);
  if (out.nullable === true && out.type === undefined && !out.anyOf && !out.oneOf && !out.allOf) delete out.nullable;
  return out;
}
