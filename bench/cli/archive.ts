/**
 * `npm run archive -- --releases N --out DIR [--seed S] [--force] [--check]`: writes N synthetic releases to
 * DIR/releases/, deterministic for a seed, for tests and benchmarks at archive scale. Load them beside the real
 * knowledge with `--knowledge knowledge --knowledge DIR` (no lexicon is written: the bundled one serves).
 */
import path from 'node:path';
import { writeArchive } from '../archive/archive.ts';
import { ARCHIVE_USAGE, ArchiveUsageError, parseArchiveArgs, type ArchiveCommand } from '../archive/command-line.ts';
import { prepareOutput } from '../archive/output.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { exitOnStartupError } from '../../src/cli/options.ts';

let command: ArchiveCommand;
try {
  command = parseArchiveArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ArchiveUsageError)) throw error;
  process.stderr.write(`archive: ${error.message}\n${ARCHIVE_USAGE}\n`);
  process.exit(2);
}
if (command.help) {
  process.stdout.write(`${ARCHIVE_USAGE}\n`);
  process.exit(0);
}

const out = path.resolve(command.out);
const shown = (p: string) => path.relative(process.cwd(), p) || '.';
await prepareOutput(out, command.force).catch(exitOnStartupError);
const summary = await writeArchive(out, { releases: command.releases, seed: command.seed }).catch(exitOnStartupError);
console.log(
  `wrote ${summary.releases} release(s) to ${shown(summary.releasesDir)}/ (seed ${command.seed}; ${summary.traditional} in Traditional) — ` +
    `${(summary.bytes / 1024 / 1024).toFixed(2)} MB in ${(summary.milliseconds / 1000).toFixed(2)} s`,
);
if (command.check) {
  const started = performance.now();
  const knowledge = await loadKnowledge([out]).catch(exitOnStartupError);
  console.log(`checked: ${knowledge.releases.length} release(s) valid (${((performance.now() - started) / 1000).toFixed(2)} s)`);
}
console.log(`load it beside the real knowledge: --knowledge knowledge --knowledge ${shown(out)}`);
