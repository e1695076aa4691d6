/**
 * `/embed-frame.js`, loaded in the head of every embed page. It applies
 * `?theme=light|dark` before the first paint (a host's theme toggle does not
 * change the reader's `prefers-color-scheme`), then posts the page's height
 * to the host whenever it changes.
 *
 * `installEmbedFrame` is serialised with `Function.prototype.toString` into a
 * standalone script, so it must not refer to anything outside itself.
 */
import { EMBED_PROTOCOL, type EmbedProtocol } from './embed-protocol.ts';

/** Sets the theme from the query, and reports heights when framed. `data-embed` on <html> names the chart. */
export function installEmbedFrame(win: Window, protocol: EmbedProtocol): void {
  const root = win.document.documentElement;
  const theme = new URLSearchParams(win.location.search).get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  const chart = root.getAttribute('data-embed');
  if (!chart || win.parent === win) return;
  let last = -1;
  const post = (always: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    // The height is not a secret and the host's origin is unknown, hence '*'.
    win.parent.postMessage({ type: protocol.height, chart, height }, '*');
  };
  win.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown } | null;
    if (event.source === win.parent && data && data.type === protocol.request) post(true);
  });
  const start = () => {
    const Observer = (win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (Observer) new Observer(() => post(false)).observe(root);
    post(true);
  };
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', start);
  else start();
  win.addEventListener('load', () => post(false));
}

/** The text of `/embed-frame.js`. */
export function frameScriptSource(): string {
  return `/* Theme from ?theme= and height reports for this chart embed. */\n(${installEmbedFrame.toString()})(window, ${JSON.stringify(EMBED_PROTOCOL)});\n`;
}
