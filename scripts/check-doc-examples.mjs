// Checks the iex> examples of lib/'s @doc texts (beamlet's own words) against real Elixir 1.14 and
// against beamlet: every example's expression must evaluate to its expected value in both.
//
//     node scripts/check-doc-examples.mjs [lib/enum.ex ...]
//
// Prints one line per failing example and exits 1 when there is any.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function libFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? libFiles(path.join(dir, e.name)) : e.name.endsWith(".ex") ? [path.join(dir, e.name)] : []));
}

/**
 * the examples of a file's @doc heredocs as doctest groups them: iex> lines with no blank line
 * between them share their bindings; each is [file:line, expression, expected or null]
 */
export function examples(file) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const groups = [];
  let inDoc = false;
  let group = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!inDoc && /^@(module)?doc """$/.test(t)) { inDoc = true; continue; }
    if (inDoc && t === '"""') { inDoc = false; group = null; continue; }
    if (!inDoc) continue;
    if (!t.startsWith("iex> ")) { if (t === "") group = null; continue; }
    if (!group) groups.push((group = []));
    const at = `${path.relative(ROOT, file)}:${i + 1}`;
    let expr = t.slice(5);
    while (lines[i + 1]?.trim().startsWith("...> ")) expr += "\n" + lines[++i].trim().slice(5);
    let expected = "";
    while (i + 1 < lines.length && lines[i + 1].trim() !== "" && !lines[i + 1].trim().startsWith("iex> ") && lines[i + 1].trim() !== '"""') expected += (expected ? "\n" : "") + lines[++i].trim();
    group.push([at, expr, expected === "" ? null : expected]);
  }
  return groups;
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : libFiles(path.join(ROOT, "lib"));
const groups = files.flatMap(examples);
const count = groups.reduce((n, g) => n + g.length, 0);
// each example compared as ExUnit's doctest compares: the expected text evaluated too, then ===
const check = ([at, expr, expected]) => `
  {${expected === null ? "_" : "got"}, binding} = Code.eval_string(${JSON.stringify(expr)}, binding)
  ${expected === null ? "" : `{want, _} = Code.eval_string(${JSON.stringify(expected)})
  if got !== want, do: IO.puts(${JSON.stringify(at)} <> ": got " <> inspect(got))`}`;
const script = groups.map((g) => `
try do
  binding = []${g.map(check).join("")}
  _ = binding
rescue
  e -> IO.puts("${g[0][0]}: raised " <> Exception.message(e))
end`).join("\n") + `\nIO.puts("checked ${count} examples")\n`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "doc-examples-"));
const exs = path.join(tmp, "examples.exs");
fs.writeFileSync(exs, script);
let failed = false;
for (const [who, cmd, args] of [["elixir", "elixir", [exs]], ["beamlet", process.execPath, [path.join(ROOT, "cli", "bin.js"), "run", exs]]]) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  const lines = (r.stdout + r.stderr).trim().split("\n").filter((l) => l !== "");
  for (const l of lines) console.log(`${who}: ${l}`);
  if (r.status !== 0 || lines.some((l) => !l.startsWith("checked "))) failed = true;
}
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
