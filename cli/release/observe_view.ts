// `bin/APP observe`: a small observer of a running release, refreshed every second: processes
// (pid, name, current function, which version of its module it runs, queue, reductions,
// memory) and modules (vsn, md5, old version present, processes on old code). Processes on old
// code are marked `old` (and shown in yellow on a terminal): a purge would kill them.
// `--once` prints one snapshot; `--json` prints it as JSON for scripts.
import type { Snapshot } from "../../vm/observe.ts";
import { selectRows, renderTable, type ViewSelection } from "../../vm/observe_table.ts";
import { onSessionMessage, sendMessage, type Session } from "./wire.ts";

interface ViewOptions extends ViewSelection {
  once: boolean;
  json: boolean;
}

const SORTS = ["reductions", "queue", "memory", "pid", "name"] as const;

function parseArgs(args: string[]): ViewOptions | string {
  const o: ViewOptions = { once: false, json: false, all: false, sort: "reductions", filter: "" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--once") o.once = true;
    else if (a === "--json") o.json = true;
    else if (a === "--all") o.all = true;
    else if (a === "--sort" && i + 1 < args.length) {
      const k = args[++i];
      if (!(SORTS as readonly string[]).includes(k)) return `observe: --sort takes one of ${SORTS.join(", ")}`;
      o.sort = k as ViewSelection["sort"];
    } else if (a === "--filter" && i + 1 < args.length) o.filter = args[++i];
    else return `observe: unknown option ${a}\nUsage: bin/APP observe [--once] [--json] [--all] [--sort ${SORTS.join("|")}] [--filter TEXT]`;
  }
  return o;
}

export async function observeCommand(root: string, args: string[], session: (root: string) => Promise<Session | null>): Promise<number> {
  const o = parseArgs(args);
  if (typeof o === "string") {
    process.stderr.write(o + "\n");
    return 1;
  }
  const s = await session(root);
  if (!s) return 1;
  const title = `${String(s.welcome.app)} ${String(s.welcome.version)}`;
  const tty = !!process.stdout.isTTY && !o.json;
  const color = tty && !process.env.NO_COLOR;
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | null = null;
    const finish = (code: number) => {
      if (timer) clearTimeout(timer);
      if (tty && process.stdin.isTTY) {
        process.stdin.setRawMode(false);
        process.stdin.pause();
      }
      s.sock.destroy();
      resolve(code);
    };
    onSessionMessage(s, (m) => {
      if (m.t !== "snapshot") return;
      const shown = selectRows(m.data as Snapshot, o);
      if (o.json) process.stdout.write(JSON.stringify(shown) + "\n");
      else process.stdout.write((tty && !o.once ? "\x1b[H\x1b[2J" : "") + renderTable(title, shown, color) + (tty && !o.once ? "\n(q quits)\n" : ""));
      if (o.once) return finish(0);
      timer = setTimeout(() => sendMessage(s.sock, { t: "observe" }), 1000);
    });
    s.sock.once("close", () => finish(0));
    if (tty && !o.once && process.stdin.isTTY) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding("utf8");
      process.stdin.on("data", (d: string) => {
        if (d === "q" || d === "\u0003") finish(0);
      });
      process.stdin.resume();
    }
    sendMessage(s.sock, { t: "observe" });
  });
}
