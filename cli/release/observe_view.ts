// `bin/APP observe`: a small observer of a running release, refreshed every second: processes
// (pid, name, current function, which version of its module it runs, queue, reductions,
// memory) and modules (vsn, md5, old version present, processes on old code). Processes on old
// code are marked `old` (and shown in yellow on a terminal): a purge would kill them.
// `--once` prints one snapshot; `--json` prints it as JSON for scripts.
import type { Snapshot, ProcessRow, ModuleRow } from "../../vm/observe.ts";
import { onSessionMessage, sendMessage, type Session } from "./wire.ts";

interface ViewOptions {
  once: boolean;
  json: boolean;
  all: boolean;
  sort: "reductions" | "queue" | "memory" | "pid" | "name";
  filter: string;
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
      o.sort = k as ViewOptions["sort"];
    } else if (a === "--filter" && i + 1 < args.length) o.filter = args[++i];
    else return `observe: unknown option ${a}\nUsage: bin/APP observe [--once] [--json] [--all] [--sort ${SORTS.join("|")}] [--filter TEXT]`;
  }
  return o;
}

/** what the view shows of a snapshot: filtered, sorted, library modules left out unless --all */
export function selectRows(s: Snapshot, o: Pick<ViewOptions, "all" | "sort" | "filter">): Snapshot {
  const hit = (text: string) => o.filter === "" || text.toLowerCase().includes(o.filter.toLowerCase());
  const pidKey = (p: ProcessRow) => Number(/<\d+\.(\d+)\./.exec(p.pid)?.[1] ?? 0);
  const cmp: Record<ViewOptions["sort"], (a: ProcessRow, b: ProcessRow) => number> = {
    reductions: (a, b) => b.reductions - a.reductions || pidKey(a) - pidKey(b),
    queue: (a, b) => b.queue - a.queue || pidKey(a) - pidKey(b),
    memory: (a, b) => b.memory - a.memory || pidKey(a) - pidKey(b),
    pid: (a, b) => pidKey(a) - pidKey(b),
    name: (a, b) => (a.name ?? "~").localeCompare(b.name ?? "~") || pidKey(a) - pidKey(b),
  };
  const processes = s.processes.filter((p) => hit(`${p.pid} ${p.name ?? ""} ${p.current} ${p.initialCall ?? ""}`)).sort(cmp[o.sort]);
  const modules = s.modules.filter((m) => (o.all || !m.preloaded || m.hasOld) && hit(m.name));
  return { at: s.at, processes, modules };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

export function renderTable(title: string, s: Snapshot, color: boolean): string {
  const old = s.processes.filter((p) => p.version === "old" || p.onOld.length > 0);
  const out: string[] = [];
  out.push(`${title} · ${s.processes.length} processes · ${s.modules.length} modules · ${old.length} on old code`);
  out.push("");
  out.push(`${pad("PID", 16)}${pad("NAME", 22)}${pad("CURRENT FUNCTION", 34)}${pad("CODE", 9)}${lpad("MSGQ", 6)}${lpad("REDS", 11)}${lpad("MEM", 8)}`);
  for (const p of s.processes) {
    const onOld = p.version === "old" || p.onOld.length > 0;
    const line = `${pad(p.pid, 16)}${pad(p.name ?? "", 22)}${pad(p.current, 34)}${pad(onOld ? "old" : p.version, 9)}${lpad(String(p.queue), 6)}${lpad(String(p.reductions), 11)}${lpad(String(p.memory), 8)}`;
    out.push(onOld && color ? `\x1b[33m${line}\x1b[0m` : line);
  }
  out.push("");
  out.push(`${pad("MODULE", 34)}${pad("VSN", 24)}${pad("MD5", 10)}${pad("OLD VSN", 24)}${lpad("ON OLD", 7)}`);
  for (const m of s.modules as ModuleRow[]) {
    const line = `${pad(m.name, 34)}${pad(m.vsn, 24)}${pad(m.md5.slice(0, 8), 10)}${pad(m.oldVsn ?? "-", 24)}${lpad(String(m.processesOnOld), 7)}`;
    out.push(m.hasOld && color ? `\x1b[33m${line}\x1b[0m` : line);
  }
  return out.join("\n") + "\n";
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
