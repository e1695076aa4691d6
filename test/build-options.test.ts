import { describe, expect, it } from 'vitest';
import { checkProduction } from '../scripts/build.ts';
import { isLocalSite } from '../src/lib/site/site-path.ts';

describe('a build for publication', () => {
  it('is refused without SITE_URL, naming the option and the fix', () => {
    expect(() => checkProduction(true, undefined)).toThrow(/^--production: SITE_URL is not set.*Fix: SITE_URL=https:\/\/your\.site npm run build -- --production$/);
    expect(() => checkProduction(true, 'https://graphics.example.org')).not.toThrow();
    expect(() => checkProduction(false, undefined)).not.toThrow();
  });

  it('knows a local preview address from a published one', () => {
    expect(isLocalSite(new URL('http://localhost:4321'))).toBe(true);
    expect(isLocalSite(new URL('http://127.0.0.1:8080/ports/'))).toBe(true);
    expect(isLocalSite(new URL('https://graphics.example.org/ports/'))).toBe(false);
  });
});
