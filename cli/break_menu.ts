// The BEAM's BREAK menu for a node running in the foreground (`run --no-halt`, `bin/APP start`):
// on a terminal, Ctrl-C shows the menu; `a` (then Enter) or a second Ctrl-C quits with status 0,
// `c` or anything else continues. Off a terminal the BEAM shows the menu too (its lines end in
// \r\n there) and reads the answer from standard input: at its end it quits with status 0.
import * as readline from "node:readline";

export const BREAK_MENU = "\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n";

export function installBreakMenu(quit: () => void = () => process.exit(0)): void {
  const terminal = !!process.stdin.isTTY;
  let open = false;
  let rl: readline.Interface | null = null;
  process.on("SIGINT", () => {
    if (open) return quit();
    open = true;
    process.stdout.write(terminal ? BREAK_MENU : BREAK_MENU.replace(/\n/g, "\r\n"));
    let answered = false;
    rl = readline.createInterface({ input: process.stdin, terminal: false });
    rl.once("line", (line) => {
      answered = true;
      rl?.close();
      rl = null;
      open = false;
      if (/^\s*[aA]\s*$/.test(line)) quit();
    });
    // nothing more to read (</dev/null, a closed pipe): the BEAM halts
    rl.once("close", () => {
      if (!answered) quit();
    });
  });
}
