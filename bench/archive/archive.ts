import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Release } from '../../src/knowledge/schema.ts';
import { composeRelease } from './compose.ts';
import { Random, releaseSeed } from './random.ts';
import { renderDraft } from './render.ts';
import { releaseToYaml } from './serialize.ts';

/** The seed used when none is given. */
export const DEFAULT_SEED = 1;

/** The most releases one archive may hold: a province's archive over a decade, with room to spare. */
export const MAX_RELEASES = 20_000;

/**
 * The seed release's own facts, in both scripts. No generated file contains any of them, so a question about
 * the seed can only be answered from the seed.
 */
export const SEED_FACTS: readonly string[] = ['535.35', '双创汇', '雙創匯', '科创心连心', '科創心連心', '李克强', '李克強', '宿州学院', '宿州學院', '江淮汽车', '江淮汽車'];

/** What to generate. */
export interface ArchiveOptions {
  /** How many releases, 1 to {@link MAX_RELEASES}. */
  releases: number;
  /** The seed; the same seed and count give byte-identical files. Default {@link DEFAULT_SEED}. */
  seed?: number;
}

/** One generated release with its file name and YAML text. */
export interface GeneratedRelease {
  /** `<date>-<city>-<topic>.yaml`, the release's id plus `.yaml`. */
  fileName: string;
  release: Release;
  script: 'simplified' | 'traditional';
  yaml: string;
}

/** What {@link writeArchive} wrote. */
export interface ArchiveSummary {
  /** The folder holding the release files: `<out>/releases`. */
  releasesDir: string;
  releases: number;
  traditional: number;
  bytes: number;
  milliseconds: number;
}

/**
 * Generates the releases of an archive one by one. Release `i` draws from its own random stream, so the first
 * 100 releases of a 1,000-release archive are the 100 releases of a 100-release archive with the same seed.
 */
export function* generateArchive(options: ArchiveOptions): Generator<GeneratedRelease> {
  const { releases, seed } = checkOptions(options);
  const ids = new Set<string>();
  for (let index = 0; index < releases; index++) {
    const draft = composeRelease(new Random(releaseSeed(seed, index)));
    // Two releases on one day from one city on one topic happen; the later one gets a suffix, as curators do.
    const base = `${draft.date}-${draft.slug}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const release = renderDraft(draft, id, `synthetic: npm run archive -- --seed ${seed} (release ${index + 1})`);
    const yaml = releaseToYaml(release, [
      `Synthetic release ${index + 1} of the archive generated with seed ${seed} (npm run archive); not a real press conference.`,
      'Made from the word lists and templates in bench/archive/: every person, number and event in it is invented.',
    ]);
    const leaked = SEED_FACTS.find((fact) => yaml.includes(fact));
    // The word lists keep these out; reaching this means someone added one, and the archive must not ship.
    if (leaked !== undefined) throw new Error(`archive: release ${id} contains the seed's fact "${leaked}"; fix the word lists in bench/archive/`);
    yield { fileName: `${id}.yaml`, release, script: draft.script, yaml };
  }
}

/** Writes an archive's releases to `<outDir>/releases/`, creating folders as needed, and says what it wrote. */
export async function writeArchive(outDir: string, options: ArchiveOptions): Promise<ArchiveSummary> {
  const started = performance.now();
  const releasesDir = path.join(outDir, 'releases');
  await mkdir(releasesDir, { recursive: true });
  const summary = { releasesDir, releases: 0, traditional: 0, bytes: 0, milliseconds: 0 };
  for (const generated of generateArchive(options)) {
    const bytes = Buffer.from(generated.yaml, 'utf8');
    await writeFile(path.join(releasesDir, generated.fileName), bytes);
    summary.releases++;
    summary.bytes += bytes.length;
    if (generated.script === 'traditional') summary.traditional++;
  }
  summary.milliseconds = performance.now() - started;
  return summary;
}

function checkOptions(options: ArchiveOptions): { releases: number; seed: number } {
  const { releases, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(releases) || releases < 1 || releases > MAX_RELEASES)
    throw new RangeError(`archive: releases must be a whole number from 1 to ${MAX_RELEASES}, got ${releases}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`archive: seed must be a whole number from 0 to ${0xffffffff}, got ${seed}`);
  return { releases, seed };
}
