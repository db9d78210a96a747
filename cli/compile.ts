// `beamlet compile FILE.ex... -o DIR`: compile source files of modules and write one
// Elixir.Mod.bbc per module into DIR (what `elixirc FILE.ex -o DIR` does with .beam files).
// A compile error is printed in Elixir's format on stderr and the exit code is 1.
import { warningText, ansiEnabled } from "./colors.ts";
import * as fs from "node:fs";
import * as path from "node:path";
import { Node } from "../vm/node.ts";
import { compilerHost } from "../vm/boot.ts";
import { compileModules } from "../compiler/compile.ts";
import { writeModule } from "../vm/bytecode_file.ts";
import { parse } from "../lang/parse.ts";
import { CompileError } from "../lang/compile_error.ts";
import type { CompiledModule } from "../vm/module.ts";
import { nodeHost, useSources } from "./host.ts";
import { loadLibraryCached } from "./lib_cache.ts";
import { OBJ_EXT } from "../vm/code_server.ts";
import type { Ast } from "../lang/ast.ts";
import { fileWarnings, knownExportsOf, fileWarningTexts, redefinitionWarnings, checkedLast, formatWarning, type Warning } from "../compiler/warnings/index.ts";
import { takeAllUnplaced } from "../compiler/placed_warnings.ts";

export interface CompileResult {
  code: number;
  written: string[];
}

/** compile `files` into `outDir`; `err` receives the error text (stderr by default) */
export function compileFiles(files: string[], outDir: string, err: (s: string) => void = (s) => process.stderr.write(s), opts: { warningsAsErrors?: boolean } = {}): CompileResult {
  const node = new Node(nodeHost());
  loadLibraryCached(node);
  const host = compilerHost(node, useSources());
  // (a definition's expansion warnings are held, each printed among its module's where Elixir
  // prints it, between the unused variables of the clauses before and its own clause's)
  host.placeDefinitionWarnings = true;
  const compiled: CompiledModule[] = [];
  const asts: [string, Ast, string][] = [];
  for (const file of files) {
    let source: string;
    try {
      source = fs.readFileSync(file, "utf8");
    } catch {
      err(`** (File.Error) could not read file "${file}": no such file or directory\n`);
      return { code: 1, written: [] };
    }
    try {
      const ast = parse(source, file);
      const mods = compileModules(ast, file, host);
      asts.push([file, ast, source]);
      // later files may use the modules of earlier ones (as elixirc compiles them together)
      for (const m of mods) node.code.loadCompiled(m);
      compiled.push(...mods);
    } catch (e) {
      if (e instanceof CompileError) {
        for (const t of takeAllUnplaced()) err(warningText(t, ansiEnabled()));
        err(e.format(source) + "\n");
        return { code: 1, written: [] };
      }
      throw e;
    }
  }
  // warnings once every file is compiled, so calls between the files are known
  let warned = 0;
  let current = "";
  const redefined = redefinitionWarnings(() => current, (m) => path.join(outDir, m + OBJ_EXT), new Set());
  const checked: Warning[][] = [];
  for (const [file, ast, source] of asts) {
    current = file;
    const fw = fileWarnings(ast, file, knownExportsOf(host), { script: false, source });
    for (const t of fileWarningTexts(fw, redefined, checked)) {
      err(warningText(t, ansiEnabled()));
      warned++;
    }
  }
  for (const w of checkedLast(checked)) {
    err(warningText(formatWarning(w), ansiEnabled()));
    warned++;
  }
  if (warned && opts.warningsAsErrors) {
    err("Compilation failed due to warnings while using the --warnings-as-errors option\n");
    return { code: 1, written: [] };
  }
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const m of compiled) {
    const p = path.join(outDir, m.name + OBJ_EXT);
    fs.writeFileSync(p, writeModule(m));
    written.push(p);
  }
  return { code: 0, written };
}

/** elixirc's arguments to files, as it reads them: a folder is its .ex files (all depths), a
 *  pattern with * ? ** is what it matches (Path.wildcard: sorted), a plain path itself; the
 *  patterns that matched nothing are `unmatched` */
export function expandSourcePatterns(patterns: string[]): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const p of patterns) {
    let found: string[];
    if (/[*?]/.test(p)) found = wildcard(p);
    else if (fs.existsSync(p) && fs.statSync(p).isDirectory()) found = wildcard(path.join(p, "**/*.ex"));
    else found = fs.existsSync(p) ? [p] : [];
    if (found.length === 0) unmatched.push(p);
    for (const f of found) if (!files.includes(f)) files.push(f);
  }
  return { files, unmatched };
}

/** the files a pattern of / separated segments matches (`**` any depth, `*` and `?` within a
 *  name, not a leading dot), sorted */
function wildcard(pattern: string): string[] {
  const segs = pattern.split("/");
  const out: string[] = [];
  const seg = (s: string) => new RegExp("^" + s.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]") + "$");
  const walk = (dir: string, shown: string, i: number) => {
    if (i === segs.length) {
      if (fs.existsSync(dir) && fs.statSync(dir).isFile()) out.push(shown);
      return;
    }
    const s = segs[i];
    const join = (name: string) => (shown === "" ? name : shown === "/" ? "/" + name : `${shown}/${name}`);
    if (!/[*?]/.test(s)) {
      walk(s === "" && i === 0 ? "/" : path.join(dir, s), s === "" && i === 0 ? "/" : join(s), i + 1);
      return;
    }
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    if (s === "**") {
      walk(dir, shown, i + 1);
      for (const n of names) if (!n.startsWith(".") && fs.statSync(path.join(dir, n)).isDirectory()) walk(path.join(dir, n), join(n), i);
      return;
    }
    const re = seg(s);
    for (const n of names) if (!n.startsWith(".") && re.test(n)) walk(path.join(dir, n), join(n), i + 1);
  };
  walk(".", "", 0);
  return [...new Set(out)].sort();
}
