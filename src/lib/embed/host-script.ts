/**
 * `/embed.js`, the script a host page includes once. It resizes each of our
 * iframes to the height the embed reports, and only when the message comes
 * from our origin and from that very iframe.
 *
 * `installEmbedHost` is serialised with `Function.prototype.toString` into a
 * standalone script, so it must not refer to anything outside itself: its
 * inputs arrive as arguments.
 */
import { EMBED_PROTOCOL, MAX_EMBED_HEIGHT, type EmbedProtocol } from './embed-protocol.ts';

/**
 * Listens for height messages on `win`. `scriptSrc` is the URL the script was
 * loaded from: messages are accepted only from that origin.
 */
export function installEmbedHost(win: Window, protocol: EmbedProtocol, maxHeight: number, scriptSrc: string | null): boolean {
  const flags = win as unknown as Record<string, unknown>;
  if (!scriptSrc || flags[protocol.installed]) return false;
  const origin = new URL(scriptSrc, win.location.href).origin;
  flags[protocol.installed] = true;
  const frames = () => Array.from(win.document.getElementsByTagName('iframe'));
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin) return;
    const data = event.data as { type?: unknown; chart?: unknown; height?: unknown } | null;
    if (!data || data.type !== protocol.height || typeof data.chart !== 'string') return;
    const height = data.height;
    if (typeof height !== 'number' || !(height > 0) || height > maxHeight) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    frame.style.height = `${Math.ceil(height)}px`;
    frame.setAttribute('height', String(Math.ceil(height)));
  });
  // Frames that loaded before this script posted their height to nobody: ask them again. Only our own frames are
  // asked: a message aimed at our origin makes the browser log an error in every other site's iframe.
  const ours = (frame: HTMLIFrameElement) => {
    try {
      return new URL(frame.src, win.location.href).origin === origin;
    } catch {
      return false;
    }
  };
  for (const frame of frames()) if (ours(frame)) frame.contentWindow?.postMessage({ type: protocol.request }, origin);
  return true;
}

/** The text of `/embed.js`. */
export function hostScriptSource(): string {
  const args = `window, ${JSON.stringify(EMBED_PROTOCOL)}, ${MAX_EMBED_HEIGHT}, document.currentScript && document.currentScript.src`;
  return `/* Resizes this site's chart embeds to fit their content. Include once per page. */\n(${installEmbedHost.toString()})(${args});\n`;
}
