// Macro.to_string's lazily indented texts (vm/bifs/macro_to_string_text.ts) against the eager
// padding they replace: random texts built by nesting (pad every non-empty line, or all but the
// first), concatenation and line breaks render to exactly what padding each line at once gives,
// and lastLineWidth/textWidth/lastLineChars read the columns the eager text has. Also the work:
// a text nested 5,000 deep renders with marks proportional to its lines, not to depth x output.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { lastLineChars, lastLineWidth, padLines, rendered, textWidth, withoutClosingMarks } from "../../vm/bifs/macro_to_string_text.ts";

/** the eager padding: `pad` before each non-empty line (the first too when `first`) */
function eagerPad(text: string, pad: string, first: boolean): string {
  return text
    .split("\n")
    .map((l, i) => (l !== "" && (first || i > 0) ? pad + l : l))
    .join("\n");
}

type Built = { lazy: string; eager: string };
const leaf = fc.stringMatching(/^[a-z ,\[\]{}()]{0,6}(\n[a-z ,\[\]{}()]{0,6}){0,3}$/).map((s): Built => ({ lazy: s, eager: s }));
const built: fc.Arbitrary<Built> = fc.letrec<{ t: Built }>((tie) => ({
  t: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(tie("t"), fc.integer({ min: 0, max: 300 }), fc.boolean()).map(([b, n, first]): Built => ({
      lazy: padLines(b.lazy, " ".repeat(n), first),
      eager: eagerPad(b.eager, " ".repeat(n), first),
    })),
    fc.tuple(tie("t"), tie("t"), fc.constantFrom("", "\n", ", ", ",\n", " => ")).map(([a, b, sep]): Built => ({
      lazy: a.lazy + sep + b.lazy,
      eager: a.eager + sep + b.eager,
    })),
  ),
})).t;

describe("lazily indented texts", () => {
  it("render as the eager padding, and read its last line's columns and its width", () => {
    fc.assert(
      fc.property(built, (b) => {
        expect(rendered(b.lazy)).toBe(b.eager);
        const eagerLast = b.eager.slice(b.eager.lastIndexOf("\n") + 1);
        expect(lastLineWidth(b.lazy)).toBe(eagerLast.length);
        expect(textWidth(b.lazy)).toBe(b.eager.length);
        expect(lastLineChars(b.lazy).trimStart()).toBe(eagerLast.trimStart());
        expect(rendered(withoutClosingMarks(b.lazy))).toBe(b.eager);
        // (a text on one line holds no marks: its length is its width)
        if (!b.lazy.includes("\n")) expect(b.lazy).toBe(b.eager);
      }),
      { numRuns: 2000, seed: 16 },
    );
  });

  it("nests 5,000 deep with work proportional to the lines, not to depth x output", () => {
    // a list nested n deep as the layout builds it: each level pads its child's lines by two
    const n = 5000;
    let text = "1";
    let marked = 0;
    for (let i = 0; i < n; i++) {
      const before = text.length;
      text = "[\n" + padLines(text, "  ", true) + "\n]";
      marked += text.length - before;
    }
    // each level adds O(1) characters (brackets, line breaks, two marks), whatever lies below it
    expect(marked).toBeLessThan(12 * n);
    const out = rendered(text);
    // (n lines of `[` two columns further in each, the `1`, n lines of `]` coming back)
    expect(out.length).toBe(2 * n * n + 4 * n + 1);
    const lines = out.split("\n");
    expect(lines.length).toBe(2 * n + 1);
    expect(lines[n - 1]).toBe(" ".repeat(2 * (n - 1)) + "[");
    expect(lines[n]).toBe(" ".repeat(2 * n) + "1");
    expect(lines[n + 1]).toBe(" ".repeat(2 * (n - 1)) + "]");
  });
});
