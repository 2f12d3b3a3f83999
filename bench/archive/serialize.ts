import type { Release } from '../../src/knowledge/schema.ts';

// A small emitter for the one shape a release has (mappings, sequences, strings) instead of the yaml package's
// stringify, which takes ~2 ms a release (2 s of every 1,000) against a few µs here. Anything not plainly safe
// is written as a JSON string, which is a valid YAML double-quoted scalar; the tests parse every file with the
// yaml package the loader uses and compare it with the release it came from.

type Node = string | readonly Node[] | { readonly [key: string]: Node | undefined };

/**
 * A release as a knowledge file: a header comment saying it is synthetic, then the fields in the schema's
 * order, with empty defaults (no repairs, no organisers) left out as a curator would.
 */
export function releaseToYaml(release: Release, header: readonly string[]): string {
  const ordered: Node = {
    id: release.id,
    shortName: release.shortName,
    title: release.title,
    date: release.date,
    place: release.place,
    office: release.office,
    summary: release.summary,
    speakers: release.speakers,
    media: release.media,
    source: release.source,
    repairs: release.repairs.length > 0 ? release.repairs : undefined,
    statements: release.statements,
    qa: release.qa,
    events: release.events.map(({ organisers, description, ...event }) => ({ ...event, organisers: organisers.length > 0 ? organisers : undefined, description })),
    figures: release.figures,
  };
  const lines = header.map((line) => `# ${line}`);
  if (lines.length > 0) lines.push('');
  emitMapping(ordered as { readonly [key: string]: Node | undefined }, '', lines);
  return `${lines.join('\n')}\n`;
}

function emitMapping(map: { readonly [key: string]: Node | undefined }, indent: string, lines: string[], firstPrefix = indent): void {
  let prefix = firstPrefix;
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (typeof value === 'string') lines.push(`${prefix}${key}: ${scalar(value)}`);
    else if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${prefix}${key}: []`);
      else {
        lines.push(`${prefix}${key}:`);
        emitSequence(value, `${indent}  `, lines);
      }
    } else {
      lines.push(`${prefix}${key}:`);
      emitMapping(value as { readonly [key: string]: Node | undefined }, `${indent}  `, lines);
    }
    prefix = indent;
  }
}

function emitSequence(items: readonly Node[], indent: string, lines: string[]): void {
  for (const item of items) {
    if (typeof item === 'string') lines.push(`${indent}- ${scalar(item)}`);
    else if (Array.isArray(item)) throw new Error('archive: nested sequences are not part of a release');
    else emitMapping(item as { readonly [key: string]: Node | undefined }, `${indent}  `, lines, `${indent}- `);
  }
}

/** Words and numbers YAML would read as something other than a string (null, booleans, numbers, 1.1's yes/no). */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * A string as a plain scalar when that is unambiguous, else double-quoted. Conservative on purpose: any ASCII
 * colon or hash is quoted (the seed quotes its 如下: too), as is a leading indicator or any control character.
 */
function scalar(s: string): string {
  const plain =
    s.length > 0 &&
    s === s.trim() &&
    !/[:#\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s) &&
    !/^[-?,[\]{}&*!|>'"%@`]/.test(s) &&
    !NOT_A_STRING.test(s);
  return plain ? s : JSON.stringify(s);
}
