/**
 * GBK, the two-byte encoding Chinese government pages are still published in. Node decodes it (WHATWG
 * `gbk`, which is GB18030's decoder) but has no encoder, so the encoder is the decoder's table inverted:
 * every two-byte code decodes to exactly one character, so the inversion is exact.
 */

/** The lowest lead byte of a two-byte GBK code. */
export const GBK_LEAD_MIN = 0x81;
/** The highest lead byte of a two-byte GBK code. */
export const GBK_LEAD_MAX = 0xfe;

const decoder = new TextDecoder('gbk');

/** Character → two-byte code (`lead << 8 | trail`), built on first use (about 24,000 codes, a few ms). */
let table: Map<string, number> | undefined;

/** Whether a byte can follow a lead byte in a two-byte GBK code (0x40–0x7E, 0x80–0xFE). */
export function isGbkTrail(byte: number): boolean {
  return byte >= 0x40 && byte <= 0xfe && byte !== 0x7f;
}

/** Whether a byte can start a two-byte GBK code. */
export function isGbkLead(byte: number): boolean {
  return byte >= GBK_LEAD_MIN && byte <= GBK_LEAD_MAX;
}

function codeTable(): Map<string, number> {
  if (table) return table;
  // Decode every two-byte code in one call: the decoder yields one BMP character per code, in order.
  const codes: number[] = [];
  for (let lead = GBK_LEAD_MIN; lead <= GBK_LEAD_MAX; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (isGbkTrail(trail)) codes.push(lead, trail);
  const text = decoder.decode(Uint8Array.from(codes));
  if (text.length !== codes.length / 2) throw new Error(`gbk: expected ${codes.length / 2} characters from the decoder table, got ${text.length}`);
  const built = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // First code wins, as in the WHATWG encoder; in practice no character has two codes.
    if (ch !== '\uFFFD' && !built.has(ch)) built.set(ch, (codes[2 * i]! << 8) | codes[2 * i + 1]!);
  }
  table = built;
  return built;
}

/** The GBK bytes of one character: one byte for ASCII and €, two for the rest; `undefined` when GBK has no code for it. */
export function gbkBytesOf(ch: string): number[] | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return [cp];
  if (ch === '\u20AC') return [0x80];
  const code = codeTable().get(ch);
  return code === undefined ? undefined : [code >> 8, code & 0xff];
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

/** Decodes GBK bytes with the WHATWG decoder: malformed sequences become U+FFFD. */
export function decodeGbk(bytes: Uint8Array | readonly number[]): string {
  return decoder.decode(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
}

/** The characters whose two-byte code starts with `lead`, in code order, each with its trail byte. */
export function charactersWithLead(lead: number): { ch: string; trail: number }[] {
  const found: { ch: string; trail: number }[] = [];
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (!isGbkTrail(trail)) continue;
    const ch = decoder.decode(Uint8Array.of(lead, trail));
    if (ch.length === 1 && ch !== '\uFFFD') found.push({ ch, trail });
  }
  return found;
}

/** Whether a character is Private Use: GBK's user-defined codes decode to these, and no page can print them. */
export function isPrivateUse(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp >= 0xe000 && cp <= 0xf8ff;
}
