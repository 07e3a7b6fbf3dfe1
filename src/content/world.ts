/**
 * What Cleanwire's scripts in one page share: the browser runs all of them (the early script, the
 * content script, the zapper, the match counter, each injection again) in the extension's one isolated
 * world of that page, so they share its globals. Each shared value lives under a registered symbol.
 */

/** A value one script leaves for the others in this page (null until it is set). */
export function worldSlot<T>(name: string): { get(): T | null; set(value: T): void } {
  const key = Symbol.for(`cleanwire.${name}`);
  const scope = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => scope[key] ?? null,
    set: (value) => {
      scope[key] = value;
    },
  };
}

/**
 * True the first time it is asked under `name` in this page: a script that is injected again (every
 * toolbar click injects the content script) starts its listeners once.
 */
export function firstInWorld(name: string): boolean {
  const slot = worldSlot<true>(name);
  if (slot.get()) return false;
  slot.set(true);
  return true;
}
