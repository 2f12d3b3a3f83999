/**
 * `npm run kb -- import FILE.txt [--out FILE.yaml] [--id ID] [--short-name NAME] [--source TEXT] [--title TEXT]
 * [--date YYYY-MM-DD] [--place TEXT] [--office TEXT] [--force]`: a raw transcript in, a knowledge file out (a draft
 * when required fields are missing), with what was found, what was left out, and the repairs and flags.
 * `npm run kb -- check [--knowledge DIR …] [--strict]`: validates the knowledge; exits 1 on errors (with `--strict`,
 * on warnings too), printing `file:line: field: problem`.
 */
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, KnowledgeError, type KnowledgeProblem } from '../knowledge/errors.ts';
import { checkKnowledge } from '../kb/check.ts';
import { readDictionary } from '../kb/dictionary.ts';
import { parseDateText } from '../kb/dates.ts';
import { importTranscript } from '../kb/import.ts';
import { describeDropped, describeFound, describeMissing, describeRepairs } from '../kb/importReport.ts';
import { readTranscriptFile, type TranscriptText } from '../kb/transcriptFile.ts';
import { engineConfig, readEnvironment } from '../config/index.ts';
import { knowledgeOption, parseCommandLine } from './options.ts';

const USAGE = `Usage:
  npm run kb -- import FILE.txt [--out FILE.yaml] [--id ID] [--short-name NAME] [--source TEXT]
                                [--title TEXT] [--date YYYY-MM-DD] [--place TEXT] [--office TEXT] [--force]
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
      title: { type: 'string' },
      date: { type: 'string' },
      place: { type: 'string' },
      office: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    args,
  );
  const input = positionals[0];
  if (input === undefined || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (values.date !== undefined && parseDateText(dateTextOf(values.date))?.date !== values.date) {
    process.stderr.write(`kb import: --date ${values.date}: expected a date on the calendar written YYYY-MM-DD\n`);
    return 2;
  }
  const knowledge = knowledgeDirs(values.knowledge)[0]!;
  let transcript: TranscriptText;
  let dictionary: string[];
  try {
    transcript = await readTranscriptFile(input);
    dictionary = await readDictionary(path.join(knowledge, 'dictionary.yaml'));
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`Not imported:\n${error.problems.map((p) => `  ${formatProblem(p)}\n`).join('')}`);
    return 1;
  }
  const planned = values.out ?? (values.id === undefined ? undefined : path.join(knowledge, 'releases', `${values.id}.yaml`));
  if (planned !== undefined && !values.force && (await exists(planned))) return refuseOverwrite(planned);
  const { text, encoding } = transcript;
  const optional = { id: values.id, shortName: values['short-name'], title: values.title, date: values.date, place: values.place, office: values.office };
  const result = importTranscript(text, values.out ?? '(new release)', {
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    source: values.source ?? input,
    dictionary,
  });
  const out = values.out ?? path.join(knowledge, 'releases', `${result.draft.id}.yaml`);
  const draftFile = out.replace(/(\.ya?ml)?$/iu, '.draft.yaml');

  const print = (lines: string[]) => lines.length > 0 && process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`Read ${input} (${encoding}).\n`);
  print(describeFound(result));
  print(describeDropped(result));
  print(describeRepairs(result.notes));

  if (!result.release) {
    // Still written, as a draft the bots do not load: the officer completes it instead of retyping the transcript.
    if (!values.force && (await exists(draftFile))) return refuseOverwrite(draftFile);
    await mkdir(path.dirname(draftFile), { recursive: true });
    await writeFile(draftFile, result.yaml, 'utf8');
    process.stderr.write(`\nWrote a DRAFT, ${draftFile}: the bots do not load it until it is complete. Missing:\n`);
    for (const line of describeMissing(result)) process.stderr.write(`${line}\n`);
    const others = result.problems.filter((p) => !result.missing.some((m) => p.field === m.field || p.field.startsWith(`${m.field}[`)));
    for (const p of others) process.stderr.write(`  ${formatProblem({ ...p, file: draftFile })}\n`);
    process.stderr.write(
      `Import again with the options named (--title, --date, --place, --office), or fill the fields in and rename the file to ${path.basename(out)}; \`npm run kb -- check\` names the draft until then.\n`,
    );
    return 1;
  }
  if (!values.force && (await exists(out))) return refuseOverwrite(out);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, result.yaml, 'utf8');
  // An earlier draft of this release (dated, or undated before --date) is done with.
  const undatedDraft = path.join(path.dirname(draftFile), path.basename(draftFile).replace(/^\d{4}-\d{2}-\d{2}-/u, 'undated-'));
  for (const earlier of new Set([draftFile, undatedDraft])) {
    if (!(await exists(earlier))) continue;
    await rm(earlier);
    process.stdout.write(`Removed the earlier draft ${earlier}.\n`);
  }
  process.stdout.write(`\nWrote ${out}.\n`);
  const flags = result.notes.filter((n) => n.status === 'flagged').length;
  process.stdout.write(
    flags === 0
      ? 'No flags. Read the Found: list above against the page; running bots pick the file up within seconds; `npm run kb -- check` validates it.\n'
      : `${flags} flag${flags === 1 ? '' : 's'} to settle before the release goes live: edit the file (the flags are listed at its top too), then run \`npm run kb -- check\`.\n`,
  );
  return 0;
}

/** 2024-05-30 → 2024年5月30日, for checking a --date with the date reader. */
function dateTextOf(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
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
  const summary = `${report.releases} release file${report.releases === 1 ? '' : 's'}${report.drafts > 0 ? ` and ${report.drafts} draft${report.drafts === 1 ? '' : 's'}` : ''} checked: ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}.`;
  process.stdout.write(`${summary}\n`);
  return report.errors.length > 0 || (values.strict && report.warnings.length > 0) ? 1 : 0;
}

function refuseOverwrite(file: string): number {
  process.stderr.write(`Not written: ${file} already exists (pass --force to replace it, or --out to write elsewhere).\n`);
  return 1;
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
