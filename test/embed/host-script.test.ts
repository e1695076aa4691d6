/** `/embed.js`: resizes only our iframes, only from our origin, only from the iframe that sent the message. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EMBED_PROTOCOL, MAX_EMBED_HEIGHT } from '../../src/lib/embed/embed-protocol.ts';
import { hostScriptSource, installEmbedHost } from '../../src/lib/embed/host-script.ts';

const OURS = 'https://charts.example';

function hostPage() {
  const { window } = new JSDOM(`<!doctype html><body>
    <iframe id="a" src="about:blank"></iframe><iframe id="b" src="about:blank"></iframe></body>`, { url: 'https://host.example/article', runScripts: 'outside-only' });
  const [a, b] = [window.document.getElementById('a') as HTMLIFrameElement, window.document.getElementById('b') as HTMLIFrameElement];
  const send = (data: unknown, origin: string, source: unknown) =>
    window.dispatchEvent(new window.MessageEvent('message', { data, origin, source: source as Window }));
  return { window, a, b, send };
}

const height = (chart: string, h: unknown) => ({ type: EMBED_PROTOCOL.height, chart, height: h });

describe('installEmbedHost', () => {
  it('sizes the iframe that sent the message, and only that one', () => {
    const { window, a, b, send } = hostPage();
    expect(installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, `${OURS}/embed.js`)).toBe(true);
    send(height('timeline', 612.2), OURS, b.contentWindow);
    expect(b.style.height).toBe('613px');
    expect(b.getAttribute('height')).toBe('613');
    expect(a.style.height).toBe('');
  });

  it('ignores a message from another origin, even one naming our iframe as its source', () => {
    const { window, a, send } = hostPage();
    installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, `${OURS}/embed.js`);
    send(height('timeline', 50), 'https://evil.example', a.contentWindow);
    send(height('timeline', 50), 'https://host.example', a.contentWindow);
    expect(a.style.height).toBe('');
  });

  it('ignores a message from our origin that no iframe on the page sent', () => {
    const { window, a, b, send } = hostPage();
    installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, `${OURS}/embed.js`);
    send(height('timeline', 50), OURS, window);
    send(height('timeline', 50), OURS, null);
    expect([a.style.height, b.style.height]).toEqual(['', '']);
  });

  it.each([
    ['another namespace', { type: 'other:embed-height', chart: 'timeline', height: 50 }],
    ['a height that is not a number', height('timeline', '50')],
    ['a negative height', height('timeline', -5)],
    ['an absurd height', height('timeline', MAX_EMBED_HEIGHT + 1)],
    ['no chart id', { type: EMBED_PROTOCOL.height, height: 50 }],
    ['no data', null],
  ])('ignores %s', (_, data) => {
    const { window, a, send } = hostPage();
    installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, `${OURS}/embed.js`);
    send(data, OURS, a.contentWindow);
    expect(a.style.height).toBe('');
  });

  it("asks only our own iframes for their height: another site's iframe gets no message", () => {
    const { window } = new JSDOM(`<!doctype html><body><iframe id="ours" src="${OURS}/embed/timeline/"></iframe><iframe id="theirs" src="https://video.example/player"></iframe></body>`, { url: 'https://host.example/article' });
    const asked: string[] = [];
    for (const frame of window.document.querySelectorAll('iframe')) {
      Object.defineProperty(frame, 'contentWindow', { value: { postMessage: () => asked.push(frame.id) } });
    }
    installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, `${OURS}/embed.js`);
    expect(asked).toEqual(['ours']);
  });

  it('installs once per page, and not at all when it cannot tell where it was loaded from', () => {
    const { window } = hostPage();
    expect(installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, null)).toBe(false);
    expect(installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, `${OURS}/embed.js`)).toBe(true);
    expect(installEmbedHost(window as unknown as Window, EMBED_PROTOCOL, MAX_EMBED_HEIGHT, `${OURS}/embed.js`)).toBe(false);
  });
});

describe('hostScriptSource', () => {
  it('runs on its own, taking our origin from the script element that loaded it', () => {
    const { window, a, send } = hostPage();
    Object.defineProperty(window.document, 'currentScript', { value: { src: `${OURS}/embed.js` } });
    window.eval(hostScriptSource());
    send(height('timeline', 300), OURS, a.contentWindow);
    expect(a.style.height).toBe('300px');
    send(height('timeline', 20), 'https://evil.example', a.contentWindow);
    expect(a.style.height).toBe('300px');
  });
});
