// A snapshot of a node for `bin/APP observe`: every process with the module version it runs
// (current or old: processes on old code are the ones a purge would kill) and every loaded
// module with its versions. Plain data, so it travels as JSON over the control socket.
import { Atom, Pid, Tuple, atom, type Term } from "./terms.ts";
import { serverLoopShown } from "./server_loop_shown.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";
import type { ModuleVersion } from "./module.ts";
import { inspect } from "./inspect.ts";

export interface ProcessRow {
  pid: string;
  name: string | null;
  /** Module.fun/arity the process is in */
  current: string;
  /** which version of that module: "current", "old", or "gone" (purged or deleted) */
  version: "current" | "old" | "gone";
  /** modules of which some frame of this process runs the old version */
  onOld: string[];
  /** the callback module of a GenServer/Agent/Supervisor/Task ($initial_call), if any */
  initialCall: string | null;
  queue: number;
  reductions: number;
  memory: number;
  status: string;
}

export interface ModuleRow {
  name: string;
  vsn: string;
  md5: string;
  loadedFrom: string | null;
  hasOld: boolean;
  oldVsn: string | null;
  /** processes with a frame on the old version */
  processesOnOld: number;
  /** part of the standard library */
  preloaded: boolean;
}

export interface Snapshot {
  at: number;
  processes: ProcessRow[];
  modules: ModuleRow[];
}

const moduleName = (m: Atom) => inspect(m);

/** an md5 (or any bytes) as lowercase hex */
export const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

function versionState(node: Node, v: ModuleVersion): "current" | "old" | "gone" {
  if (node.code.current(v.module) === v) return "current";
  if (node.code.modules.get(v.module)?.old === v) return "old";
  return "gone";
}

function framesOf(p: Process): ModuleVersion[] {
  const vs = [...p.frameVersions];
  if (p.version) vs.push(p.version);
  return vs;
}

function initialCallOf(p: Process): string | null {
  for (const [k, v] of p.dictionary.values()) {
    if (k instanceof Atom && k.name === "$initial_call" && v instanceof Tuple && v.items.length === 3) {
      const [m, f, a] = v.items;
      if (m instanceof Atom && f instanceof Atom) return `${moduleName(m)}.${f.name}/${inspect(a as Term)}`;
    }
  }
  return null;
}

function currentText(module: Atom, name: string, arity: number): string {
  const [m, f, a] = serverLoopShown(module.name, name, arity) ?? [module.name, name, arity];
  return `${moduleName(atom(m))}.${f}/${a}`;
}

export function processRow(node: Node, p: Process): ProcessRow {
  const v = p.version;
  const f = v?.functions[p.fn];
  const onOld = new Set<string>();
  for (const fv of framesOf(p)) if (versionState(node, fv) === "old") onOld.add(moduleName(fv.module));
  return {
    pid: inspect(p.pid as Pid),
    name: p.registeredName ? inspect(p.registeredName) : null,
    current: v && f ? currentText(v.module, f.name, f.arity) : "undefined",
    version: v ? versionState(node, v) : "gone",
    onOld: [...onOld].sort(),
    initialCall: initialCallOf(p),
    queue: p.mailbox.length,
    reductions: p.reductions,
    memory: 233 + p.sp,
    status: p.status,
  };
}

/** processes and modules now; `preloaded: false` leaves out the library's modules (which then
 *  are not decoded, where the library is decoded lazily) */
export function snapshot(node: Node, opts: { preloaded?: boolean } = {}): Snapshot {
  const processes = [...node.processes.values()].filter((p) => p.status !== "exited").map((p) => processRow(node, p));
  const modules: ModuleRow[] = [];
  for (const [m, slots] of node.code.modules) {
    if (opts.preloaded === false && node.code.preloaded.has(m)) continue;
    // a library module whose bytecode the host has not fetched yet (a page's): its version is not
    // known until a program first uses it
    if (slots.pending !== null) continue;
    const cur = slots.current;
    const old = slots.old;
    if (!cur && !old) continue;
    const shown = (cur ?? old)!;
    const md5 = hex(node.code.md5Of(shown));
    modules.push({
      name: moduleName(m),
      vsn: inspect(node.code.vsn(shown)),
      md5,
      loadedFrom: shown.loadedFrom,
      hasOld: !!old,
      oldVsn: old ? inspect(node.code.vsn(old)) : null,
      processesOnOld: old ? [...node.processes.values()].filter((p) => p.status !== "exited" && framesOf(p).includes(old)).length : 0,
      preloaded: node.code.preloaded.has(m),
    });
  }
  modules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { at: node.now(), processes, modules };
}
