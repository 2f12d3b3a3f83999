import { readFile, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { KnowledgeError } from '../knowledge/errors.ts';
import { MAX_FILE_BYTES, tooLarge } from '../knowledge/load.ts';

/**
 * Reading a raw transcript file for `kb import`: the loader's size limit applies (checked with a stat before any
 * byte is read), and the bytes are UTF-8, or GB18030 when they are not valid UTF-8.
 */

/** A transcript's text and the encoding it was read in. */
export interface TranscriptText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

/** Reads a transcript file; throws a {@link KnowledgeError} naming the file when it is missing, unreadable or too large. */
export async function readTranscriptFile(file: string): Promise<TranscriptText> {
  const refuse = (problem: string, cause?: unknown): never => {
    throw new KnowledgeError([{ file, field: '', problem }], cause === undefined ? undefined : { cause });
  };
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => refuse(error.code === 'ENOENT' ? 'no such file' : `cannot be read: ${error.message}`, error));
  if (!info.isFile()) refuse('not a file');
  if (info.size > MAX_FILE_BYTES) refuse(tooLarge(info.size));
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => refuse(`cannot be read: ${error.message}`, error));
  return decodeTranscript(bytes);
}

/** Reads transcript bytes as UTF-8, or as GB18030 (a superset of GBK, through iconv-lite) when they are not valid UTF-8. */
export function decodeTranscript(bytes: Uint8Array): TranscriptText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // iconv-lite turns an invalid four-byte sequence into lone surrogates; they are bytes nobody can read, as U+FFFD says.
    const text = iconv.decode(Buffer.from(bytes), 'gb18030').replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
    return { text, encoding: 'gb18030' };
  }
}
