// The lexer matches keyword keys, atoms and identifiers with an ASCII pattern where the run of
// identifier characters at the offset ends at an ASCII character (lang/lexer.ts asciiRunAt): a
// first program is lexed without the Unicode rules. The pattern must then match exactly what the
// Unicode reading matches. Texts mix ASCII identifier characters,
// punctuation and non-ASCII letters, digits and combining marks (seeded: test/seed.ts).
import { it, expect } from "vitest";
import fc from "fast-check";
import { NAME_READERS, asciiRunAt } from "../../lang/lexer.ts";

const PIECES = ["a", "z", "A", "Z", "_", "0", "9", "@", "?", "!", ":", "::", " ", ".", "(", "\n", "é", "λ", "\u0301", "中", "٣", "Ω", "ǅ"];
it("an identifier pattern's ASCII twin matches what it matches wherever the lexer uses the twin", () => {
  const pairs = Object.values(NAME_READERS);
  let twinUsed = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
      const text = pieces.join("");
      for (let offset = 0; offset < text.length; offset++) {
        if (!asciiRunAt(text, offset)) continue;
        twinUsed++;
        for (const { unicode, ascii } of pairs) {
          expect(ascii(text, offset)?.[0], `${JSON.stringify(text)} at ${offset}`).toBe(unicode(text, offset)?.[0]);
        }
      }
    }),
    { numRuns: 3000 },
  );
  expect(twinUsed).toBeGreaterThan(1000);
});

it("leaves a run that reaches a non-ASCII character to the Unicode reading", () => {
  expect(asciiRunAt("caf\u00e9 = 1", 0)).toBe(false);
  expect(asciiRunAt("cafe = 1", 0)).toBe(true);
  expect(asciiRunAt(":ok\u0301", 0)).toBe(false);
  expect(asciiRunAt("key: \u03bb", 0)).toBe(true);
});
