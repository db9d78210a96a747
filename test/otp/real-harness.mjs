#!/usr/bin/env node
// Runs beamlet's OTP modules (lib/otp/*.ex, lib/use/*.ex) on REAL Elixir, before (or
// beside) the beamlet VM: each module is renamed (GenServer -> BGenServer, :sys -> :bsys
// ...), `use X, opts` in the test program is replaced by the body of lib/use/X.ex with
// @use_opts inlined, and the program's references are renamed too. The output, with the
// names mapped back and masked like the conformance goldens, is compared with the output
// of the same program run on the real modules.
//
//   node test/otp/real-harness.mjs [test/otp/NAME.exs ...]     (default: all test/otp/*.exs)
//   KEEP=1 keeps the generated files in /tmp/beamlet-otp-harness/
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { mask } from "../conformance/mask.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = "/tmp/beamlet-otp-harness";
mkdirSync(out, { recursive: true });

// Elixir-side module names to rename, and Erlang atoms
const MODS = ["GenServer", "Supervisor", "DynamicSupervisor", "Agent", "Task", "Logger", "Application", "Process"];
const ATOMS = [":sys", ":timer", ":application_controller"];

function renameCode(src) {
  for (const m of MODS) src = src.replace(new RegExp(`(?<![\\w.])${m}(?=[\\s.,(){}\\]\\[|:]|$)`, "gm"), "B" + m);
  for (const a of ATOMS) src = src.replace(new RegExp(`${a}(?![\\w])`, "g"), ":b" + a.slice(1));
  // :supervisor is also a child type: rename only the module uses
  src = src.replace(/defmodule :supervisor\b/g, "defmodule :bsupervisor").replace(/:supervisor\./g, ":bsupervisor.").replace(/start_link\(:supervisor,/g, "start_link(:bsupervisor,");
  // only the real Logger supports `require`
  src = src.replace(/^\s*require BLogger\s*$/gm, "");
  return src;
}

function unrename(text) {
  for (const m of MODS) text = text.replace(new RegExp(`B${m}\\b`, "g"), m);
  for (const a of [...ATOMS, ":supervisor"]) text = text.replace(new RegExp(`:b${a.slice(1)}\\b`, "g"), a);
  return text;
}

function templateBody(mod) {
  const src = readFileSync(join(root, "lib", "use", mod + ".ex"), "utf8");
  const lines = src.split("\n");
  const start = lines.findIndex((l) => /^defmodule Template do/.test(l));
  let end = lines.length - 1;
  while (end > start && lines[end].trim() !== "end") end--;
  return lines.slice(start + 1, end).join("\n");
}

// arity of each `def name(...)` / `def name, do:` in a chunk of source
function definedArities(src) {
  const found = new Set();
  const re = /^\s*defp? ([a-z_][\w!?]*)(\(|,| do\b|\s*$)/gm;
  let m;
  while ((m = re.exec(src))) {
    let arity = 0;
    if (m[2] === "(") {
      let depth = 1, i = re.lastIndex, any = false, commas = 0, defaults = 0;
      for (; i < src.length && depth > 0; i++) {
        const c = src[i];
        if ("([{".includes(c)) depth++;
        else if (")]}".includes(c)) depth--;
        else if (c === "," && depth === 1) commas++;
        else if (c === "\\" && src[i + 1] === "\\" && depth === 1) defaults++;
        if (depth > 0 && !/\s/.test(c)) any = true;
      }
      arity = any ? commas + 1 : 0;
      for (let k = arity - defaults; k <= arity; k++) found.add(m[1] + "/" + k);
      continue;
    }
    found.add(m[1] + "/" + arity);
  }
  return found;
}

// split a template body into [{key, text}] chunks, one per def (with its @doc)
function templateDefs(body) {
  const lines = body.split("\n");
  const chunks = [];
  let cur = { key: null, text: [] };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    cur.text.push(l);
    const d = /^  def ([a-z_][\w!?]*)/.exec(l);
    if (d) {
      cur.key = [...definedArities(l)][0];
      if (!/, do:/.test(l)) {
        while (++i < lines.length) {
          cur.text.push(lines[i]);
          if (lines[i] === "  end") break;
        }
      }
      chunks.push(cur);
      cur = { key: null, text: [] };
    }
  }
  chunks.push(cur);
  return chunks;
}

function injectUses(src) {
  // the module's own defs (approximation: the whole rest of the file after `use`)
  return src.replace(/^(\s*)use (GenServer|Supervisor|Agent|Task|Application|DynamicSupervisor)(?:,\s*(.*))?$/gm, (_m, ind, mod, opts, offset) => {
    const rest = src.slice(offset);
    const endMod = rest.search(/^end\s*$/m);
    const own = definedArities(endMod >= 0 ? rest.slice(0, endMod) : rest);
    const body = templateDefs(templateBody(mod))
      .filter((c) => c.key === null || !own.has(c.key))
      .map((c) => c.text.join("\n"))
      .join("\n")
      .replace(/@use_opts/g, `(${opts ? "[" + opts + "]" : "[]"})`);
    return ind + body.split("\n").join("\n" + ind);
  });
}

function libSource() {
  const files = readdirSync(join(root, "lib", "otp")).filter((f) => f.endsWith(".ex")).sort();
  return files.map((f) => readFileSync(join(root, "lib", "otp", f), "utf8")).join("\n");
}

function run(file) {
  const r = spawnSync("elixir", [file], { encoding: "utf8", timeout: 60000 });
  return { stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status };
}

const args = process.argv.slice(2);
const tests = args.length
  ? args
  : readdirSync(here).filter((f) => f.endsWith(".exs")).sort().map((f) => join(here, f));

const lib = renameCode(libSource());
let failed = 0;
for (const t of tests) {
  const name = basename(t, ".exs");
  const prog = readFileSync(t, "utf8");
  const gen = join(out, name + ".exs");
  writeFileSync(gen, lib + "\n" + renameCode(injectUses(prog)));
  const real = run(t);
  const ours = run(gen);
  const a = mask(real.stdout);
  const b = mask(unrename(ours.stdout));
  if (a === b) {
    console.log("ok   " + name);
  } else {
    failed++;
    console.log("FAIL " + name);
    writeFileSync(join(out, name + ".real"), a);
    writeFileSync(join(out, name + ".ours"), b);
    try {
      execFileSync("diff", [join(out, name + ".real"), join(out, name + ".ours")], { stdio: "inherit" });
    } catch {}
    if (ours.stderr.trim()) console.log(ours.stderr.split("\n").filter((l) => !/^warning|^  \S+:\d|^$/.test(l)).slice(0, 20).join("\n"));
  }
}
process.exit(failed ? 1 : 0);
