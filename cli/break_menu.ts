// The BEAM's BREAK menu for a node running in the foreground (`run --no-halt`, `bin/APP start`):
// on a terminal, Ctrl-C shows the menu and no process runs until it is answered (the BEAM blocks
// its schedulers meanwhile). The first character of the answer's line decides, the rest of the
// line is dropped: `a`, `A`, `q` or a second Ctrl-C quit with status 0, `c` continues, `v` prints
// the emulator's version and continues, an empty line is ignored, a letter the menu does not have
// is "Invalid option" and the menu again. `d` prints the node's distribution entry as the BEAM
// does (a node not alive has none; a named one, never connected, shows the entry it had before it
// was named). Its other letters (process, port, memory, table info, the process killer) print
// what only the BEAM has: here they continue.
// Off a terminal the BEAM shows the menu too (its lines end in \r\n there) and reads the answer
// from standard input: at its end it quits with status 0.
import * as readline from "node:readline";
import type { Node } from "../vm/node.ts";
import type { Atom } from "../vm/terms.ts";
import { ERTS_VERSION } from "../vm/bifs/system_info.ts";
import { NOT_ALIVE } from "../vm/node_name.ts";
import { sigintTakenAtCompileTime, setSyncBreakMenu } from "./sync_break.ts";
import { takeEarlySigints } from "./early_sigint.ts";

const MENU = "BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n";
export const BREAK_MENU = "\n" + MENU;
/** the menu's letters that continue (those whose report beamlet cannot give continue at once) */
const CONTINUES = new Set(["c", "p", "o", "i", "l", "k", "D", "d"]);

/** the menu installed: `uninstall` takes its Ctrl-C handler away; `answered` resolves at once
 *  when the menu is not showing, else once it is answered (work paused meanwhile waits on it) */
export interface BreakMenu {
  uninstall: () => void;
  answered: () => Promise<void>;
}

export function installBreakMenu(node: Node | null, quit: () => void = () => process.exit(0)): BreakMenu {
  // (stdin asked for at the first Ctrl-C, not here: making process.stdin, a socket when it is a
  // pipe, was 4-7 ms of CPU of every run's start-up)
  const write = (text: string) => process.stdout.write(process.stdin.isTTY ? text : text.replace(/\n/g, "\r\n"));
  let open = false;
  let rl: readline.Interface | null = null;
  const waiting: (() => void)[] = [];
  const close = () => {
    rl?.close();
    rl = null;
    open = false;
    node?.setBlocked(false);
    for (const w of waiting.splice(0)) w();
  };
  const onSigint = () => {
    // (one the menu shown while code ran at compile time took already: cli/sync_break.ts)
    if (sigintTakenAtCompileTime()) return;
    if (open) return quit();
    open = true;
    node?.setBlocked(true);
    write(BREAK_MENU);
    let answered = false;
    rl = readline.createInterface({ input: process.stdin, terminal: false });
    rl.on("line", (line) => {
      const a = menuAnswer(line, node);
      if (a.text) write(a.text);
      if (a.t === "again") return;
      answered = true;
      if (a.t === "quit") return quit();
      close();
    });
    // nothing more to read (</dev/null, a closed pipe): the BEAM halts
    rl.once("close", () => {
      if (!answered) quit();
    });
  };
  process.on("SIGINT", onSigint);
  setSyncBreakMenu({ node, quit });
  // (Ctrl-Cs while beamlet started: the menu, and a second one quits)
  for (let n = takeEarlySigints(); n > 0; n--) onSigint();
  return {
    uninstall: () => {
      process.off("SIGINT", onSigint);
      setSyncBreakMenu(null);
    },
    answered: () => (open ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve()),
  };
}

/** what the menu does with a line of its answer: `quit` the node, `continue` it or wait for the
 *  next line (`again`), after printing `text` */
export function menuAnswer(line: string, node: Node | null): { t: "quit" | "continue" | "again"; text?: string } {
  const key = line[0];
  if (key === undefined) return { t: "again" };
  if (key === "a" || key === "A" || key === "q" || key === "*") return { t: "quit" };
  if (key === "v") return { t: "continue", text: `Erlang (BEAM) emulator version ${ERTS_VERSION}\n` };
  if (key === "d") return { t: "continue", text: distributionInfo(node) };
  if (!CONTINUES.has(key)) return { t: "again", text: `Invalid option '${key}'. Please enter one of the following:\n${MENU}` };
  return { t: "continue" };
}

/** what `d` prints: the node's name, then its distribution entries (beamlet connects to no node) */
function distributionInfo(node: Node | null): string {
  // (the emulator's own printer quotes an atom unless it is lower-case letters, digits and _)
  const writeAtom = (a: Atom) => (/^[a-z][A-Za-z0-9_]*$/.test(a.name) ? a.name : `'${a.name.replace(/[\\']/g, "\\$&")}'`);
  const name = node ? node.name : NOT_ALIVE;
  const head = `=node:${writeAtom(name)}\n`;
  return name === NOT_ALIVE ? head + "=no_distribution\n" : head + `=not_connected:3\nName: ${writeAtom(NOT_ALIVE)}\n`;
}
