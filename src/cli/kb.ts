/**
 * `npm run kb -- import FILE.txt [--out FILE.yaml] [--id ID] [--short-name NAME] [--source TEXT] [--force]`:
 * a raw transcript in, a knowledge file out, with the report of repairs and flags.
 * `npm run kb -- check [--knowledge DIR …] [--strict]`: validates the knowledge; exits 1 on errors (with `--strict`,
 * on warnings too), printing `file:line: field: problem`.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type KnowledgeProblem } from '../knowledge/errors.ts';
import { checkFile } from '../knowledge/load.ts';
import { dictionarySchema } from '../knowledge/schema.ts';
import { checkKnowledge } from '../kb/check.ts';
import { decodeTranscript, importTranscript } from '../kb/import.ts';
import type { RepairNote } from '../kb/repair.ts';
import { engineConfig, readEnvironment } from '../config/index.ts';
import { knowledgeOption, parseCommandLine } from './options.ts';

const USAGE = `Usage:
  npm run kb -- import FILE.txt [--out FILE.yaml] [--id ID] [--short-name NAME] [--source TEXT] [--force]
  npm run kb -- check [--knowledge DIR ...] [--strict]
`;

// `npm run kb -- check | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const [command, ...rest] = process.argv.slice(2);
if (command === 'import') process.exitCode = await runImport(rest);
else if (command === 'check') process.exitCode = await runCheck(rest);
else {
  process.stdout.write(USAGE);
  process.exitCode = command === undefined || command === 'help' || command === '--help' ? 0 : 2;
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(
    {
      ...knowledgeOption,
      out: { type: 'string' },
      id: { type: 'string' },
      'short-name': { type: 'string' },
      source: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    args,
  );
  const input = positionals[0];
  if (input === undefined || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const bytes = await readFile(input).catch((error: NodeJS.ErrnoException) => {
    process.stderr.write(`kb import: cannot read ${input}: ${error.code === 'ENOENT' ? 'no such file' : error.message}\n`);
    return undefined;
  });
  if (!bytes) return 1;
  const knowledge = knowledgeDirs(values.knowledge)[0]!;
  const planned = values.out ?? (values.id === undefined ? undefined : path.join(knowledge, 'releases', `${values.id}.yaml`));
  if (planned !== undefined && !values.force && (await exists(planned))) return refuseOverwrite(planned);
  const { text, encoding } = decodeTranscript(bytes);
  const result = importTranscript(text, values.out ?? '(new release)', {
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values['short-name'] === undefined ? {} : { shortName: values['short-name'] }),
    source: values.source ?? input,
    dictionary: await readDictionary(path.join(knowledge, 'dictionary.yaml')),
  });
  const out = values.out ?? path.join(knowledge, 'releases', `${result.release?.id ?? 'new-release'}.yaml`);

  process.stdout.write(`Read ${input} (${encoding}).\n`);
  printReport(result.notes, result.dropped);
  if (result.problems.length > 0 || !result.release) {
    process.stderr.write(`\nNot written: the file would not load. Fix the transcript (or pass --id/--short-name) and import again:\n`);
    for (const p of result.problems) process.stderr.write(`  ${formatProblem({ ...p, file: out })}\n`);
    return 1;
  }
  if (!values.force && (await exists(out))) return refuseOverwrite(out);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, result.yaml, 'utf8');
  const r = result.release;
  process.stdout.write(
    `\nWrote ${out}: ${r.statements.length} statement paragraphs, ${r.qa.length} Q&A pairs, ${r.events.length} events, ${r.figures.length} figures.\n`,
  );
  const flags = result.notes.filter((n) => n.status === 'flagged').length;
  process.stdout.write(
    flags === 0
      ? 'Nothing to check by hand. Running bots pick the file up within seconds; `npm run kb -- check` validates it.\n'
      : `${flags} flag${flags === 1 ? '' : 's'} to settle before the release goes live: edit the file (the flags are listed at its top too), then run \`npm run kb -- check\`.\n`,
  );
  return 0;
}

async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine({ ...knowledgeOption, strict: { type: 'boolean', default: false } }, args);
  const dirs = positionals.length > 0 ? positionals : knowledgeDirs(values.knowledge);
  const report = await checkKnowledge(dirs);
  // Paths inside the working folder print relative to it (knowledge/releases/…), as editors and CI logs link them.
  const shown = (file: string) => (path.isAbsolute(file) && !path.relative(process.cwd(), file).startsWith('..') ? path.relative(process.cwd(), file) : file);
  const print = (p: KnowledgeProblem, kind: string) => process.stdout.write(`${formatProblem({ ...p, file: shown(p.file), problem: `${kind}${p.problem}` })}\n`);
  for (const p of report.errors) print(p, '');
  for (const p of report.warnings) print(p, 'warning: ');
  const summary = `${report.releases} release file${report.releases === 1 ? '' : 's'} checked: ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}.`;
  process.stdout.write(`${summary}\n`);
  return report.errors.length > 0 || (values.strict && report.warnings.length > 0) ? 1 : 0;
}

function refuseOverwrite(file: string): number {
  process.stderr.write(`Not written: ${file} already exists (pass --force to replace it, or --out to write elsewhere).\n`);
  return 1;
}

/** The repair report: one block per repair or flag, with its line in the transcript. */
function printReport(notes: readonly RepairNote[], dropped: readonly { line: number; text: string }[]): void {
  if (dropped.length > 0) process.stdout.write(`Dropped ${dropped.length} line${dropped.length === 1 ? '' : 's'} of page furniture: ${dropped.map((d) => `${d.line} ${d.text}`).join(' | ')}\n`);
  if (notes.length === 0) {
    process.stdout.write('Repairs: none needed.\n');
    return;
  }
  const label = { repaired: 'repaired ', separator: 'separator', flagged: 'FLAG     ' } as const;
  process.stdout.write(`Repairs and flags (${notes.length}):\n`);
  for (const n of notes) {
    const change = n.published === n.repaired ? `${n.published} (left as published)` : `${n.published} → ${n.repaired}`;
    process.stdout.write(`  line ${String(n.line).padEnd(4)} ${label[n.status]}  ${change}\n              ${n.why}\n`);
    if (n.status === 'flagged' && n.suggestions.length > 0) process.stdout.write(`              likely: ${n.suggestions.join(' | ')}\n`);
  }
}

async function readDictionary(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return checkFile(file, text, dictionarySchema).value?.words ?? [];
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The knowledge folders: `--knowledge` when given, else `KNOWLEDGE_DIR`, else the bundled one (src/config). */
function knowledgeDirs(fromArgs: readonly string[] | undefined): string[] {
  return engineConfig(readEnvironment(), fromArgs).knowledgeDirs;
}
