// `bin/APP upgrade apply`: the upgrade `upgrade check` judged, done live, with rollback. Like an
// appup's {:update, M, {:advanced, extra}} for modules with servers and a plain load for the
// rest: every affected server is suspended, the new code loaded, code_change/3 run, the servers
// resumed, then watched for a grace period. If any step fails, or a migrated server dies within
// the grace period, the previous code becomes current again, every server gets its saved state
// back and is resumed. Messages sent meanwhile wait in the suspended servers' mailboxes.
import type { Node } from "../../vm/node.ts";
import { atom, binFromBytes, bin, Atom, Pid, type Term, charlist } from "../../vm/terms.ts";
import { inspect } from "../../vm/inspect.ts";
import { upgradeCheck, type CheckOptions, type CheckReport } from "./upgrade_check.ts";
import { evalTerm } from "./shadow_node.ts";

export interface ApplyOptions extends CheckOptions {
  force?: boolean;
  /** how long migrated servers must survive after resume (ms of the node's clock) */
  graceMs: number;
  /** the node's sleep, scaled like its timers */
  sleep: (ms: number) => Promise<void>;
}

export interface ApplyResult {
  ok: boolean;
  text: string;
}

interface Server {
  pid: Pid;
  registered: Atom | null;
  name: string;
  module: string;
  saved?: Term;
  suspendedAt?: number;
  pauseMs?: number;
}

class StepFailed extends Error {}

export async function upgradeApply(node: Node, opts: ApplyOptions): Promise<ApplyResult> {
  const out: string[] = [];
  const check: CheckReport = await upgradeCheck(node, opts);
  if (!check.ok && !opts.force) {
    return { ok: false, text: check.text + "\nupgrade apply: refused, the check found the problems above (--force applies anyway, with rollback)\n" };
  }
  if (!check.ok) out.push(`upgrade apply --force: applying despite ${check.problems.length} problem${check.problems.length === 1 ? "" : "s"}`);
  if (check.changed.length === 0 && check.added.length === 0) return { ok: true, text: `${check.text}\nupgrade apply: nothing to load\n` };

  // the previous object code of every module about to change, for the rollback
  const previous = new Map<string, Uint8Array>();
  for (const c of check.changed) previous.set(c.module, node.code.objectCode(node.code.current(atom(c.module))!));
  // children before the supervisors that own them, as release_handler orders its suspends
  const servers: Server[] = [...check.servers].sort((a, b) => b.depth - a.depth).map((s) => ({ pid: s.pid, registered: s.registered, name: s.name, module: s.module }));
  const loaded: string[] = [];
  const step = async (label: string, source: string, bindings: Record<string, Term>, want?: (v: Term) => boolean): Promise<Term> => {
    const r = await evalTerm(node, source, bindings);
    if (!r.ok) throw new StepFailed(`${label} failed:\n${r.error.trimEnd()}`);
    if (want && !want(r.value)) throw new StepFailed(`${label} returned ${inspect(r.value)}`);
    return r.value;
  };
  const isOk = (v: Term) => v === atom("ok");

  try {
    // suspend every affected server before any code it runs changes, saving its state
    for (const s of servers) {
      await step(`:sys.suspend(${s.name})`, ":sys.suspend(pid, 5000)", { pid: s.pid }, isOk);
      s.suspendedAt = node.now();
      s.saved = await step(`:sys.get_state(${s.name})`, ":sys.get_state(pid, 5000)", { pid: s.pid });
    }
    for (const c of check.changed) {
      const file = check.files.get(c.module)!;
      await step(`loading ${inspect(atom(c.module))}`, `
        :code.purge(mod)
        :code.load_binary(mod, file, bytes)`, { mod: atom(c.module), file: charlist(file.path), bytes: binFromBytes(file.bytes) }, (v) => inspect(v) === `{:module, ${inspect(atom(c.module))}}`);
      loaded.push(c.module);
      out.push(`loaded ${inspect(atom(c.module))} (vsn ${c.oldVsn} -> ${c.newVsn})`);
    }
    for (const s of servers) {
      const c = check.changed.find((x) => x.module === s.module)!;
      await step(`:sys.change_code(${s.name}, ${inspect(atom(s.module))}, ...)`, ":sys.change_code(pid, mod, vsn, " + (opts.extra ?? "nil") + ", 5000)", { pid: s.pid, mod: atom(s.module), vsn: c.oldVsnValue }, isOk);
    }
    for (const s of servers) {
      await step(`:sys.resume(${s.name})`, ":sys.resume(pid, 5000)", { pid: s.pid }, isOk);
      s.pauseMs = node.now() - s.suspendedAt!;
      s.suspendedAt = undefined;
    }
    // the grace period: a migrated server that dies now is a failed upgrade
    const deadline = node.now() + opts.graceMs;
    while (node.now() < deadline) {
      const dead = servers.find((s) => { const p = node.lookup(s.pid); return !p || p.status === "exited"; });
      if (dead) throw new StepFailed(`${dead.name} died within the grace period after resume`);
      await opts.sleep(Math.min(50, deadline - node.now()));
    }
    const dead = servers.find((s) => { const p = node.lookup(s.pid); return !p || p.status === "exited"; });
    if (dead) throw new StepFailed(`${dead.name} died within the grace period after resume`);
    for (const s of servers) out.push(`${s.name}: migrated, paused ${Math.round(s.pauseMs!)} ms`);
    out.push(`upgrade apply: done (${loaded.length} module${loaded.length === 1 ? "" : "s"} loaded, ${servers.length} server${servers.length === 1 ? "" : "s"} migrated)`);
    return { ok: true, text: (check.ok ? "" : check.text + "\n") + out.join("\n") + "\n" };
  } catch (e) {
    if (!(e instanceof StepFailed)) throw e;
    out.push(`upgrade apply: ${e.message}`);
    out.push(...(await rollback(node, servers, loaded, previous, check)));
    return { ok: false, text: (check.ok ? "" : check.text + "\n") + out.join("\n") + "\n" };
  }
}

/** the previous code current again, every server's saved state back, everything resumed */
async function rollback(node: Node, servers: Server[], loaded: string[], previous: Map<string, Uint8Array>, check: CheckReport): Promise<string[]> {
  const out = ["rolling back:"];
  const live = (s: Server) => { const p = node.lookup(s.pid); return p && p.status !== "exited" ? s.pid : whereis(node, s); };
  for (const s of servers) {
    const pid = live(s);
    if (!pid) continue;
    if (s.suspendedAt === undefined) await evalTerm(node, ":sys.suspend(pid, 5000)", { pid });
  }
  for (const m of loaded.reverse()) {
    const bytes = previous.get(m)!;
    const r = await evalTerm(node, `
      :code.purge(mod)
      :code.load_binary(mod, file, bytes)`, { mod: atom(m), file: charlist(check.files.get(m)!.path), bytes: binFromBytes(bytes) });
    out.push(`  ${inspect(atom(m))}: the previous version is current again (${r.ok ? inspect(r.value) : r.error.trim()})`);
  }
  for (const s of servers) {
    const pid = live(s);
    if (!pid) {
      out.push(`  ${s.name}: gone, nothing to restore`);
      continue;
    }
    if (s.saved !== undefined) {
      const r = await evalTerm(node, ":sys.replace_state(pid, fn _ -> saved end, 5000)", { pid, saved: s.saved });
      out.push(`  ${s.name}: state restored${r.ok ? "" : ` (failed: ${r.error.trim()})`}`);
    }
    const r = await evalTerm(node, ":sys.resume(pid, 5000)", { pid });
    out.push(`  ${s.name}: resumed${r.ok ? "" : ` (failed: ${r.error.trim()})`}`);
  }
  out.push("upgrade apply: rolled back");
  return out;
}

/** a server restarted by its supervisor keeps its registered name */
function whereis(node: Node, s: Server): Pid | null {
  const p = s.registered ? node.registry.get(s.registered) : undefined;
  return p && p.status !== "exited" ? p.pid : null;
}
