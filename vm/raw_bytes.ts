// IO.write of a bare binary hands its bytes to the console untouched, valid UTF-8 or not
// (`IO.write(<<255>>)` writes the byte 0xFF; only lists are checked by the io server). Output goes
// to the host as JS text, so such bytes travel in string_raw.ts's form (each a lone surrogate
// U+DC80..U+DCFF) and the host writes them back as the bytes. Hosts look for them only once some
// text has carried one, so other output pays nothing.
import { rawBytes, rawText } from "./bifs/string_raw.ts";

const seen = { raw: false };

const wellFormed = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** a binary's text for the console, and whether it holds raw bytes (not valid UTF-8) */
export function consoleText(bytes: Uint8Array): { text: string; raw: boolean } {
  const text = rawText(bytes);
  const raw = !wellFormed(text);
  if (raw) seen.raw = true;
  return { text, raw };
}

/** the bytes to write for console text holding raw bytes; null when it holds none */
export function consoleBytes(text: string): Uint8Array | null {
  return seen.raw && !wellFormed(text) ? rawBytes(text) : null;
}
