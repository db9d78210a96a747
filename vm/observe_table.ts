// The observer's table (`bin/APP observe`, `observe()` in the REPL): a snapshot's processes and
// modules, filtered and sorted, in columns as wide as their cells. Processes on old code are
// marked `old` (and yellow when colour is on).
import type { Snapshot, ProcessRow } from "./observe.ts";

export interface ViewSelection {
  all: boolean;
  sort: "reductions" | "queue" | "memory" | "pid" | "name";
  filter: string;
}

/** what the view shows of a snapshot: filtered, sorted, library modules left out unless --all */
export function selectRows(s: Snapshot, o: ViewSelection): Snapshot {
  const hit = (text: string) => o.filter === "" || text.toLowerCase().includes(o.filter.toLowerCase());
  const pidKey = (p: ProcessRow) => Number(/<\d+\.(\d+)\./.exec(p.pid)?.[1] ?? 0);
  const cmp: Record<ViewSelection["sort"], (a: ProcessRow, b: ProcessRow) => number> = {
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

