/**
 * Main-thread CPU per late-widget batch, from a Chrome trace (category `devtools.timeline`) of the
 * late phase. Pure: the runner hands in the trace's events and the page's `requestAnimationFrame` ids.
 *
 * - A batch's frame callback is the `FireAnimationFrame` event whose `args.data.id` is the id the page's
 *   `requestAnimationFrame` returned. Ids count per document, so an iframe could have its own frame with
 *   the same id: when the main frame's id is known, only events of that frame count (none → null);
 *   when it is not, the latest event with that id is taken.
 * - The observer callbacks of a batch are the `FunctionCall` events named `cwLateObserver` (the page's
 *   MutationObserver callback) that start after the previous batch's frame callback and before this
 *   batch's (for the first batch: anywhere before it) — what `batchMs` adds in the page.
 * - The idle-time checks are found the same way, as `FireIdleCallback` events by requestIdleCallback id.
 * - CPU is `tdur` (thread time, µs), summed and given in ms. A batch is null when its frame callback is
 *   missing or carries no `tdur`, or when the previous batch's is missing (its observer callbacks could
 *   not be told apart from this one's).
 */

/** The fields of a Chrome trace event this module reads. */
export interface TraceEvent {
  name: string;
  /** Start, µs (trace clock). */
  ts: number;
  /** Wall duration, µs. */
  dur?: number;
  /** Thread (CPU) duration, µs. */
  tdur?: number;
  args?: { data?: { id?: number; frame?: string; functionName?: string } };
}

/** The name the page gives its MutationObserver callback (kept through minification as a method name). */
export const OBSERVER_FUNCTION = 'cwLateObserver';

/** The trace categories the runner records (FireAnimationFrame and FunctionCall carry `tdur`). */
export const TRACE_CATEGORIES = ['devtools.timeline'];

export interface LateFrames {
  /** The cleaner's batches' `requestAnimationFrame` ids, in order. */
  batch: readonly number[];
  /** The control frames' ids (empty batches), in order. */
  control: readonly number[];
  /** The idle-time checks' `requestIdleCallback` ids, in order (none when the page gave none). */
  idle?: readonly number[];
}

export interface LateCpu {
  /** Per batch (same order as the ids): ms of main-thread CPU, null when the trace does not tell. */
  batchCpuMs: (number | null)[];
  controlCpuMs: (number | null)[];
  idleCpuMs: (number | null)[];
}

/** Finds each frame's `FireAnimationFrame` event (see the module comment for which one counts). */
export function animationFrameEvents(
  events: readonly TraceEvent[],
  ids: readonly number[],
  mainFrame?: string,
): (TraceEvent | null)[] {
  return callbackEvents(events, 'FireAnimationFrame', ids, mainFrame);
}

/**
 * The same for any callback event carrying the page's id in `args.data.id`: `FireAnimationFrame`
 * (requestAnimationFrame), `FireIdleCallback` (requestIdleCallback).
 */
export function callbackEvents(
  events: readonly TraceEvent[],
  name: string,
  ids: readonly number[],
  mainFrame?: string,
): (TraceEvent | null)[] {
  const byId = new Map<number, TraceEvent>();
  for (const e of events) {
    const data = e.args?.data;
    if (e.name !== name || typeof data?.id !== 'number') continue;
    if (mainFrame !== undefined && data.frame !== mainFrame) continue;
    const seen = byId.get(data.id);
    if (!seen || e.ts > seen.ts) byId.set(data.id, e);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

const ms = (us: number) => us / 1000;

export function lateCpuFromTrace(
  events: readonly TraceEvent[],
  frames: LateFrames,
  mainFrame?: string,
): LateCpu {
  const observers = events.filter(
    (e) => e.name === 'FunctionCall' && e.args?.data?.functionName === OBSERVER_FUNCTION,
  );
  const batches = animationFrameEvents(events, frames.batch, mainFrame);
  const batchCpuMs = batches.map((frame, i) => {
    if (!frame || frame.tdur === undefined) return null;
    const previous = i === 0 ? -Infinity : batches[i - 1]?.ts;
    if (previous === undefined) return null;
    let us = frame.tdur;
    for (const o of observers) {
      if (o.ts <= previous || o.ts >= frame.ts) continue;
      if (o.tdur === undefined) return null;
      us += o.tdur;
    }
    return ms(us);
  });
  const controlCpuMs = animationFrameEvents(events, frames.control, mainFrame).map((frame) =>
    frame?.tdur === undefined ? null : ms(frame.tdur),
  );
  const idleCpuMs = callbackEvents(events, 'FireIdleCallback', frames.idle ?? [], mainFrame).map((event) =>
    event?.tdur === undefined ? null : ms(event.tdur),
  );
  return { batchCpuMs, controlCpuMs, idleCpuMs };
}
