/**
 * How long the options page's rule editor takes to take a paste and a keystroke with a long list, in
 * jsdom with Preact rendering synchronously: the JavaScript cost of one edit (parse, check, render), not
 * the browser's layout. Run: `npx tsx bench/options/rules-typing.tsx [LINES]` (default 10,000).
 */
import { JSDOM } from 'jsdom';

const lines = Number(process.argv[2] ?? 10_000);
const dom = new JSDOM('<!doctype html><body><div id="root"></div></body>', { url: 'https://options.test/' });
const g = globalThis as Record<string, unknown>;
for (const key of [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'Event',
  'InputEvent',
  'navigator',
])
  g[key] = (dom.window as unknown as Record<string, unknown>)[key];
// The polyfill only wraps `chrome`; nothing here reaches a real tab (counting fails, and is not timed).
g.chrome = { runtime: { id: 'bench' } };
// Timers of 200 ms or less (the editor's deferred check) run when `pause()` says, and are timed; the
// save and count timers (longer) never run.
const due = new Map<number, () => void>();
let lastId = 0;
const realSetTimeout = dom.window.setTimeout.bind(dom.window);
dom.window.setTimeout = ((fn: () => void, ms?: number) => {
  if ((ms ?? 0) > 200) return realSetTimeout(() => {}, 1e9);
  due.set(++lastId, fn);
  return lastId;
}) as typeof dom.window.setTimeout;
dom.window.clearTimeout = ((id: number) => due.delete(id)) as typeof dom.window.clearTimeout;
/** Typing pauses: whatever the editor put off runs now, until nothing is left; returns how long that took. */
function pause(): number {
  const start = performance.now();
  while (due.size > 0) {
    const [id, fn] = due.entries().next().value!;
    due.delete(id);
    fn();
  }
  return performance.now() - start;
}

const { h, render, options } = await import('preact');
options.debounceRendering = (rerender) => rerender();
// Effects run right after their render (Preact would wait for a frame), so their timers are queued in order.
(options as { requestAnimationFrame?: (cb: () => void) => void }).requestAnimationFrame = (cb) =>
  due.set(++lastId, cb);
const { RulesSection } = await import('../../src/options/RulesSection');

/** A pasted list: mostly valid rules, a few invalid ones (as a real filter list has). */
const list = Array.from({ length: lines }, (_, i) =>
  i % 50 === 7
    ? `||ads${i}.example^`
    : i % 3 === 0
      ? `example${i}.com##.promo-${i}`
      : `##div.sponsor-${i}:has-text(/^Sponsored ${i}$/i)`,
).join('\n');

const root = document.getElementById('root')!;
render(h(RulesSection, { saved: '', change: (async () => ({})) as never }), root);
const textarea = root.querySelector('textarea')!;

function type(value: string): number {
  const start = performance.now();
  textarea.value = value;
  textarea.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
  return performance.now() - start;
}

const paste = type(list) + pause();
const keystrokes: number[] = [];
const checks: number[] = [];
let text = list;
for (let i = 0; i < 20; i++) {
  text += 'x';
  keystrokes.push(type(text));
  checks.push(pause());
}
keystrokes.sort((a, b) => a - b);
checks.sort((a, b) => a - b);
const summary = document.querySelector('[data-testid="rules-summary"]')?.textContent ?? '';
console.log(
  `${lines} lines: paste ${paste.toFixed(0)} ms; keystroke median ${keystrokes[10]!.toFixed(1)} ms, max ${keystrokes[19]!.toFixed(1)} ms; check after a pause median ${checks[10]!.toFixed(1)} ms`,
);
console.log(`summary after the last keystroke: ${summary}`);
process.exit(0);
