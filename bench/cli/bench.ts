/**
 * `npm run bench [-- --releases N]`: prints build time, cache load time, start-up to first answer (cold and
 * cached, against nodejieba's own dictionary load), warm p50/p99 per question over the public questions,
 * questions per second, peak RSS and index size on disk; with `--releases N`, for 1, 100 and N releases (the
 * seed plus generated ones), and where the build's time goes. Figures, not assertions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeArchive } from '../archive/archive.ts';
import { PROJECT_ROOT, publicEvalFile } from '../../src/paths.ts';
import { measureBuildStages } from './bench-stages.ts';
import { engineConfig, readEnvironment } from '../../src/config/index.ts';
import { knowledgeOption, parseCommandLine } from '../../src/cli/options.ts';

const PUBLIC_EVAL = publicEvalFile();
const { values } = parseCommandLine({ ...knowledgeOption, releases: { type: 'string', default: '1' }, rounds: { type: 'string', default: '100' }, starts: { type: 'string', default: '3' } });
/** A whole number of at least 1 from an option, or a clear message and exit 2. */
function count(option: string, text: string): number {
  if (!/^\d+$/u.test(text) || Number(text) < 1) {
    process.stderr.write(`--${option} takes a whole number of at least 1, not ${JSON.stringify(text)} (the bench runs 1, 100 and N releases itself)\n`);
    process.exit(2);
  }
  return Number(text);
}
const largest = count('releases', values.releases);
const sizes = [...new Set([1, ...(largest >= 100 ? [100] : []), largest])];
const starts = count('starts', values.starts);
count('rounds', values.rounds);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (x < 10 ? `${x.toFixed(2)} ms` : x < 10_000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(1)} s`);
const node = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  JSON.parse(execFileSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, QA_LOG: 'off', ...env }, maxBuffer: 1 << 26 }).trim().split('\n').pop()!);

// npm start runs the esbuild bundle in dist/ (see scripts/build.mjs); measure that, built if stale.
execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
const work = await mkdtemp(path.join(tmpdir(), 'press-qa-bench-'));
const jiebaAlone = median(Array.from({ length: starts }, () => node(['-e', "const t=performance.now();require('nodejieba').load();console.log(performance.now()-t)"]) as number));

console.log(`press-qa-bot bench — node ${process.version}, ${starts} start(s) per figure, public questions × ${values.rounds} rounds after 50 rounds of warm-up`);
console.log(`nodejieba's own dictionary load (plain node): ${ms(jiebaAlone)}\n`);
const header = ['releases', 'units', 'build', 'cache load', 'first answer cold', 'cached', '÷ jieba', 'p50', 'p99', 'q/s', 'RSS', 'index on disk'];
const rows: string[][] = [];
const slowLines: string[] = [];
for (const size of sizes) {
  const dirs = engineConfig(readEnvironment(), values.knowledge).knowledgeDirs;
  if (size > 1) {
    const archive = path.join(work, `archive-${size}`);
    await writeArchive(archive, { releases: size - 1, seed: 1 });
    dirs.push(archive);
  }
  const knowledge = dirs.flatMap((d) => ['--knowledge', d]);
  const cacheDir = path.join(work, `cache-${size}`);
  const cold: { build: number; firstAnswer: number; units: number; rssMB: number }[] = [];
  const cached: { build: number; firstAnswer: number; rssMB: number }[] = [];
  for (let i = 0; i < starts; i++) {
    await rm(cacheDir, { recursive: true, force: true });
    cold.push(node(['dist/first-answer.mjs', ...knowledge], { PRESS_QA_CACHE_DIR: cacheDir }));
    cached.push(node(['dist/first-answer.mjs', ...knowledge], { PRESS_QA_CACHE_DIR: cacheDir }));
  }
  const diskBytes = (await Promise.all((await readdir(cacheDir)).map(async (f) => (await stat(path.join(cacheDir, f))).size))).reduce((a, b) => a + b, 0);
  const warm = node(['dist/bench-warm.mjs', ...knowledge, '--questions', PUBLIC_EVAL, '--rounds', String(values.rounds)], { PRESS_QA_CACHE_DIR: cacheDir });
  const cachedStart = median(cached.map((c) => c.firstAnswer));
  rows.push([
    String(size),
    String(cold[0]!.units),
    ms(median(cold.map((c) => c.build))),
    ms(median(cached.map((c) => c.build))),
    ms(median(cold.map((c) => c.firstAnswer))),
    ms(cachedStart),
    `${(cachedStart / jiebaAlone).toFixed(2)}×`,
    ms(warm.p50),
    ms(warm.p99),
    String(Math.round(warm.qps)),
    `${Math.round(Math.max(warm.rssMB, ...cold.map((c) => c.rssMB)))} MB`,
    `${(diskBytes / 2 ** 20).toFixed(1)} MB`,
  ]);
  slowLines.push(`${size} release(s): ${warm.over2ms} of ${warm.answers} answers took over 2 ms, ${warm.over2msInCollection} of them during a garbage collection (${warm.collections} collections in all)`);
  if (size === largest && size > 1) {
    const stages = await measureBuildStages(dirs);
    console.log(`where a build of ${size} releases spends its time: ${stages.map((s) => `${s.stage} ${ms(s.ms)}`).join(', ')}`);
    console.log(`  → the largest stage is ${[...stages].sort((a, b) => b.ms - a.ms)[0]!.stage}\n`);
  }
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const l of slowLines) console.log(l);
console.log('\nbuild: validate + segment + index, after nodejieba is loaded; cache load: the same from the index cache;');
console.log('first answer: process start to the first answer (includes nodejieba); ÷ jieba: cached start over nodejieba\'s own load.');
console.log('An answer over 2 ms that overlapped no collection was most often the machine running something else.');
await rm(work, { recursive: true, force: true });
