/** `/embed-frame.js`: the theme from the query, and height reports to the host. */
import { JSDOM, type DOMWindow } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { EMBED_PROTOCOL } from '../../src/lib/embed/embed-protocol.ts';
import { frameScriptSource, installEmbedFrame } from '../../src/lib/embed/frame-script.ts';

function embedPage(query: string) {
  return new JSDOM('<!doctype html><html data-embed="timeline"><body><p>chart</p></body></html>', {
    url: `https://charts.example/embed/timeline/${query}`, runScripts: 'outside-only',
  }).window;
}

/** An embed page inside a host page, with the host's postMessage recorded. */
function framedEmbed() {
  const host = new JSDOM('<!doctype html><body><iframe></iframe></body>', { url: 'https://host.example/' }).window;
  const posted = vi.fn();
  host.postMessage = posted as unknown as typeof host.postMessage;
  const frame = host.document.querySelector('iframe')!.contentWindow! as unknown as DOMWindow;
  frame.document.documentElement.setAttribute('data-embed', 'timeline');
  return { host, frame, posted };
}

describe('installEmbedFrame', () => {
  it.each([['?theme=dark', 'dark'], ['?theme=light', 'light'], ['?theme=purple', null], ['', null]])('applies %s as theme %s', (query, theme) => {
    const window = embedPage(query);
    installEmbedFrame(window as unknown as Window, EMBED_PROTOCOL);
    expect(window.document.documentElement.getAttribute('data-theme')).toBe(theme);
  });

  it('posts the chart id and its height to the host, and again when the host asks', () => {
    const { host, frame, posted } = framedEmbed();
    installEmbedFrame(frame as unknown as Window, EMBED_PROTOCOL);
    expect(posted).toHaveBeenCalledWith({ type: EMBED_PROTOCOL.height, chart: 'timeline', height: 0 }, '*');
    const before = posted.mock.calls.length;
    frame.dispatchEvent(new frame.MessageEvent('message', { data: { type: EMBED_PROTOCOL.request }, source: host as unknown as Window }));
    expect(posted.mock.calls.length).toBe(before + 1);
    frame.dispatchEvent(new frame.MessageEvent('message', { data: { type: EMBED_PROTOCOL.request }, source: frame as unknown as Window }));
    expect(posted.mock.calls.length).toBe(before + 1);
  });

  it('posts nothing when the page is not framed', () => {
    const window = embedPage('');
    const posted = vi.fn();
    window.postMessage = posted as unknown as typeof window.postMessage;
    installEmbedFrame(window as unknown as Window, EMBED_PROTOCOL);
    expect(posted).not.toHaveBeenCalled();
  });
});

describe('frameScriptSource', () => {
  it('runs on its own', () => {
    const window = embedPage('?theme=dark');
    window.eval(frameScriptSource());
    expect(window.document.documentElement.getAttribute('data-theme')).toBe('dark');
  });
});
