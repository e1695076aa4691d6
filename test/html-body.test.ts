/** Article bodies that are web pages: told apart from text that quotes a tag, and turned into text. */
import { describe, expect, it } from 'vitest';
import { htmlSignal, htmlToText } from '../src/lib/article/html-body.ts';
import { parseArticle } from '../src/lib/article/parse-article.ts';

describe('HTML bodies', () => {
  it('calls a body HTML for a document tag, many tags or many entities, and not for a stray one', () => {
    expect(htmlSignal('<html><p>Trade rose.</p></html>')).toBe('it has an HTML <html> tag');
    expect(htmlSignal('<p>One.</p><p>Two.</p><div>Three.</div>')).toBe('it has 6 HTML tags');
    expect(htmlSignal('Trade&nbsp;rose &#8217;s &amp; fell.')).toBe('it has 3 HTML entities such as &nbsp;');
    expect(htmlSignal('Officials said <b>trade</b> rose, like AT&amp;T.')).toBeNull();
    expect(htmlSignal('Trade rose by 5% in the <3 months to May.')).toBeNull();
  });

  it('turns a page into paragraphs of text, without its scripts, navigation, images or link targets', () => {
    const page = '<html><head><script>x()</script></head><body><nav>Home</nav><h2>Ports</h2><p>Horgos handled <a href="/t">7,300</a> trains.<img src="a.png"></p><p>Trade &amp; transit grew.</p></body></html>';
    expect(htmlToText(page)).toBe('Ports\n\nHorgos handled 7,300 trains.\n\nTrade & transit grew.\n');
  });

  it('refuses an article file whose body is HTML, naming the file, the field and the fix', () => {
    const file = '---\ntitle: A port\npublisher: Example Daily\npublished: 2024-06\n---\n<!DOCTYPE html><p>Trade rose.</p>\n';
    expect(() => parseArticle('content/articles/a-port.md', file)).toThrow('content/articles/a-port.md: body: is HTML, not plain text (it has an HTML <!doctype html> tag). Fix: save the article as plain text, or add it from the saved page: npm run add-article -- page.html --from-html');
  });
});
