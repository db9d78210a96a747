// `beamlet disasm FILE.bbc|FILE.exs|FILE.ex`: print bytecode readably.
import * as fs from "node:fs";
import { readModule } from "../vm/bytecode_file.ts";
import { disassemble } from "../compiler/disasm.ts";
import { parse } from "../lang/parse.ts";
import { compileScript, compileModules } from "../compiler/compile.ts";
import type { CompiledModule } from "../vm/module.ts";

export function disasmFile(file: string): number {
  const bytes = fs.readFileSync(file);
  let mods: CompiledModule[];
  if (file.endsWith(".bbc")) {
    const m = readModule(new Uint8Array(bytes));
    if (!m) {
      process.stderr.write(`${file}: not a valid beamlet bytecode file\n`);
      return 1;
    }
    mods = [m];
  } else {
    const host = { moduleExports: () => undefined, useTemplate: () => undefined, lenient: true };
    const ast = parse(bytes.toString("utf8"), file);
    if (file.endsWith(".exs")) {
      const s = compileScript(ast, file, host);
      mods = [s, ...(s.nested ?? [])];
    } else mods = compileModules(ast, file, host);
  }
  for (const m of mods) process.stdout.write(disassemble(m) + "\n\n");
  return 0;
}
