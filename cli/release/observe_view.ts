// `bin/APP observe`: a small observer of a running release, refreshed every second: processes
// (pid, name, current function, which version of its module it runs, queue, reductions,
// memory) and modules (vsn, md5, old version present, processes on old code). Processes on old
// code are marked `old` (and shown in yellow on a terminal): a purge would kill them.
// `--once` prints one snapshot; `--json` prints it as JSON for scripts.
import type { Snapshot, ProcessRow } from "../../vm/observe.ts";
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
  // the library and the modules of evaluated expressions (rpc, remote shells) only with --all
  const modules = s.modules.filter((m) => (o.all || (!m.preloaded && !/^:elixir_eval_\d+$/.test(m.name)) || m.hasOld) && hit(m.name));
  return { at: s.at, processes, modules };
}

const cut = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + "…");

/** rows as columns: each as wide as its widest cell (right-aligned when numeric) */
function columns(header: string[], rows: string[][], right: boolean[]): string[] {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (right[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

export function renderTable(title: string, s: Snapshot, color: boolean): string {
  const isOld = (p: ProcessRow) => p.version === "old" || p.onOld.length > 0;
  const out: string[] = [];
  out.push(`${title} · ${s.processes.length} processes · ${s.modules.length} modules · ${s.processes.filter(isOld).length} on old code`);
  out.push("");
  const procs = columns(
    ["PID", "NAME", "CURRENT FUNCTION", "CODE", "MSGQ", "REDS", "MEM"],
    s.processes.map((p) => [p.pid, cut(p.name ?? "", 28), cut(p.current, 44), isOld(p) ? "old" : p.version, String(p.queue), String(p.reductions), String(p.memory)]),
    [false, false, false, false, true, true, true],
  );
  out.push(procs[0]);
  s.processes.forEach((p, i) => out.push(isOld(p) && color ? `\x1b[33m${procs[i + 1]}\x1b[0m` : procs[i + 1]));
  out.push("");
  const mods = columns(
    ["MODULE", "VSN", "MD5", "OLD VSN", "ON OLD"],
    s.modules.map((m) => [cut(m.name, 40), cut(m.vsn, 16), m.md5.slice(0, 8), cut(m.oldVsn ?? "-", 16), String(m.processesOnOld)]),
    [false, false, false, false, true],
  );
  out.push(mods[0]);
  s.modules.forEach((m, i) => out.push(m.hasOld && color ? `\x1b[33m${mods[i + 1]}\x1b[0m` : mods[i + 1]));
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
