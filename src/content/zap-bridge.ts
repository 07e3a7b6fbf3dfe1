/**
 * What the element zapper (zapper.ts, a script of its own, injected when the reader starts it) uses of
 * the content script: the in-page session that a zapped element joins as a restorable block, and the
 * element the reader last right-clicked. Both scripts run in the extension's one isolated world of the
 * page and share its globals (world.ts; early-state.ts does the same for the early script), so the content script that
 * every toolbar click injects does not carry the zapper's page UI.
 */
import type { PageBlock } from '../shared/messages';
import { worldSlot } from './world';

export interface ZapBridge {
  /** Hides an element the reader picked, as a restorable block (null: it cannot be hidden). */
  zapElement(el: Element): PageBlock | null;
  /** Undoes a zap. */
  unzap(blockId: string): void;
  /** The element the reader last right-clicked, for the context menu's "remove this element". */
  contextTarget(): Element | null;
}

const bridge = worldSlot<ZapBridge>('zap-bridge');

export function publishZapBridge(value: ZapBridge): void {
  bridge.set(value);
}

/** The content script's bridge, or null when it is not in this page (the zapper then cannot run). */
export function zapBridge(): ZapBridge | null {
  return bridge.get();
}

/** Starts keeping the element the reader last right-clicked; returns the getter. */
export function trackContextTarget(): () => Element | null {
  let target: Element | null = null;
  document.addEventListener(
    'contextmenu',
    (event) => {
      target = event.target instanceof Element ? event.target : null;
    },
    { capture: true, passive: true },
  );
  return () => target;
}
