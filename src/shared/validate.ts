/**
 * A few composable shape checks for data that crosses a boundary (messages, storage). Pure, no browser
 * APIs, so unit tests run them in Node. A check returns the value typed, or the path and reason it failed —
 * the reason is what the receiver logs when it rejects a message.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };
export type Check<T> = (value: unknown, path?: string) => Checked<T>;

const pass = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (path: string, expected: string, got: unknown): Checked<never> => ({
  ok: false,
  reason: `${path || 'value'}: expected ${expected}, got ${describe(got)}`,
});

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return v.length > 40 ? `string "${v.slice(0, 40)}…"` : `string "${v}"`;
  return typeof v;
}

export const str: Check<string> = (v, path = '') =>
  typeof v === 'string' ? pass(v) : fail(path, 'string', v);
export const bool: Check<boolean> = (v, path = '') =>
  typeof v === 'boolean' ? pass(v) : fail(path, 'boolean', v);
export const num: Check<number> = (v, path = '') =>
  typeof v === 'number' && Number.isFinite(v) ? pass(v) : fail(path, 'finite number', v);

export function literal<const L extends string | number | boolean>(...options: L[]): Check<L> {
  return (v, path = '') =>
    (options as unknown[]).includes(v)
      ? pass(v as L)
      : fail(path, options.map((o) => JSON.stringify(o)).join(' | '), v);
}

export function nullable<T>(inner: Check<T>): Check<T | null> {
  return (v, path = '') => (v === null ? pass(null) : inner(v, path));
}

export function optional<T>(inner: Check<T>): Check<T | undefined> {
  return (v, path = '') => (v === undefined ? pass(undefined) : inner(v, path));
}

export function arrayOf<T>(inner: Check<T>, maxLength = 100_000): Check<T[]> {
  return (v, path = '') => {
    if (!Array.isArray(v)) return fail(path, 'array', v);
    if (v.length > maxLength) return { ok: false, reason: `${path}: more than ${maxLength} items` };
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = inner(v[i], `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return pass(out);
  };
}

type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/**
 * An object with exactly these keys checked (unknown extra keys are dropped from the result, so nothing
 * unchecked travels further).
 */
export function object<T>(shape: Shape<T>): Check<T> {
  return (v, path = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'object', v);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const r = shape[key]((v as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (!r.ok) return r;
      if (r.value !== undefined) out[key] = r.value;
    }
    return pass(out as T);
  };
}

/** A discriminated union: picks the member by its `type` field. */
export function union<T extends { type: string }>(members: {
  [K in T['type']]: Check<Extract<T, { type: K }>>;
}): Check<T> {
  return (v, path = '') => {
    if (typeof v !== 'object' || v === null) return fail(path, 'message object', v);
    const type = (v as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(members, type))
      return fail(path ? `${path}.type` : 'type', Object.keys(members).join(' | '), type);
    return (members as Record<string, Check<T>>)[type]!(v, path);
  };
}
