// `bin/APP upgrade check`: what an upgrade to the object files now on the code path (or in
// --from DIR) would do to the running node, without changing anything on it. Modules are
// compared by md5; the processes a changed module touches are found from what the node knows
// (proc_lib's $initial_call for servers, frames for code that runs in a module); each affected
// server's state is copied and the new version's code_change/3 runs on the copy in a shadow node
// (a second node in this OS process with the node's code and the new versions loaded).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Node } from "../../vm/node.ts";
import type { Process } from "../../vm/process.ts";
import type { ModuleVersion, CompiledModule } from "../../vm/module.ts";
import { Atom, Tuple, Pid, Port, atom, list, listToArray, type Term } from "../../vm/terms.ts";
import { readModule } from "../../vm/bytecode_file.ts";
import { inspect } from "../../vm/inspect.ts";
import { OBJ_EXT } from "../../vm/code_server.ts";
import { evalTerm, ShadowNode } from "./shadow_node.ts";
import { hex } from "../../vm/observe.ts";
import { funsHeld } from "../../vm/fun_holders.ts";
import { termText } from "../project/node_util.ts";

export interface CheckOptions {
  /** ebin directories holding the new object files (default: the node's code path) */
  dirs: string[];
  /** the `extra` argument given to code_change/3 (Elixir source; default nil) */
  extra?: string;
  /** replay each server's last N recorded messages on its migrated copy */
  replay?: number;
}

export interface ModuleChange {
  module: string;
  oldVsn: string;
  newVsn: string;
  oldMd5: string;
  newMd5: string;
  compiled: CompiledModule;
  /** what :sys.change_code passes as the old vsn (the tutorial's 1) */
  oldVsnValue: Term;
}

export interface AffectedServer {
  pid: Pid;
  registered: Atom | null;
  name: string;
  module: string;
  supervisor: string | null;
  /** how deep in the supervision tree ($ancestors): children come before their supervisors */
  depth: number;
  /** "ok: NEW_STATE", or why the migration would fail */
  outcome: string;
  ok: boolean;
}

export interface CheckReport {
  ok: boolean;
  text: string;
  changed: ModuleChange[];
  added: string[];
  removed: string[];
  unchanged: string[];
  badfiles: string[];
  servers: AffectedServer[];
  /** processes a purge would kill (running the module's code, or already on its old code) */
  doomed: { pid: string; name: string; module: string; why: string; supervisor: string | null; restart: string | null }[];
  /** processes holding funs made by a changed module's code (they keep that code: R10/R10b) */
  funHolders: { pid: string; name: string; module: string; funs: string[]; complete: boolean; version: "current" | "old" }[];
  /** what the user should know that does not make the upgrade unsafe */
  warnings: string[];
  problems: string[];
  /** the new object files by module */
  files: Map<string, { path: string; bytes: Uint8Array }>;
  /** modules with an old version on the node now, and how many processes run it */
  lingering: { module: string; processes: number }[];
}

const modName = (m: string) => inspect(atom(m));

function dictValue(p: Process, key: string): Term | undefined {
  for (const [k, v] of p.dictionary.values()) if (k instanceof Atom && k.name === key) return v;
  return undefined;
}

function ancestorsOf(p: Process): Term[] {
  const anc = dictValue(p, "$ancestors");
  return (anc !== undefined && listToArray(anc)) || [];
}

function supervisorOf(p: Process): string | null {
  const anc = ancestorsOf(p);
  return anc.length ? inspect(anc[0]) : null;
}

function processName(p: Process): string {
  return p.registeredName ? `${inspect(p.registeredName)} ${inspect(p.pid)}` : inspect(p.pid);
}

/** the callback module of a gen_server-like process, from proc_lib's $initial_call */
function callbackModule(p: Process): string | null {
  const ic = dictValue(p, "$initial_call");
  if (!(ic instanceof Tuple) || ic.items.length !== 3) return null;
  const [m, f, a] = ic.items;
  if (m instanceof Atom && f instanceof Atom && f.name === "init" && a === 1) return m.name;
  if (m instanceof Atom && m.name === "supervisor" && f instanceof Atom) return f.name;
  return null;
}

/** a Supervisor or DynamicSupervisor process (what proc_lib recorded as its initial call) */
function isSupervisor(p: Process): boolean {
  const ic = dictValue(p, "$initial_call");
  if (!(ic instanceof Tuple) || ic.items.length !== 3) return false;
  const m = ic.items[0];
  return m instanceof Atom && (m.name === "supervisor" || m.name === "Elixir.DynamicSupervisor");
}

/**
 * The supervisor of `p` and the restart type it holds for it (:permanent, :transient, :temporary).
 * proc_lib processes name their parent in $ancestors; a child started by a plain spawn_link has
 * none, so the supervisors it is linked to are asked too.
 */
async function supervision(node: Node, p: Process): Promise<{ supervisor: string | null; restart: string | null }> {
  // only supervisors are asked: a plain process would not answer :sys.get_state
  const candidates: Process[] = [];
  const parent = ancestorsOf(p)[0];
  const parentProcess = parent instanceof Pid ? node.lookup(parent) : parent instanceof Atom ? node.registry.get(parent) : undefined;
  if (parentProcess && isSupervisor(parentProcess)) candidates.push(parentProcess);
  for (const l of p.links) if (!(l instanceof Port) && l.status !== "exited" && isSupervisor(l) && !candidates.includes(l)) candidates.push(l);
  for (const c of candidates) {
    const sup = c.registeredName ?? c.pid;
    const r = await evalTerm(node, RESTART_TYPE, { sup, pid: p.pid });
    if (r.ok && r.value instanceof Atom && r.value.name !== "nil") return { supervisor: inspect(sup), restart: inspect(r.value) };
  }
  return { supervisor: supervisorOf(p), restart: null };
}

// a Supervisor's state is OTP's #state record, its children #child records in a map by id
// (lib/otp/supervisor_server.ex); a DynamicSupervisor's the struct, children in a map by pid
const RESTART_TYPE = `
case :sys.get_state(sup, 5000) do
  state when is_tuple(state) and tuple_size(state) > 3 and elem(state, 0) == :state ->
    {_ids, db} = elem(state, 3)
    Enum.find_value(Map.values(db), fn
      {:child, ^pid, _id, _mfa, restart, _significant, _shutdown, _type, _modules} -> restart
      _ -> nil
    end)
  %{children: %{^pid => {_mfa, restart, _shutdown, _type, _modules}}} -> restart
  _ -> nil
end`;

/** what happens to a killed child of a supervisor with this restart type */
function afterKill(restart: string | null): string {
  if (restart === ":permanent" || restart === ":transient") return `restart ${restart}: its supervisor restarts it, on the new code, and counts the restart against its intensity`;
  if (restart === ":temporary") return "restart :temporary: its supervisor does not restart it";
  return "no supervisor restarts it";
}

function runsVersion(p: Process, v: ModuleVersion): boolean {
  return p.version === v || p.frameVersions.includes(v);
}

/** the new object files: module name -> bytes, and the files that are not valid object code */
function readObjectFiles(dirs: string[]): { files: Map<string, { compiled: CompiledModule; bytes: Uint8Array; file: string }>; badfiles: string[] } {
  const files = new Map<string, { compiled: CompiledModule; bytes: Uint8Array; file: string }>();
  const badfiles: string[] = [];
  for (const dir of dirs) {
    let entries: string[] = [];
    try {
      entries = fs.readdirSync(dir).filter((f) => f.endsWith(OBJ_EXT)).sort();
    } catch {
      continue;
    }
    for (const f of entries) {
      const file = path.join(dir, f);
      const bytes = new Uint8Array(fs.readFileSync(file));
      const compiled = readModule(bytes);
      const name = f.slice(0, -OBJ_EXT.length);
      if (!compiled || compiled.name !== name) {
        badfiles.push(file);
        continue;
      }
      if (!files.has(name)) files.set(name, { compiled, bytes, file });
    }
  }
  return { files, badfiles };
}

export async function upgradeCheck(node: Node, opts: CheckOptions): Promise<CheckReport> {
  const { files, badfiles } = readObjectFiles(opts.dirs);
  const changed: ModuleChange[] = [];
  const added: string[] = [];
  const unchanged: string[] = [];
  const problems: string[] = [];
  const shadow = new ShadowNode(node);
  for (const [name, f] of files) {
    const cur = node.code.current(atom(name));
    if (!cur) {
      added.push(name);
      continue;
    }
    const oldMd5 = hex(node.code.md5Of(cur));
    // (a file that is no module has no md5: it is not the loaded code)
    const newMd5 = hex(node.code.md5OfObjectCode(f.bytes) ?? new Uint8Array(0));
    if (oldMd5 === newMd5) {
      unchanged.push(name);
      continue;
    }
    const newV = shadow.load(f.compiled, f.file, f.bytes);
    changed.push({ module: name, oldVsn: inspect(node.code.vsn(cur)), newVsn: inspect(shadow.node.code.vsn(newV)), oldMd5, newMd5, compiled: f.compiled, oldVsnValue: vsnValue(node.code.vsn(cur)) });
  }
  for (const name of added) shadow.load(files.get(name)!.compiled, files.get(name)!.file, files.get(name)!.bytes);
  const removed = [...node.code.modules.keys()]
    .filter((m) => !node.code.preloaded.has(m) && node.code.current(m)?.loadedFrom && opts.dirs.some((d) => String(node.code.current(m)!.loadedFrom).startsWith(path.resolve(d))) && !files.has(m.name))
    .map((m) => m.name);
  for (const f of badfiles) problems.push(`${f}: not valid object code (:badfile); loading it would fail`);

  const live = [...node.processes.values()].filter((p) => p.status !== "exited");
  const servers: AffectedServer[] = [];
  const doomed: CheckReport["doomed"] = [];
  const funHolders: CheckReport["funHolders"] = [];
  for (const c of changed) {
    const m = atom(c.module);
    if (c.oldVsn === c.newVsn) problems.push(`${modName(c.module)}: the code changed but @vsn did not (${c.oldVsn}): code_change/3 would be called with the new version's own vsn`);
    const cur = node.code.current(m)!;
    const old = node.code.modules.get(m)?.old ?? null;
    for (const p of live) {
      if (old && runsVersion(p, old)) {
        const { supervisor, restart } = await supervision(node, p);
        doomed.push({ pid: inspect(p.pid), name: processName(p), module: c.module, why: `runs the old version of ${modName(c.module)} already: the purge before loading kills it; ${afterKill(restart)}`, supervisor, restart });
      } else if (runsVersion(p, cur) && callbackModule(p) !== c.module) {
        // (a server in one of its callbacks returns to the gen_server loop: not local recursion)
        const { supervisor, restart } = await supervision(node, p);
        doomed.push({ pid: inspect(p.pid), name: processName(p), module: c.module, why: `runs ${modName(c.module)}'s code (local calls stay on the old version after the load): the next purge kills it; ${afterKill(restart)}`, supervisor, restart });
      }
      // (a fun of code purged before is broken already, whatever this upgrade does; a process
      // the purge kills is named above already)
      if (doomed.some((d) => d.pid === inspect(p.pid) && d.module === c.module)) continue;
      const held = funsHeld(p, c.module);
      const funs = held.funs.filter((f) => f.version === cur || f.version === old);
      if (funs.length) {
        const onOld = funs.some((f) => f.version === old);
        funHolders.push({ pid: inspect(p.pid), name: processName(p), module: c.module, funs: funs.map((f) => inspect(f)), complete: held.complete, version: onOld ? "old" : "current" });
      }
    }
    for (const p of live) {
      if (callbackModule(p) !== c.module || doomed.some((d) => d.pid === inspect(p.pid))) continue;
      servers.push(await migrateCopy(node, shadow, p, c, opts.extra ?? "nil", opts.replay ?? 0));
    }
  }
  void shadow.stop();
  // old code already on the node, whatever this upgrade loads: what the next purge of it kills
  const lingering = [...node.code.modules].filter(([, sl]) => sl.old).map(([m, sl]) => ({ module: m.name, processes: live.filter((p) => runsVersion(p, sl.old!)).length }));
  for (const d of doomed) problems.push(`${d.name} ${d.why}${d.supervisor ? ` (supervisor ${d.supervisor})` : ""}`);
  for (const s of servers) if (!s.ok) problems.push(`${s.name}: ${s.outcome}`);
  const warnings = funHolders.map((h) => `${h.name} holds ${h.funs.length === 1 ? "a fun" : "funs"} made by ${modName(h.module)}'s ${h.version} code: ${funHolderHazard(h.version)}`);
  const ok = problems.length === 0;
  const fileMap = new Map([...files].map(([m, f]) => [m, { path: f.file, bytes: f.bytes }]));
  const report = { changed, added, removed, unchanged, badfiles, servers, doomed, funHolders, warnings, problems, lingering, files: fileMap, ok };
  return { ...report, text: render(report) };
}

/** copy the server's state and run the new version's code_change/3 on the copy in the shadow node */
async function migrateCopy(node: Node, shadow: ShadowNode, p: Process, c: ModuleChange, extra: string, replay: number): Promise<AffectedServer> {
  const base = { pid: p.pid, registered: p.registeredName, name: processName(p), module: c.module, supervisor: supervisorOf(p), depth: ancestorsOf(p).length };
  const got = await evalTerm(node, ":sys.get_state(pid, 5000)", { pid: p.pid });
  if (!got.ok) return { ...base, ok: false, outcome: `its state could not be read: ${got.error.trim()}` };
  const oldVsn = c.oldVsnValue;
  const r = await shadow.eval(`
    if function_exported?(mod, :code_change, 3) do
      mod.code_change(vsn, state, ${extra})
    else
      {:ok, state}
    end`, { mod: atom(c.module), vsn: oldVsn, state: got.value });
  const call = `code_change(${inspect(oldVsn)}, ${inspect(got.value)}, ${extra})`;
  if (!r.ok) return { ...base, ok: false, outcome: `${call} raised in a shadow node:\n${indent(r.error.trimEnd(), 6)}` };
  const v = r.value;
  if (!(v instanceof Tuple && v.items.length === 2 && v.items[0] === atom("ok"))) return { ...base, ok: false, outcome: `${call} returned ${inspect(v)} (an upgrade needs {:ok, new_state})` };
  const migrated = `${call} -> {:ok, ${inspect(v.items[1])}}`;
  if (replay <= 0) return { ...base, ok: true, outcome: migrated };
  if (node.traceMessages === 0) return { ...base, ok: true, outcome: `${migrated}\n    no messages to replay: the node does not record them (start it with BEAMLET_TRACE_MESSAGES=N)` };
  const recent = (p.recentMessages ?? []).filter((m) => !(m instanceof Tuple && m.items[0] === atom("system") && m.items.length === 3)).slice(-replay);
  const rr = await shadow.eval(REPLAY, { mod: atom(c.module), msgs: list(recent), state: v.items[1] });
  if (!rr.ok) return { ...base, ok: false, outcome: `${migrated}\n    the replay failed: ${rr.error.trim()}` };
  const t = rr.value as Tuple;
  const tag = (t.items[0] as Atom).name;
  if (tag === "ok") return { ...base, ok: true, outcome: `${migrated}\n    replayed ${recent.length} recorded message${recent.length === 1 ? "" : "s"} on the migrated state -> ${inspect(t.items[1])}` };
  const [, i, msg, detail] = t.items;
  const what = `replaying message ${inspect(i)} of ${recent.length} (${inspect(msg)}) on the migrated state`;
  if (tag === "crashed") return { ...base, ok: false, outcome: `${migrated}\n    ${what} raised:\n${indent(termText(detail).trimEnd(), 6)}` };
  if (tag === "stopped") return { ...base, ok: false, outcome: `${migrated}\n    ${what} stopped the server: ${inspect(detail)}` };
  return { ...base, ok: false, outcome: `${migrated}\n    ${what} returned ${inspect(detail)}` };
}

/** the recorded messages handed to the new version's callbacks, in order, as the gen_server loop would */
const REPLAY = `
Enum.reduce_while(Enum.with_index(msgs, 1), {:ok, state}, fn {msg, i}, {:ok, st} ->
  result =
    try do
      case msg do
        {:"$gen_cast", m} -> mod.handle_cast(m, st)
        {:"$gen_call", from, req} -> mod.handle_call(req, from, st)
        other -> if function_exported?(mod, :handle_info, 2), do: mod.handle_info(other, st), else: {:noreply, st}
      end
    catch
      kind, reason -> {:__raised__, Exception.format(kind, reason, __STACKTRACE__)}
    end

  case result do
    {:__raised__, text} -> {:halt, {:crashed, i, msg, text}}
    {:noreply, s} -> {:cont, {:ok, s}}
    {:noreply, s, _} -> {:cont, {:ok, s}}
    {:reply, _, s} -> {:cont, {:ok, s}}
    {:reply, _, s, _} -> {:cont, {:ok, s}}
    {:stop, :normal, _} -> {:halt, {:ok, :stopped_normally}}
    {:stop, :normal, _, _} -> {:halt, {:ok, :stopped_normally}}
    {:stop, reason, _} -> {:halt, {:stopped, i, msg, reason}}
    {:stop, reason, _, _} -> {:halt, {:stopped, i, msg, reason}}
    other -> {:halt, {:bad_return, i, msg, other}}
  end
end)`;

/** the value :sys.change_code passes: the vsn attribute's single element, as in the tutorial */
function vsnValue(vsn: Term): Term {
  const items = listToArray(vsn) ?? [vsn];
  return items.length === 1 ? items[0] : list(items);
}

/** what loading the new version does to a fun made by the given version of the code (one wording for the report and its warnings) */
function funHolderHazard(version: "current" | "old"): string {
  return version === "old"
    ? "the purge before loading makes calling it raise BadFunctionError"
    : "it keeps running that code until the next purge, then calling it raises BadFunctionError";
}

const indent = (s: string, n: number) => s.split("\n").map((l) => " ".repeat(n) + l).join("\n");

function render(r: Omit<CheckReport, "text">): string {
  const out: string[] = [];
  const names = (xs: string[]) => (xs.length ? xs.map(modName).join(", ") : "none");
  out.push(`changed: ${r.changed.length ? "" : "none"}`);
  for (const c of r.changed) out.push(`  ${modName(c.module)}  vsn ${c.oldVsn} -> ${c.newVsn}  md5 ${c.oldMd5.slice(0, 8)} -> ${c.newMd5.slice(0, 8)}`);
  out.push(`not loaded on the node (new, or not used yet): ${names(r.added)}`);
  out.push(`removed: ${names(r.removed)}`);
  out.push(`unchanged: ${r.unchanged.length} module${r.unchanged.length === 1 ? "" : "s"}`);
  if (r.lingering.length) out.push(`old code on the node: ${r.lingering.map((l) => `${modName(l.module)} (${l.processes} process${l.processes === 1 ? "" : "es"} on it)`).join(", ")}`);
  for (const c of r.changed) {
    const ss = r.servers.filter((s) => s.module === c.module);
    const ds = r.doomed.filter((d) => d.module === c.module);
    const hs = r.funHolders.filter((h) => h.module === c.module);
    if (!ss.length && !ds.length && !hs.length) continue;
    out.push(``, `${modName(c.module)}:`);
    for (const s of ss) out.push(`  server ${s.name}${s.supervisor ? ` (supervisor ${s.supervisor})` : ""}`, `    ${s.outcome}`);
    for (const d of ds) out.push(`  process ${d.name}${d.supervisor ? ` (supervisor ${d.supervisor})` : ""}`, `    ${d.why}`);
    for (const h of hs) out.push(`  process ${h.name} holds ${h.funs.join(", ")}${h.complete ? "" : " (and maybe more: its heap was only partly scanned)"}`, `    made by the ${h.version} code: ${funHolderHazard(h.version)}`);
  }
  out.push(``);
  if (r.warnings.length) out.push(`warnings:`, ...r.warnings.map((w) => `  - ${w}`));
  if (r.ok) out.push(`verdict: safe`);
  else out.push(`verdict: unsafe`, ...r.problems.map((p) => `  - ${p.split("\n")[0]}`));
  return out.join("\n") + "\n";
}
