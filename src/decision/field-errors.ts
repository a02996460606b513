/** One field that is wrong, named by its dotted path in the request. */
export interface FieldError {
  path: string;
  message: string;
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
