// `beamlet repl` inside a project, like `iex -S mix`: compile, read the configuration, start the
// application, then open the shell on that node. recompile/0 compiles the files that changed on
// the running node (their modules are reloaded, those of deleted files purged), as mix does in iex.
import type { Node } from "../../vm/node.ts";
import { atom } from "../../vm/terms.ts";
import { compileInProject, startProjectNode } from "./run.ts";
import { compileProject } from "./compile.ts";
import { readProject, ProjectError, type Project } from "./mixfile.ts";
import { type Recompiler } from "../repl/session.ts";
import { replUntilHalt } from "../repl/main.ts";
import { ansiEnabled } from "../colors.ts";
import { SYSTEM_VERSION } from "../../vm/bifs/system_info.ts";
import { holdTypedAhead } from "../repl/typed_ahead.ts";

/** recompile/0 on the node running project `p` */
export function projectRecompiler(node: Node, p: Project): Recompiler {
  return async ({ force }) => {
    let text = "";
    const write = (_fd: 1 | 2, s: string) => void (text += s);
    let project = p;
    try {
      // mix.exs may have changed (a new version, another application spec)
      project = await readProject(node, p.dir, p.env);
    } catch (e) {
      if (!(e instanceof ProjectError)) throw e;
      return { text: e.message + "\n", value: atom("error") };
    }
    const r = compileProject(node, project, { force, write, running: true });
    // mix exits the compile task with shutdown 1; iex prints that exit
    if (!r.ok) return { text: text + "** (exit) shutdown: 1\n\n", value: null };
    return { text, value: atom(r.changed ? "ok" : "noop") };
  };
}

export async function projectRepl(opts: { historyFile?: string } = {}): Promise<number> {
  holdTypedAhead();
  const dir = process.cwd();
  const terminal = !!process.stdin.isTTY && !!process.stdout.isTTY;
  // (on a terminal, the emulator's banner and a blank line come first, before mix compiles)
  if (terminal) process.stdout.write(SYSTEM_VERSION + "\n");
  const p = await compileInProject(dir);
  if (!p) return 1;
  const started = await startProjectNode(dir, p, true, [], { terminal });
  if (!started) return 1;
  const { node, loop, keepAlive } = started;
  try {
    return await replUntilHalt(node, loop, {
      node,
      input: process.stdin,
      output: process.stdout,
      // (the compiler's warnings on standard error, as iex -S mix writes them)
      warnings: process.stderr,
      terminal,
      // (iex colours whenever standard output is a terminal, its input piped or not)
      colors: ansiEnabled(),
      historyFile: opts.historyFile ?? process.env.BEAMLET_HISTORY,
      recompile: projectRecompiler(node, p),
      dotIex: true,
      pidsAsIex: true,
    });
  } finally {
    clearInterval(keepAlive);
  }
}
