/**
 * A deterministic benchmark corpus made from the seed articles: each
 * generated article is a seed with its places swapped for others of the same
 * kind, a new publication date (2020–2025, sometimes month-only) and its
 * figures rescaled in the format they were printed in. No text is written
 * here: every sentence comes from the seeds at run time.
 */
import { ArticleFrontMatter, type Article, type Place } from '../../src/schema.ts';

/** A seeded PRNG returning floats in `[0, 1)`. */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const intBetween = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pad = (n: number): string => String(n).padStart(2, '0');

/** Years a generated article may be published in. */
export const YEARS = { first: 2020, last: 2025 } as const;
/** Share of generated articles whose front matter gives only `YYYY-MM`. */
const MONTH_ONLY_SHARE = 0.2;
/** Figures are multiplied by a factor between these bounds (log-uniform). */
const SCALE = { min: 0.5, max: 2 } as const;

const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
/**
 * An ISO date, or a number as printed (`17.6`, `1,234`, `35`), standing alone:
 * not part of a range, a time, a path, a word or an ordinal.
 */
const TOKEN = /(?<![\p{L}\p{N}_.,:/-])(?:(\d{4}-\d{2}-\d{2})(?!\d)|(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{L}\p{N}_]|[.,:/-]\d))/gu;

/** Writes an integer with a comma every three digits. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Rescales one printed number, keeping its format: the same number of
 * decimals, thousands separators when it had them, never zero, and never
 * the same text as before.
 */
export function rescaleNumber(text: string, factor: number): string {
  const [whole = '', fraction = ''] = text.split('.');
  const decimals = fraction.length;
  const step = 10 ** -decimals;
  const value = Number(whole.replace(/,/g, '') + (decimals ? `.${fraction}` : ''));
  let scaled = Math.max(step, Math.round((value * factor) / step) * step);
  const format = (n: number): string => {
    const [w = '', f] = n.toFixed(decimals).split('.');
    return (whole.includes(',') ? grouped(w) : w) + (f === undefined ? '' : `.${f}`);
  };
  if (format(scaled) === text) scaled += step;
  return format(scaled);
}

/** A new publication: the full day for the text, and what the front matter says. */
interface NewDate {
  day: string;
  published: string;
  yearShift: number;
}

function newDate(random: Random, seedPublished: string): NewDate {
  const year = intBetween(random, YEARS.first, YEARS.last);
  const month = intBetween(random, 1, 12);
  const day = `${year}-${pad(month)}-${pad(intBetween(random, 1, 28))}`;
  const published = random() < MONTH_ONLY_SHARE ? day.slice(0, 7) : day;
  return { day, published, yearShift: year - Number(seedPublished.slice(0, 4)) };
}

/**
 * Rewrites the figures and dates of a text: the seed's publication date
 * becomes the new day, years move with the publication date, days after a
 * month name stay, and every other number is rescaled.
 */
function varyNumbers(random: Random, text: string, seedPublished: string, date: NewDate): string {
  return text.replace(TOKEN, (match: string, iso: string | undefined, whole: string | undefined, fraction: string | undefined, offset: number) => {
    if (iso !== undefined) return iso === seedPublished ? date.day : match;
    const isYear = fraction === undefined && whole !== undefined && /^(?:19[89]\d|20[0-4]\d)$/.test(whole);
    if (isYear) return String(Number(whole) + date.yearShift);
    if (MONTH_NAME.test(text.slice(Math.max(0, offset - 12), offset))) return match;
    const factor = SCALE.min * (SCALE.max / SCALE.min) ** random();
    return rescaleNumber(match, factor);
  });
}

/** Swaps gazetteer names for names of other places of the same kind. */
interface PlaceSwapper {
  swap(random: Random, texts: readonly string[]): string[];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function placeSwapper(places: readonly Place[]): PlaceSwapper {
  const byName = new Map<string, Place>();
  const sameKind = new Map<Place['kind'], Place[]>();
  for (const place of places) {
    for (const name of [place.name, ...place.aliases]) byName.set(name, place);
    sameKind.set(place.kind, [...(sameKind.get(place.kind) ?? []), place]);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return {
    swap(random, texts) {
      if (!re) return [...texts];
      // One replacement place per place and article, so an article stays consistent.
      const chosen = new Map<string, Place>();
      return texts.map((text) =>
        text.replace(re, (name) => {
          const place = byName.get(name)!;
          let target = chosen.get(place.id);
          if (!target) {
            target = pick(random, sameKind.get(place.kind) ?? [place]);
            chosen.set(place.id, target);
          }
          return pick(random, [target.name, ...target.aliases]);
        }),
      );
    },
  };
}

/** Front matter of a generated article: the seed's, with a new title, date and note. */
function frontMatter(seed: Article, title: string, published: string): ArticleFrontMatter {
  const { publisher, byline, translation, via } = seed.data;
  const notes = `Generated for the benchmark from ${seed.id}.`;
  const fields = Object.entries({ title, publisher, published, byline, translation, via, notes }).filter(([, v]) => v !== undefined);
  return ArticleFrontMatter.parse(Object.fromEntries(fields));
}

/**
 * Makes `count` varied articles from the seeds, cycling through them.
 * Deterministic: the same seeds, count, seed and places give the same corpus.
 *
 * @param seedArticles the real articles (`readArticles(root)`); at least one
 * @param count how many articles to make
 * @param seed PRNG seed
 * @param places the gazetteer; without it, place names are left as they are
 * @returns articles with unique ids (`bench-00001-<seed id>`) and valid front matter
 */
export function generateCorpus(seedArticles: readonly Article[], count: number, seed: number, places: readonly Place[] = []): Article[] {
  if (seedArticles.length === 0) throw new Error('generateCorpus: no seed articles. Fix: pass the articles read from content/articles');
  if (!Number.isInteger(count) || count < 0) throw new Error(`generateCorpus: count must be a non-negative integer, got ${count}`);
  const random = mulberry32(seed);
  const swapper = placeSwapper(places);
  const width = Math.max(5, String(count).length);
  return Array.from({ length: count }, (_, i) => {
    const source = seedArticles[i % seedArticles.length]!;
    const date = newDate(random, source.data.published);
    const [title = '', body = ''] = swapper
      .swap(random, [source.data.title, source.body])
      .map((text) => varyNumbers(random, text, source.data.published, date));
    const id = `bench-${String(i + 1).padStart(width, '0')}-${source.id}`;
    return { id, path: `bench/${id}.md`, data: frontMatter(source, title, date.published), body };
  });
}
