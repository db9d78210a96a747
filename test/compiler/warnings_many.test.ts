// A file with more warnings than a JS call takes arguments (~100,000): they are all given, as
// Elixir gives them; appending them with a spread overflowed the stack and the run ended with
// "beamlet: internal error: Maximum call stack size exceeded".
import { describe, it, expect } from "vitest";
import { parse } from "../../lang/parse.ts";
import { fileWarnings } from "../../compiler/warnings/index.ts";

describe("warnings of a big file", () => {
  it("gives 200,000 'unused literal' warnings of one block", () => {
    const n = 200_000;
    const source = `x = (${"1;".repeat(n)}2)\nIO.puts(x)\n`;
    const w = fileWarnings(parse(source, "many.exs"), "many.exs", () => undefined, { script: true, source });
    expect(w.top.filter((x) => x.message.startsWith("code block contains unused literal 1"))).toHaveLength(n);
  });
});
