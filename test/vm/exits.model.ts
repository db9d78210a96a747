// Shared by the process property tests (test/vm/*.prop.test.ts, test/otp/supervisor.prop.test.ts):
//  - runElixir: run a generated Elixir program on a real beamlet node in deterministic mode
//    (virtual clock, seeded scheduler), capturing what it prints;
//  - a model of Erlang's exit-signal rules (links, monitors, trap_exit, exit/1, Process.exit/2),
//    used by exits.prop.test.ts.
import { Node, type NodeOptions } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { compilerHost } from "../../vm/boot.ts";
import { compileScript } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { atom } from "../../vm/terms.ts";

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | "timeout";
}

/** run `src` as a script (like `beamlet run`) on a deterministic node seeded with `seed` */
// the virtual clock makes a run independent of load; the real-time limit only catches a hang
export async function runElixir(src: string, seed: number, realTimeoutMs = 300000, nodeOpts: Omit<NodeOptions, "deterministic"> = {}): Promise<RunResult> {
  return runScriptOn((host) => new Node(host, { ...nodeOpts, deterministic: { seed } }), src, realTimeoutMs);
}

/** the least real time a run is given before it counts as hung: the limits callers give are a
 *  quiet machine's, and on a 2-core machine loaded 30 deep a run of seconds takes minutes (a
 *  60 s limit cut test/vm/max_heap_size's 200,000-deep recursions short at load 25) */
const HANG_MS = 480_000;

/** run `src` as a script on the node `makeNode` builds around a host that captures the output */
export async function runScriptOn(makeNode: (host: ReturnType<typeof nodeHost>) => Node, src: string, realTimeoutMs: number): Promise<RunResult> {
  realTimeoutMs = Math.max(realTimeoutMs, HANG_MS);
  let stdout = "";
  let stderr = "";
  const host = {
    ...nodeHost(),
    write(fd: 1 | 2, text: string) {
      if (fd === 1) stdout += text;
      else stderr += text;
    },
  };
  const node = makeNode(host);
  loadLibraryCached(node);
  const script = compileScript(parse(src, "prop.exs"), "prop.exs", compilerHost(node, new Map()), [], { fileEntry: true });
  node.code.loadCompiled(script);
  const [main] = node.spawn(null, atom("beamlet_boot"), [atom(script.name)], atom("run_script"));
  node.main = main;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((res) => {
    timer = setTimeout(() => {
      node.halt(124);
      res("timeout");
    }, realTimeoutMs);
  });
  const code = await Promise.race([node.runLoop(), timedOut]);
  clearTimeout(timer);
  return { stdout, stderr, code };
}

/** the report printed when a property fails: seed, program, expected and actual output */
export function failureReport(seed: number, src: string, expected: string, actual: RunResult): string {
  return [
    `deterministic seed ${seed}; program:`,
    src,
    "---- model expects:",
    expected,
    "---- beamlet printed (exit " + actual.code + "):",
    actual.stdout,
    actual.stderr ? "---- stderr:\n" + actual.stderr : "",
  ].join("\n");
}

// ---- a model of Erlang's exit rules ------------------------------------------------------------
//
// Processes 0..n-1 (p0 .. p{n-1}) are spawned by the main process, which traps exits and monitors
// every one of them, so it observes every death as {:DOWN, ref, :process, pid, reason}. Each
// process first sets trap_exit (or not), then all processes set up links and monitors among each
// other, then a script of actions runs one action at a time (the main process drives it and waits
// until the effects settle), and finally main prints how every process ended and the messages
// every surviving process received ({:EXIT, ...} and {:DOWN, ...}) in order.

export type Reason = "normal" | "kill" | "boom" | "shutdown";

export type Action =
  /** process `who` calls exit(reason) on itself */
  | { kind: "exit"; who: number; reason: Exclude<Reason, "kill"> | "kill" }
  /** process `who` calls Process.exit(target, reason) */
  | { kind: "signal"; who: number; target: number; reason: Reason }
  /** process `who` raises (an error: reason {%RuntimeError{}, stack}) */
  | { kind: "raise"; who: number }
  /** process `who` returns from its function (ends normally) */
  | { kind: "finish"; who: number }
  /** process `who` takes a new monitor on `target` (maybe dead: :noproc) */
  | { kind: "monitor"; who: number; target: number }
  /** process `who` demonitors (with :flush) its first monitor on `target`, if it holds one */
  | { kind: "demonitor"; who: number; target: number };

export interface ExitScenario {
  n: number;
  trap: boolean[];
  links: [number, number][];
  monitors: [number, number][]; // [watcher, target]
  actions: Action[];
}

export interface ModelProc {
  alive: boolean;
  reason: string | null; // how it ended, rendered
  trap: boolean;
  links: Set<number>;
  /** monitors it holds, in creation order (fired ones too: demonitor(ref, [:flush]) still flushes their DOWN) */
  monitors: { id: number; target: number; active: boolean }[];
  /** messages in its mailbox, rendered: EXIT(p1,boom) DOWN(m3,p2,boom) */
  inbox: string[];
}

export function runExitModel(s: ExitScenario): ModelProc[] {
  const ps: ModelProc[] = [];
  for (let i = 0; i < s.n; i++) ps.push({ alive: true, reason: null, trap: s.trap[i], links: new Set(), monitors: [], inbox: [] });
  let monId = 0;
  for (const [a, b] of s.links) {
    if (a === b) continue;
    ps[a].links.add(b);
    ps[b].links.add(a);
  }
  for (const [w, t] of s.monitors) ps[w].monitors.push({ id: monId++, target: t, active: true });
  const die = (i: number, reason: string) => {
    const queue: [number, string][] = [[i, reason]];
    while (queue.length) {
      const [d, r] = queue.shift()!;
      const p = ps[d];
      if (!p.alive) continue;
      p.alive = false;
      p.reason = r;
      for (const o of [...p.links]) {
        ps[o].links.delete(d);
        const q = ps[o];
        if (!q.alive) continue;
        // a link signal: trapped into a message, ignored when normal, else the linked process dies
        // with the same reason (even :kill: only Process.exit/2's kill is untrappable)
        if (q.trap) q.inbox.push(`EXIT(p${d},${r})`);
        else if (r !== "normal") queue.push([o, r]);
      }
      p.links.clear();
      for (const q of ps) {
        if (!q.alive) continue;
        for (const m of q.monitors) {
          if (m.active && m.target === d) {
            m.active = false;
            q.inbox.push(`DOWN(m${m.id},p${d},${r})`);
          }
        }
      }
    }
  };
  for (const a of s.actions) {
    const p = ps[a.who];
    // every monitor action has an id (the program numbers them all), even when it is dropped
    const id = a.kind === "monitor" ? monId++ : -1;
    if (!p.alive) continue; // a dead process does nothing (the driver's command is dropped)
    switch (a.kind) {
      case "exit":
        // exit/1 ends the process itself whatever trap_exit says; exit(:kill) is an ordinary
        // reason :kill (only Process.exit/2 turns kill into killed)
        die(a.who, a.reason);
        break;
      case "raise":
        die(a.who, "error");
        break;
      case "finish":
        die(a.who, "normal");
        break;
      case "signal": {
        const t = ps[a.target];
        if (!t.alive) break;
        if (a.reason === "kill") die(a.target, "killed");
        else if (t.trap) t.inbox.push(`EXIT(p${a.who},${a.reason})`);
        else if (a.reason === "normal") {
          // a normal exit signal kills only when a process sends it to itself
          if (a.target === a.who) die(a.target, "normal");
        } else die(a.target, a.reason);
        break;
      }
      case "monitor": {
        const alive = ps[a.target].alive;
        p.monitors.push({ id, target: a.target, active: alive });
        if (!alive) p.inbox.push(`DOWN(m${id},p${a.target},noproc)`);
        break;
      }
      case "demonitor": {
        const k = p.monitors.findIndex((m) => m.target === a.target);
        if (k >= 0) {
          const m = p.monitors[k];
          p.monitors.splice(k, 1);
          p.inbox = p.inbox.filter((x) => !x.startsWith(`DOWN(m${m.id},`));
        }
        break;
      }
    }
  }
  return ps;
}

/**
 * Erlang orders signals only per (sender, receiver) pair, so a mailbox is compared as its
 * per-sender subsequences (the sender of EXIT(pN,..) and DOWN(..,pN,..) is pN)
 */
export function canonicalInbox(msgs: string[]): string {
  const by = new Map<string, string[]>();
  for (const m of msgs) {
    const from = /p(\d+)/.exec(m.startsWith("DOWN") ? m.split(",")[1] : m)![1];
    if (!by.has(from)) by.set(from, []);
    by.get(from)!.push(m);
  }
  return [...by.keys()].sort().map((k) => by.get(k)!.join(" ")).join(" | ");
}
