// The formatter differential: formats a corpus of real Elixir files (by default every .ex/.exs
// under lib/ and test/conformance/) with real Elixir 1.14's Code.format_string! and with
// beamlet's (vm/bifs/code_format.ts), and reports the files whose output differs, each with its
// first differing line. Files Elixir itself cannot parse are skipped.
//   npx tsx scripts/format-diff.ts [--show PATH] [--list] [DIR_OR_FILE ...]
// --show prints the whole diff of one file; --list prints only the differing paths.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { formatSource } from "../vm/bifs/code_format.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : null;
const listOnly = args.includes("--list");
const roots = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--show");

function walk(p: string, out: string[]): void {
  if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e), out);
  else if (/\.exs?$/.test(p)) out.push(p);
}
const files: string[] = [];
for (const r of show ? [show] : roots.length ? roots : ["lib", "test/conformance"]) walk(resolve(ROOT, r), files);

// real Elixir: each file's formatted text into DIR/N.out (nothing when it does not parse)
const dir = mkdtempSync(join(tmpdir(), "format-diff-"));
writeFileSync(join(dir, "files.txt"), files.join("\n"));
const script = `
[list, dir] = System.argv()
list |> File.read!() |> String.split("\\n", trim: true) |> Enum.with_index() |> Enum.each(fn {f, i} ->
  try do
    File.write!(Path.join(dir, "#{i}.out"), IO.iodata_to_binary(Code.format_string!(File.read!(f), file: f)))
  rescue
    _ -> :ok
  end
end)`;
const r = spawnSync("elixir", ["-e", script, join(dir, "files.txt"), dir], { encoding: "utf8", maxBuffer: 64 << 20 });
if (r.status !== 0) throw new Error("elixir failed: " + r.stderr);

let compared = 0;
const differing: string[] = [];
files.forEach((f, i) => {
  const expectedPath = join(dir, `${i}.out`);
  if (!existsSync(expectedPath)) return;
  compared++;
  const expected = readFileSync(expectedPath, "utf8");
  let actual: string;
  try {
    actual = formatSource(readFileSync(f, "utf8"), f, 98);
  } catch (e) {
    actual = `** beamlet raised: ${String(e).split("\n")[0]}`;
  }
  if (actual === expected) return;
  const rel = f.slice(ROOT.length + 1);
  differing.push(rel);
  const el = expected.split("\n"), bl = actual.split("\n");
  let k = 0;
  while (k < el.length && el[k] === bl[k]) k++;
  if (show) {
    for (let j = Math.max(0, k - 3); j < Math.max(el.length, bl.length); j++) {
      if (el[j] === bl[j]) console.log(`  ${el[j]}`);
      else {
        if (el[j] !== undefined) console.log(`E ${el[j]}`);
        if (bl[j] !== undefined) console.log(`B ${bl[j]}`);
      }
    }
  } else if (listOnly) console.log(rel);
  else console.log(`${rel}:${k + 1}\n  elixir:  ${el[k] ?? "<end>"}\n  beamlet: ${bl[k] ?? "<end>"}`);
});
console.log(`${differing.length} of ${compared} files formatted differently (${files.length - compared} not parsed by elixir)`);
