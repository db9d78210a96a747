// Where Elixir's own definition of a library function stands (compiler/library_def_lines_data.ts,
// generated from Elixir 1.14's debug info): compiling the library, a definition's head is placed on
// that line and a module's frames name Elixir's file for it, so a FunctionClauseError names
// lib/enum.ex:3488 for Enum.take_every/2 and a failed Enumerable dispatch lib/enum.ex:166, as in
// Elixir, not beamlet's own source. Only the library compile asks (CompilerHost.libraryDefLine).
import { libraryDefLinesData } from "./library_def_lines_data.ts";

interface ModuleLines {
  file: string | undefined;
  lines: Map<string, number>;
}

const byModule = new Map<string, ModuleLines>();

function linesOf(module: string): ModuleLines {
  let entry = byModule.get(module);
  if (entry === undefined) {
    const words = (libraryDefLinesData()[module] ?? "").split(" ").filter((w) => w !== "");
    const lines = new Map<string, number>();
    // "file name/arity line name/arity line ..."
    for (let i = 1; i + 1 < words.length; i += 2) lines.set(words[i], Number(words[i + 1]));
    entry = { file: words[0], lines };
    byModule.set(module, entry);
  }
  return entry;
}

/** the line of the first clause of module.name/arity in Elixir's source, if it has one */
export function libraryDefLine(module: string, name: string, arity: number): number | undefined {
  return linesOf(module).lines.get(`${name}/${arity}`);
}

/** the file of Elixir's source that defines module (its frames name it), if Elixir has it */
export function libraryModuleFile(module: string): string | undefined {
  return linesOf(module).file;
}
