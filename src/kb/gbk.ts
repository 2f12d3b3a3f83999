import iconv from 'iconv-lite';

/**
 * GBK, the two-byte encoding Chinese government pages are still published in, through iconv-lite (GB18030-2005
 * tables) in both directions: the importer reads the published characters back into bytes and decodes them again,
 * so encoder and decoder must be one table. Two codes decode to characters that encode elsewhere (0xA2E3 is €,
 * written 0x80; 0xA3A0 is the ideographic space, written 0xA1A1); every other two-byte code round-trips.
 */

/** The lowest lead byte of a two-byte GBK code. */
export const GBK_LEAD_MIN = 0x81;
/** The highest lead byte of a two-byte GBK code. */
export const GBK_LEAD_MAX = 0xfe;

/** Character → its GBK bytes (or null when GBK has none), filled on use: the repair asks for the same few characters often. */
const encoded = new Map<string, readonly number[] | null>();

/** Whether a byte can follow a lead byte in a two-byte GBK code (0x40–0x7E, 0x80–0xFE). */
export function isGbkTrail(byte: number): boolean {
  return byte >= 0x40 && byte <= 0xfe && byte !== 0x7f;
}

/** Whether a byte can start a two-byte GBK code. */
export function isGbkLead(byte: number): boolean {
  return byte >= GBK_LEAD_MIN && byte <= GBK_LEAD_MAX;
}

/** The GBK bytes of one character: one byte for ASCII and €, two for the rest; `undefined` when GBK has no code for it. */
export function gbkBytesOf(ch: string): number[] | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return [cp];
  let bytes = encoded.get(ch);
  if (bytes === undefined) {
    const out = [...iconv.encode(ch, 'gbk')];
    // iconv-lite writes ? for a character GBK lacks, and GB18030's four-byte form for some that only GB18030 has.
    bytes = (out.length === 2 && isGbkLead(out[0]!)) || (out.length === 1 && out[0] === 0x80) ? out : null;
    encoded.set(ch, bytes);
  }
  return bytes === null ? undefined : [...bytes];
}

/** Result of {@link encodeGbk}: the bytes, and the indices of characters GBK cannot encode (written as `?`). */
export interface GbkEncoding {
  bytes: Uint8Array;
  /** Code-unit indices into the input of characters written as `?` because GBK has no code for them. */
  unencodable: number[];
}

/** Encodes text as GBK the way a publishing page does: characters GBK lacks become `?`. */
export function encodeGbk(text: string): GbkEncoding {
  const out: number[] = [];
  const unencodable: number[] = [];
  let i = 0;
  for (const ch of text) {
    const bytes = gbkBytesOf(ch);
    if (bytes) out.push(...bytes);
    else {
      out.push(0x3f);
      unencodable.push(i);
    }
    i += ch.length;
  }
  return { bytes: Uint8Array.from(out), unencodable };
}

/** The GBK bytes of a text, or `undefined` when a character has no GBK code (no `?` stand-ins). */
export function gbkBytes(text: string): number[] | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const bytes = gbkBytesOf(ch);
    if (!bytes) return undefined;
    out.push(...bytes);
  }
  return out;
}

/** Decodes GBK bytes: malformed sequences become U+FFFD. */
export function decodeGbk(bytes: Uint8Array | readonly number[]): string {
  return iconv.decode(Buffer.from(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes)), 'gbk');
}

/** The characters whose two-byte code starts with `lead`, in code order, each with its trail byte. */
export function charactersWithLead(lead: number): { ch: string; trail: number }[] {
  const found: { ch: string; trail: number }[] = [];
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (!isGbkTrail(trail)) continue;
    const ch = decodeGbk([lead, trail]);
    if (ch.length === 1 && ch !== '\uFFFD') found.push({ ch, trail });
  }
  return found;
}

/** Whether a character is Private Use: GBK's user-defined codes decode to these, and no page can print them. */
export function isPrivateUse(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp >= 0xe000 && cp <= 0xf8ff;
}
