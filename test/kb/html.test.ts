import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMarkup, textOfMarkup } from '../../src/kb/html.ts';
import { importTranscript } from '../../src/kb/import.ts';
import { ROOT, SEED_TRANSCRIPT } from '../helpers/paths.ts';

const transcript = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/devset/transcripts', `${name}.txt`), 'utf8');
const LAYOUTS = path.join(ROOT, 'test/fixtures/kb/layouts');

describe('kb import of a page saved as its HTML source', () => {
  it('tells markup (a page source, a feed) from a transcript copied as text', () => {
    // r115 and r48: pages saved with "view source"; r58: an RSS feed carrying the page in CDATA.
    for (const name of ['r115', 'r48', 'r58']) expect(isMarkup(transcript(name))).toBe(true);
    expect(isMarkup(readFileSync(SEED_TRANSCRIPT, 'utf8'))).toBe(false);
    for (const file of readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt'))) expect(isMarkup(readFileSync(path.join(LAYOUTS, file), 'utf8'))).toBe(false);
  });

  it('reads the text a browser shows: no tags, entities decoded, scripts and styles left out', () => {
    const text = textOfMarkup(transcript('r115'));
    expect(text).toContain('渚阳市城镇燃气安全专项整治工作新闻发布会');
    expect(text).not.toMatch(/<\/?(?:p|div|script|style)\b|&nbsp;|&ldquo;/u);
    expect(text).not.toContain('function(');
    // (One block a line: the speaker's label opens the line of what they said.)
    expect(text.split('\n').some((line) => line.startsWith('景文博：'))).toBe(true);
  });

  it('imports a page source into a release with its speakers, statements and Q&A, as it imports the page copied as text', () => {
    const result = importTranscript(transcript('r115'), 'releases/r115.yaml');
    expect(result.draft.title).toBe('渚阳市城镇燃气安全专项整治工作新闻发布会');
    expect(result.draft.date).toBe('2025-09-24');
    expect(result.draft.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['景文博', '甘立诚', '欧阳靖']));
    expect(result.draft.statements.length).toBeGreaterThanOrEqual(20);
    expect(result.draft.qa.length).toBeGreaterThanOrEqual(10);
    expect(result.draft.statements.every((p) => !/<[a-z]|&[a-z]+;/u.test(p.text))).toBe(true);
    // (Its furniture, the site's menu and footer, is listed as left out, as on a page copied as text.)
    expect(result.dropped.some((d) => d.text.includes('网站地图'))).toBe(true);
  });

  it('imports a feed item carrying the page in CDATA', () => {
    const result = importTranscript(transcript('r58'), 'releases/r58.yaml');
    expect(result.draft.statements.length).toBeGreaterThanOrEqual(10);
    expect(result.draft.qa.length).toBeGreaterThanOrEqual(5);
  });
});
