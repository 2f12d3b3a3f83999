// qrcode-terminal ships no types and @types/qrcode-terminal is not installed; this is the part we call.
declare module 'qrcode-terminal' {
  /** Renders `text` as a QR code of terminal characters and hands it to `callback` (or prints it). */
  export function generate(text: string, options?: { small?: boolean }, callback?: (qrcode: string) => void): void;
  const qrcodeTerminal: { generate: typeof generate };
  export default qrcodeTerminal;
}
