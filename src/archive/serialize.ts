import { Document } from 'yaml';
import type { Release } from '../knowledge/schema.ts';

/**
 * A release as a knowledge file: a header comment saying it is synthetic, then the fields in the schema's
 * order, with empty defaults (no repairs, no organisers) left out as a curator would.
 */
export function releaseToYaml(release: Release, header: readonly string[]): string {
  const ordered = {
    id: release.id,
    shortName: release.shortName,
    title: release.title,
    date: release.date,
    place: release.place,
    office: release.office,
    summary: release.summary,
    speakers: release.speakers,
    media: release.media,
    ...(release.source === undefined ? {} : { source: release.source }),
    ...(release.repairs.length > 0 ? { repairs: release.repairs } : {}),
    statements: release.statements,
    qa: release.qa,
    events: release.events.map(({ organisers, description, ...event }) => ({ ...event, ...(organisers.length > 0 ? { organisers } : {}), description })),
    figures: release.figures,
  };
  const doc = new Document(ordered);
  doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  // lineWidth 0: one paragraph per line, as the seed is written and as a diff reads best.
  return doc.toString({ lineWidth: 0 });
}
