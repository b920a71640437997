/**
 * One line for any thrown value, for the CLI's `error: …` messages: never `[object Object]`, never a stack trace.
 * Errors give their message (and a database error its code, detail and hint); an AggregateError lists its errors; a
 * cause is appended; plain objects give their `message`, else a short JSON rendering; everything else its string form.
 */
const MAX_LENGTH = 2000;
const MAX_DEPTH = 3;

// control characters (ANSI escapes included) would let a message drive the terminal
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s*\n\s*/g, ' ').trim();

export function formatError(value: unknown): string {
  const text = clean(describe(value, 0));
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

/** Fields PostgreSQL (pg's DatabaseError, PGlite's DatabaseError) attaches to an error, in the order they are shown. */
const DB_FIELDS = ['detail', 'hint', 'where'] as const;

function describe(value: unknown, depth: number): string {
  if (value === null) return 'unknown error (null was thrown)';
  if (value === undefined) return 'unknown error (undefined was thrown)';
  if (typeof value === 'string') return value.trim() || 'unknown error (an empty message was thrown)';
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  if (depth >= MAX_DEPTH) return '…';
  const o = value as Record<string, unknown>;
  const parts: string[] = [];
  const message = typeof o.message === 'string' ? o.message.trim() : '';
  const name = typeof o.name === 'string' && o.name !== 'Error' ? o.name : '';
  if (message) parts.push(message);
  else if (value instanceof Error || name) parts.push(name || value.constructor?.name || 'Error');
  else parts.push(objectText(value));
  const extra: string[] = [];
  if (typeof o.code === 'string' || typeof o.code === 'number') extra.push(`code ${o.code}`);
  if (typeof o.errno === 'number') extra.push(`errno ${o.errno}`);
  if (typeof o.status === 'number' && !message) extra.push(`status ${o.status}`);
  for (const field of DB_FIELDS) if (typeof o[field] === 'string' && o[field]) extra.push(`${field}: ${o[field]}`);
  if (extra.length) parts.push(`(${extra.join('; ')})`);
  const inner = Array.isArray(o.errors) ? (o.errors as unknown[]) : [];
  if (inner.length) {
    const listed = inner.slice(0, 5).map((e) => describe(e, depth + 1));
    parts.push(`: ${listed.join('; ')}${inner.length > 5 ? `; and ${inner.length - 5} more` : ''}`);
  }
  if ('cause' in o && o.cause !== undefined) parts.push(`(cause: ${describe(o.cause, depth + 1)})`);
  return parts.reduce((text, part) => (part.startsWith(': ') ? text + part : `${text} ${part}`));
}

function objectText(value: object): string {
  const own = value.toString;
  // an object with its own toString (not Object.prototype's) knows how to describe itself
  if (typeof own === 'function' && own !== Object.prototype.toString) {
    try {
      const s = String(own.call(value));
      if (s && s !== '[object Object]') return s;
    } catch {}
  }
  try {
    const json = JSON.stringify(value);
    if (json && json !== '{}') return `unexpected error value ${json.length > 200 ? `${json.slice(0, 200)}…` : json}`;
  } catch {}
  const kind = value.constructor?.name;
  return kind && kind !== 'Object' ? `unexpected error value of type ${kind}` : 'unexpected error value (an object without a message)';
}
