/** Limits on what a request's URL may carry; anything beyond gets a 400 with a short message. */
export const URL_LIMITS = {
  /** characters in the raw path */
  path: 1024,
  /** characters in the raw query string (after `?`) */
  query: 2048,
  /** parameters in the query string */
  parameters: 16,
  /** characters in a decoded parameter name */
  name: 32,
  /** characters in a decoded parameter value */
  value: 400,
} as const;

// C0 and C1 control characters and DEL: no path or parameter of the workbench has any business carrying them
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
};

/** Checks a request URL's path and query string; returns what is wrong with it, or null when it is fine. */
export function urlProblem(url: string): string | null {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const rest = start < 0 ? '/' : url.slice(start);
  const hash = rest.indexOf('#');
  const target = hash < 0 ? rest : rest.slice(0, hash);
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q + 1);
  if (path.length > URL_LIMITS.path) return `path too long (over ${URL_LIMITS.path} characters)`;
  const decodedPath = decode(path.replace(/\+/g, '%2B'));
  if (decodedPath === null) return 'malformed percent-encoding in the path';
  if (CONTROL.test(decodedPath)) return 'control characters in the path';
  if (!query) return null;
  if (query.length > URL_LIMITS.query) return `query string too long (over ${URL_LIMITS.query} characters)`;
  const pairs = query.split('&').filter(Boolean);
  if (pairs.length > URL_LIMITS.parameters) return `too many query parameters (over ${URL_LIMITS.parameters})`;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (name === null || value === null) return 'malformed percent-encoding in the query string';
    if (!name) return 'a query parameter without a name';
    if (name.length > URL_LIMITS.name) return `query parameter name too long (over ${URL_LIMITS.name} characters)`;
    if (value.length > URL_LIMITS.value) return `value of ${JSON.stringify(name)} too long (over ${URL_LIMITS.value} characters)`;
    if (CONTROL.test(name) || CONTROL.test(value)) return `control characters in query parameter ${JSON.stringify(name.replace(CONTROL, '?'))}`;
  }
  return null;
}
