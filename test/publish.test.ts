/** A build's site and data are published as one unit: one rename of .site/current. */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishBuild, publishedBuild, pruneBuilds, stageBuild } from '../src/lib/io/publish.ts';
import { expectedSiteFiles, missingSiteFiles } from '../src/lib/quality/site-files.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'xj-publish-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Stages a build whose page and data both say `label`. */
function staged(label: string, second: number) {
  const build = stageBuild(root, new Date(Date.UTC(2026, 0, 1, 0, 0, second)), 100);
  mkdirSync(join(root, build.dist));
  writeFileSync(join(root, build.dist, 'index.html'), label);
  writeFileSync(join(root, build.facts), label);
  return build;
}
const published = () => [readFileSync(join(root, 'dist/index.html'), 'utf8'), readFileSync(join(root, 'src/generated/facts.json'), 'utf8')];

describe('publishing a build', () => {
  it('links dist and the data through .site/current, replacing an old dist/ folder and facts file', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'old');
    mkdirSync(join(root, 'src/generated'), { recursive: true });
    writeFileSync(join(root, 'src/generated/facts.json'), 'old');
    const first = staged('one', 1);
    publishBuild(root, first, () => {});
    expect(published()).toEqual(['one', 'one']);
    expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(root, 'src/generated/facts.json')).isSymbolicLink()).toBe(true);
    expect(publishedBuild(root)).toBe(first.id);
  });

  it('swaps site and data together, and a staged build changes nothing until it is published', () => {
    publishBuild(root, staged('one', 1), () => {});
    const second = staged('two', 2);
    expect(published()).toEqual(['one', 'one']);
    publishBuild(root, second, () => {});
    expect(published()).toEqual(['two', 'two']);
  });

  it('keeps the published build and the one before it, and removes older and abandoned ones', () => {
    const builds = [1, 2, 3].map((s) => staged(`b${s}`, s));
    for (const build of builds) publishBuild(root, build, () => {});
    const abandoned = staged('killed', 4);
    pruneBuilds(root);
    expect(readdirSync(join(root, '.site/builds')).sort()).toEqual([builds[1]!.id, builds[2]!.id]);
    expect(readdirSync(join(root, '.site/builds'))).not.toContain(abandoned.id);
    expect(published()).toEqual(['b3', 'b3']);
  });
});

describe('pruning after a killed build', () => {
  it('keeps the build published before, not the stage a killed build left between them', () => {
    const one = staged('one', 1);
    publishBuild(root, one, () => {});
    const killed = staged('killed', 2);
    const three = staged('three', 3);
    publishBuild(root, three, () => {});
    writeFileSync(join(root, 'dist.999.link'), '');
    mkdirSync(join(root, '.site/old-dist-999'));
    pruneBuilds(root);
    expect(readdirSync(join(root, '.site/builds')).sort()).toEqual([one.id, three.id]);
    expect(readdirSync(join(root, '.site/builds'))).not.toContain(killed.id);
    expect(readdirSync(root)).not.toContain('dist.999.link');
    expect(readdirSync(join(root, '.site'))).not.toContain('old-dist-999');
  });
});

describe('the files of a complete site', () => {
  it('lists every page, export and data file from the content, and finds the missing and the empty', () => {
    const expected = expectedSiteFiles({ sourceIds: ['a'], chartIds: ['trains'], publicFiles: ['robots.txt'], factsPages: 3 });
    expect(expected).not.toContain('facts/1/index.html');
    expect(expected).toEqual(expect.arrayContaining(['index.html', 'facts/index.html', 'facts/2/index.html', 'facts/3/index.html', 'sources/a/index.html', 'embed/trains/index.html', 'charts/trains.dark.png', 'data/trains.csv', 'robots.txt']));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'sources/a'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<p>');
    writeFileSync(join(dist, 'sources/a/index.html'), '');
    const missing = missingSiteFiles(dist, expected);
    expect(missing).toContain('sources/a/index.html');
    expect(missing).toContain('charts/trains.png');
    expect(missing).not.toContain('index.html');
  });
});
