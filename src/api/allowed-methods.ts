/** A route as Hono lists it (`app.routes`): middleware is listed with the method ALL. */
interface ListedRoute {
  method: string;
  path: string;
}

/** A Hono path (`/v1/rulesets/:id/:version`, `/lab/*`) as an anchored regular expression. */
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((step) => (step === '*' ? '.*' : step.startsWith(':') ? '[^/]+' : step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * The methods some route answers at `path` (HEAD with GET, as Hono serves it), sorted; empty when
 * no route has the path. For 405 Method Not Allowed and its Allow header.
 */
export function allowedMethods(routes: readonly ListedRoute[], path: string): string[] {
  const methods = new Set(routes.filter((r) => r.method !== 'ALL' && patternOf(r.path).test(path)).map((r) => r.method));
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
