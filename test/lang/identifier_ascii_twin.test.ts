// The lexer matches keyword keys, atoms and identifiers with an ASCII twin of each \p{..} pattern
// where the run of identifier characters at the offset ends at an ASCII character
// (lang/lexer.ts asciiRunAt): a first program is lexed without building the Unicode classes. The
// twin must then match exactly what the pattern matches. Texts mix ASCII identifier characters,
// punctuation and non-ASCII letters, digits and combining marks (seeded: test/seed.ts).
import { it, expect } from "vitest";
import fc from "fast-check";
import { IDENTIFIER_PATTERNS, asciiRunAt } from "../../lang/lexer.ts";

const PIECES = ["a", "z", "A", "Z", "_", "0", "9", "@", "?", "!", ":", "::", " ", ".", "(", "\n", "é", "λ", "\u0301", "中", "٣", "Ω", "ǅ"];
const sticky = (re: RegExp) => new RegExp(re.source, re.flags + "y");

it("an identifier pattern's ASCII twin matches what it matches wherever the lexer uses the twin", () => {
  const pairs = Object.values(IDENTIFIER_PATTERNS).map(([unicode, ascii]) => [sticky(unicode), sticky(ascii)] as const);
  let twinUsed = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
      const text = pieces.join("");
      for (let offset = 0; offset < text.length; offset++) {
        if (!asciiRunAt(text, offset)) continue;
        twinUsed++;
        for (const [unicode, ascii] of pairs) {
          unicode.lastIndex = ascii.lastIndex = offset;
          expect(ascii.exec(text)?.[0], `${JSON.stringify(text)} at ${offset}: ${unicode.source}`).toBe(unicode.exec(text)?.[0]);
        }
      }
    }),
    { numRuns: 3000 },
  );
  expect(twinUsed).toBeGreaterThan(1000);
});

it("leaves a run that reaches a non-ASCII character to the \\p{..} pattern", () => {
  expect(asciiRunAt("caf\u00e9 = 1", 0)).toBe(false);
  expect(asciiRunAt("cafe = 1", 0)).toBe(true);
  expect(asciiRunAt(":ok\u0301", 0)).toBe(false);
  expect(asciiRunAt("key: \u03bb", 0)).toBe(true);
});
