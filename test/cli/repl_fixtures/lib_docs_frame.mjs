// What h/1 prints around a doc's text, for the standard library functions whose docs beamlet
// writes in its own words: per `h M.f/arity` (or `h M`) of a session, the prompt, the heading or
// message, the @spec lines (a spec iex wraps joined into one line: beamlet does not wrap them
// yet), the metadata lines, and how many lines of text follow. The text itself is not kept: in
// iex it is Elixir's, in beamlet beamlet's.
//
//     node lib_docs_frame.mjs < session.out > session.frame
export function frame(output) {
  const out = [];
  for (const section of output.split(/(?=^iex\(\d+\)> )/m)) {
    const m = /^iex\((\d+)\)> (.*)$/m.exec(section);
    if (!m) continue;
    const lines = section.split("\n").slice(1);
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    if (m[2] !== "") {
      out.push(`iex(${m[1]})> ${m[2]}`);
      continue;
    }
    let i = 0;
    const skipBlank = () => { while (i < lines.length && lines[i] === "") i++; };
    skipBlank();
    out.push(`iex(${m[1]})> ${lines[i++] ?? ""}`);
    skipBlank();
    while (i < lines.length && lines[i].startsWith("  @spec ")) {
      let spec = lines[i++].trim();
      while (i < lines.length && lines[i].startsWith("        ")) spec += " " + lines[i++].trim();
      out.push(spec.replace(/([([{]) /g, "$1").replace(/,? ([)\]}])/g, "$1"));
      skipBlank();
    }
    while (i < lines.length && /^(guard|delegate_to|since|deprecated): /.test(lines[i])) out.push(lines[i++]);
    skipBlank();
    out.push(`text: ${lines.length - i > 0 ? "yes" : "no"}`);
  }
  return out.join("\n") + "\n";
}

// What b/1 prints around a standard library callback's doc: per answer, the prompt, the
// @callback lines (Elixir's specs, up to the blank line after them) or the message, and whether
// text follows.
export function callbackFrame(output) {
  const out = [];
  for (const section of output.split(/(?=^iex\(\d+\)> )/m)) {
    if (!/^iex\(\d+\)> /.test(section)) continue;
    const lines = section.split("\n");
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    const blank = lines.indexOf("");
    const spec = blank < 0 ? lines : lines.slice(0, blank);
    out.push(...spec, `text: ${blank >= 0 && lines.slice(blank).some((l) => l !== "") ? "yes" : "no"}`);
  }
  return out.join("\n") + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let input = "";
  process.stdin.on("data", (d) => (input += d));
  process.stdin.on("end", () => process.stdout.write(process.argv[2] === "--callbacks" ? callbackFrame(input) : frame(input)));
}
