// A warning the compiler prints while a process of Kernel.ParallelCompiler compiles a file: as in
// Elixir (elixir_errors), it is also sent to that compiler, whose pid the process keeps under
// :elixir_compiler_pid, as {:warning, file, line, message}; the compiler returns them all.
import { atom, bin, tuple, NIL_ATOM, Pid, type Term } from "./terms.ts";
import type { BifContext } from "./bifs/registry.ts";
import type { Node } from "./node.ts";

const COMPILER_PID = atom("elixir_compiler_pid");

/** `text`: one or more printed warnings ("warning: MESSAGE\n  FILE:LINE[: Mod.fun/1]\n\n") */
export function forwardWarnings(ctx: BifContext, text: string): void {
  const to = ctx.process?.dictionary?.get(COMPILER_PID)?.[1] as Term | undefined;
  if (!(to instanceof Pid)) return;
  const n = ctx.node as Node;
  const target = n.lookup(to);
  if (!target) return;
  const cwd = n.host.cwd?.();
  for (const w of splitWarnings(text, cwd)) n.send(target, tuple(atom("warning"), w.file === null ? NIL_ATOM : bin(w.file), w.line ?? 0, bin(w.message)));
}

interface Parsed {
  file: string | null;
  line: number | null;
  message: string;
}

/** each "warning: ..." block: its message, and the file and line of its location line */
function splitWarnings(text: string, cwd: string | undefined): Parsed[] {
  const out: Parsed[] = [];
  for (const block of text.split(/^(?=warning: )/m)) {
    if (!block.startsWith("warning: ")) continue;
    const lines = block.slice("warning: ".length).replace(/\n+$/, "").split("\n");
    const at = lines.length > 1 ? /^  ([^:\s][^:]*?)(?::(\d+))?(?::\d+)?(?:: .*)?$/.exec(lines[lines.length - 1]) : null;
    if (at === null) {
      out.push({ file: null, line: null, message: lines.join("\n") });
      continue;
    }
    out.push({ file: absolute(at[1], cwd), line: at[2] === undefined ? 0 : Number(at[2]), message: lines.slice(0, -1).join("\n") });
  }
  return out;
}

/** Path.absname/1 of a file the warning names relative to the working directory */
function absolute(file: string, cwd: string | undefined): string {
  if (file.startsWith("/") || file === "nofile" || cwd === undefined) return file;
  return `${cwd.replace(/\/$/, "")}/${file.replace(/^\.\//, "")}`;
}
