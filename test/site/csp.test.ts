/**
 * The Content-Security-Policy every built page carries, read from dist/:
 * present before any script or stylesheet, scripts and styles from the
 * site alone (no 'unsafe-inline', 'unsafe-eval' or hashes), and nothing in
 * the markup that would need more.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/quality/dist-pages.ts';

const pages = htmlPages('dist');

/** `script-src 'self' 'sha256-…'; …` as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name!.toLowerCase(), sources];
  }));
}

describe.each(pages)('%s', (page) => {
  const doc = new JSDOM(readFileSync(`dist/${page}`, 'utf8')).window.document;
  const meta = doc.querySelector('meta[http-equiv="content-security-policy" i]');

  it('carries a CSP <meta> in its head, before any script or stylesheet', () => {
    expect(meta?.parentElement?.tagName).toBe('HEAD');
    const first = doc.head.querySelector('script, link[rel="stylesheet"], style');
    if (first) expect(meta!.compareDocumentPosition(first) & 4 /* DOCUMENT_POSITION_FOLLOWING */).toBeTruthy();
  });

  it("allows scripts and styles from the site only, never 'unsafe-inline' or 'unsafe-eval', and no plugins", () => {
    const policy = directives(meta!.getAttribute('content')!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      const sources = policy.get(name)!;
      expect(sources, name).toEqual(["'self'"]);
    }
  });

  it('has no inline event handler, style attribute or javascript: URL that the policy would block', () => {
    const offending = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes]
      .filter((a) => /^on/i.test(a.name) || a.name === 'style' || (/^(href|src|action)$/.test(a.name) && /^\s*javascript:/i.test(a.value)))
      .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`));
    expect(offending).toEqual([]);
  });
});
