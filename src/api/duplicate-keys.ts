/**
 * The first key that appears twice in one object of a JSON text, by its dotted path, or undefined.
 * JSON.parse lets the last one win, so `{"kind":"grant","kind":"rejection"}` would be read as a
 * rejection while a reader of the text (or of its digest) may take it for a grant: such a body is
 * ambiguous and is refused. Keys are compared as decoded (`"kind"` and `"\u006bind"` are the same).
 *
 * `text` must already be known to be valid JSON (JSON.parse accepted it), and its nesting bounded
 * (the input guard's shape limits ran first): the scan does not validate and keeps one path per level.
 */
export function duplicateKey(text: string): string | undefined {
  type Frame = { keys: Set<string> | null; path: string[]; key: string; index: number };
  const stack: Frame[] = [];
  const childPath = (frame: Frame | undefined) => (frame ? [...frame.path, frame.keys ? frame.key : String(frame.index)] : []);
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) return [...top.path, key].join('.');
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end;
    } else if (ch === '{' || ch === '[') {
      stack.push({ keys: ch === '{' ? new Set() : null, path: childPath(stack.at(-1)), key: '', index: 0 });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack.at(-1)!;
      if (top.keys) expectKey = true;
      else top.index++;
    }
  }
  return undefined;
}
