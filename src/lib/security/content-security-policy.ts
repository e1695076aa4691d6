/**
 * The Content-Security-Policy of every page, as a `<meta>` the layouts put
 * first in `<head>`: a policy governs only what follows it, and the embed
 * layout needs a render-blocking script early in its head (Astro's own
 * `security.csp` places its `<meta>` at the end of the head, after it).
 *
 * Nothing on the site is inline: scripts and styles ship as files, and the
 * chart SVGs carry presentation attributes instead of `style`. So no hashes
 * and no `'unsafe-inline'` are needed, and an inline script or style added
 * later is blocked and fails the browser tests.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // The PNG and SVG exports are same-origin; data: covers the browser's own SVG rendering of icons.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The /embed/ previewer frames the site's own embed pages.
  "frame-src 'self'",
];

/** The policy as the `content` of `<meta http-equiv="content-security-policy">`. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
