/**
 * The element zapper's page UI: hover highlights an element, a click hides it (as a restorable block),
 * Esc cancels. A bar then offers to save the element's stable selector as a rule for the site, or to
 * undo. Everything it draws lives in a closed shadow root on one host element that is removed when the
 * zapper ends, and is styled through the CSSOM (page CSP cannot block that; nothing uses innerHTML).
 *
 * A script of its own (zapper.js), injected after the content script when the popup or the context
 * menu starts the zapper (shared/content-script ZAPPER_FILES); it answers `zap-start` and works on the
 * content script's in-page session through zap-bridge.ts.
 */
import { errorText } from '../core/error-text';
import { stableSelector } from '../core/zapper/selector';
import browser, { type Runtime } from './browser';
import {
  acceptPageToolRequest,
  backgroundReplyCheck,
  type BackgroundRequest,
  type PageToolReply,
} from '../shared/messages';
import { zapBridge, type ZapBridge } from './zap-bridge';
import { firstInWorld } from './world';

const HOST_ATTR = 'data-cleanwire-zapper';

let active: (() => void) | null = null;

type Style = Partial<Record<string, string>>;
function styled<K extends keyof HTMLElementTagNameMap>(tag: K, style: Style, text?: string) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(style)) if (v !== undefined) el.style.setProperty(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

const BAR: Style = {
  position: 'fixed',
  left: '50%',
  bottom: '16px',
  transform: 'translateX(-50%)',
  'max-width': '90vw',
  display: 'flex',
  gap: '8px',
  'align-items': 'center',
  padding: '8px 12px',
  background: '#1d2733',
  color: '#fff',
  font: '14px/1.4 system-ui, sans-serif',
  'border-radius': '8px',
  'box-shadow': '0 4px 16px rgba(0,0,0,.3)',
  'pointer-events': 'auto',
};
const BUTTON: Style = {
  font: 'inherit',
  padding: '4px 10px',
  'border-radius': '4px',
  border: '1px solid #9ab',
  background: '#fff',
  color: '#1d2733',
  cursor: 'pointer',
};

/** Starts picking; with `useContextTarget`, removes the right-clicked element at once when known. */
export function startZapper(bridge: ZapBridge, useContextTarget: boolean): void {
  const { zapElement, unzap } = bridge;
  const contextTarget = bridge.contextTarget();
  active?.();
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTR, '');
  for (const [k, v] of Object.entries({
    position: 'fixed',
    inset: '0',
    'z-index': '2147483647',
    'pointer-events': 'none',
    margin: '0',
    padding: '0',
    border: '0',
    background: 'transparent',
  }))
    host.style.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const box = styled('div', {
    position: 'fixed',
    display: 'none',
    outline: '2px solid #d33',
    background: 'rgba(221,51,51,.15)',
    'pointer-events': 'none',
  });
  const bar = styled('div', BAR);
  bar.setAttribute('role', 'status');
  bar.dataset.testid = 'zapper-bar';
  root.append(box, bar);
  document.documentElement.append(host);

  let hovered: Element | null = null;
  const ours = (event: Event) => event.composedPath().includes(host);
  const pickable = (t: EventTarget | null): t is Element =>
    t instanceof Element && t !== document.documentElement && t !== document.body && t !== host;

  const showBox = (el: Element | null) => {
    hovered = el;
    if (!el) return void box.style.setProperty('display', 'none');
    const r = el.getBoundingClientRect();
    box.style.setProperty('display', 'block');
    box.style.setProperty('left', `${r.left}px`);
    box.style.setProperty('top', `${r.top}px`);
    box.style.setProperty('width', `${r.width}px`);
    box.style.setProperty('height', `${r.height}px`);
  };
  const say = (text: string, ...buttons: HTMLElement[]) => {
    bar.replaceChildren(styled('span', {}, text), ...buttons);
  };
  const button = (label: string, testid: string, onClick: () => void) => {
    const b = styled('button', BUTTON, label);
    b.type = 'button';
    b.dataset.testid = testid;
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      onClick();
    });
    return b;
  };

  const onMove = (event: MouseEvent) => {
    if (ours(event)) return;
    showBox(pickable(event.target) ? event.target : null);
  };
  const swallow = (event: Event) => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopPropagation();
    const target = pickable(event.target) ? event.target : hovered;
    if (target) zap(target);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      end();
    }
  };
  const picking = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('mousemove', onMove as EventListener, true);
    window[method]('click', onClick as EventListener, true);
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick'])
      window[method](type, swallow, true);
  };

  const end = () => {
    picking(false);
    window.removeEventListener('keydown', onKey, true);
    host.remove();
    active = null;
  };

  const zap = (el: Element) => {
    picking(false);
    showBox(null);
    const selector = stableSelector(el, document);
    const block = zapElement(el);
    if (!block) {
      say('Cleanwire cannot remove that element.', button('Close', 'zapper-close', end));
      return;
    }
    const siteHost = location.hostname.replace(/^www\./, '');
    const save = button(`Always remove on ${siteHost}`, 'zapper-save', () => void saveRule(selector));
    const saveRule = async (sel: string) => {
      save.disabled = true;
      const request: BackgroundRequest = { type: 'save-zap-rule', selector: sel };
      const reply = backgroundReplyCheck(await browser.runtime.sendMessage(request).catch(() => null));
      if (reply.ok && reply.value.type === 'zap-rule-saved')
        say(`Saved rule: ${reply.value.rule}`, button('Done', 'zapper-done', end));
      else
        say(
          `Could not save the rule${reply.ok && reply.value.type === 'refused' ? `: ${reply.value.reason}` : ''}.`,
          button('Done', 'zapper-done', end),
        );
    };
    say(
      `Removed: ${selector}`,
      save,
      button('Undo', 'zapper-undo', () => {
        unzap(block.id);
        end();
      }),
      button('Done', 'zapper-done', end),
    );
    save.focus(); // Enter saves, Esc closes: the zapper works from the keyboard too
  };

  window.addEventListener('keydown', onKey, true);
  active = end;
  if (useContextTarget && contextTarget?.isConnected && pickable(contextTarget)) {
    zap(contextTarget);
    return;
  }
  say('Click an element to remove it · Esc cancels');
  picking(true);
}

if (window === window.top && firstInWorld('content.zapper')) {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Other requests are the content script's to answer (and to reject).
    if ((message as { type?: unknown } | null)?.type !== 'zap-start') return undefined;
    const checked = acceptPageToolRequest(message, sender, self);
    if (!checked.ok || checked.value.type !== 'zap-start') {
      console.warn('Cleanwire: message rejected:', checked.ok ? checked.value.type : checked.reason);
      return undefined;
    }
    const { requestId, contextTarget } = checked.value;
    const bridge = zapBridge();
    let reply: PageToolReply;
    try {
      if (!bridge) throw new Error('the content script is not in this page');
      startZapper(bridge, contextTarget);
      reply = { type: 'zap-started', requestId };
    } catch (error) {
      console.error('Cleanwire: the zapper did not start', error);
      reply = { type: 'page-tool-failed', requestId, error: errorText(error) };
    }
    return Promise.resolve(reply);
  });
}
