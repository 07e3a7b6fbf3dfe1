/** A fake `runtime` for the page scripts' browser seam (src/content/browser.ts): it keeps their listeners. */
export function fakeRuntime() {
  type Listener = (message: unknown, sender: { id?: string; url?: string }) => unknown;
  const listeners: Listener[] = [];
  const runtime = {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${path}`,
    onMessage: { addListener: (l: Listener) => listeners.push(l) },
    sendMessage: async (_message: unknown): Promise<unknown> => undefined,
  };
  return { listeners, browser: { runtime } };
}
