// A release's running node: the application's supervision tree plus the control socket that
// serves rpc, remote shells, pid and stop to peers that prove the cookie.
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import type { Node } from "../../vm/node.ts";
import type { ProcessOutput } from "../../vm/process.ts";
import { atom, Tuple, type Term } from "../../vm/terms.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { parse } from "../../lang/parse.ts";
import { bootNode, evalSource, exitReasonText, hostFor } from "../project/node_util.ts";
import { fileWarnings, knownExportsOf, formatWarning, withOtpWarnings, type Warning } from "../../compiler/warnings/index.ts";
import { tokenWarnings } from "../../compiler/warnings/tokens.ts";
import { startApplication } from "../project/run.ts";
import { StartInfo, socketPath, isRunning, readCookie, macMatches, sendMessage, peerBacklog } from "./wire.ts";
import { onFrames, TO_NODE, MAX_FRAME, MAX_FRAME_UNAUTHED } from "./frames.ts";
import { RefusalLog } from "./refusal_log.ts";
import { safeWrite } from "../output_faults.ts";
import { nodeOptionsFromEnv } from "../run_script.ts";
import { startRepl } from "../repl/session.ts";
import { snapshot } from "../../vm/observe.ts";
import { upgradeCheck } from "./upgrade_check.ts";
import { upgradeApply } from "./upgrade_apply.ts";
import { releaseCreation, releaseNodeName } from "./node_name.ts";
import { installBreakMenu } from "../break_menu.ts";
import { stopOnSigterm, sigtermReady } from "../sigterm.ts";
import { releaseConfigPreamble } from "../project/config.ts";
import { badObjectFiles } from "./object_files.ts";

export function ebinDirs(root: string): string[] {
  const lib = path.join(root, "lib");
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(lib).sort();
  } catch {
    /* none */
  }
  return entries.map((e) => path.join(lib, e, "ebin")).filter((d) => fs.existsSync(d));
}

/** a node with the release's code path (eval, and the running node) */
export function releaseNode(root: string): Node {
  const node = bootNode();
  // BEAMLET_TRACE_MESSAGES=N: every process keeps its last N messages (upgrade check --replay N)
  const trace = Number(process.env.BEAMLET_TRACE_MESSAGES ?? 0);
  if (Number.isInteger(trace) && trace > 0) node.traceMessages = Math.min(trace, 10_000);
  node.code.path = [...ebinDirs(root), ...node.code.path];
  return node;
}

function log(text: string): void {
  const d = new Date();
  const ts = [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":") + "." + String(d.getMilliseconds()).padStart(3, "0");
  safeWrite(process.stdout, `\n${ts} [error] ${text}\n`);
}

export async function startNode(root: string, info: StartInfo): Promise<number> {
  const sockPath = socketPath(root, info.app);
  if (await isRunning(sockPath)) {
    process.stderr.write(`beamlet: the node ${info.app} is already running (socket ${path.join(root, "tmp", info.app + ".sock")}); use \`bin/${info.app} stop\` first\n`);
    return 1;
  }
  fs.mkdirSync(path.join(root, "tmp"), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.join(root, "tmp"), 0o700);
  fs.rmSync(sockPath, { force: true });
  let cookie: string;
  try {
    cookie = readCookie(root);
  } catch {
    process.stderr.write(`beamlet: cannot read the release cookie ${path.join(root, "releases", "COOKIE")}\n`);
    return 1;
  }
  const bad = badObjectFiles(ebinDirs(root));
  if (bad.length > 0) {
    for (const b of bad) process.stderr.write(`beamlet: cannot boot ${info.app}: ${b.file} is not valid object code (:badfile): ${b.reason}\n`);
    return 1;
  }
  const node = releaseNode(root);
  // a release's node is started with --sname APP: node() answers APP@HOST in rpc, remote and the
  // application's own processes
  node.name = atom(releaseNodeName(info.app));
  node.creation = releaseCreation();
  node.cookie = atom(cookie);
  const loop = node.runLoop();
  const keepAlive = setInterval(() => {}, 1 << 30);
  const pidFile = path.join(root, "tmp", `${info.app}.pid`);
  let server: net.Server | null = null;
  const cleanup = () => {
    try {
      server?.close();
    } catch {
      /* closing */
    }
    try {
      if (fs.existsSync(pidFile) && fs.readFileSync(pidFile, "utf8").trim() === String(process.pid)) {
        fs.rmSync(pidFile, { force: true });
        fs.rmSync(sockPath, { force: true });
      }
    } catch {
      /* best effort */
    }
  };
  process.on("exit", cleanup);
  // SIGTERM stops the node as init:stop does (cli/sigterm.ts); SIGHUP ends it as the signal ends
  // a BEAM, which has no handler for it (128 + 1)
  stopOnSigterm(node, { graceMs: 5000, held: true });
  process.on("SIGHUP", () => process.exit(129));
  // Ctrl-C on the terminal: the BREAK menu, as the BEAM shows it
  installBreakMenu(node);

  const started = await startApplication(node, info.app, info.version, info.spec, await releaseConfigPreamble(node, root, info), [], true, "permanent");
  sigtermReady();
  if (!started) {
    clearInterval(keepAlive);
    node.halt(1);
    await loop;
    return 1;
  }
  const control = new ControlServer(node, cookie, info, root);
  server = net.createServer((sock) => control.serve(sock));
  const oldMask = process.umask(0o077);
  try {
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(sockPath, () => resolve());
    });
  } catch (e) {
    process.umask(oldMask);
    process.stderr.write(`beamlet: cannot listen on ${sockPath}: ${(e as Error).message}\n`);
    process.exit(1);
  }
  process.umask(oldMask);
  fs.chmodSync(sockPath, 0o600);
  fs.writeFileSync(pidFile, String(process.pid), { mode: 0o600 });
  const code = await loop;
  clearInterval(keepAlive);
  return code;
}

/** how long a peer has to prove the cookie, whatever it sends meanwhile */
export const AUTH_DEADLINE_MS = 10_000;
/** connections still proving the cookie; a new one beyond this closes the oldest */
export const MAX_UNAUTHED = 32;

/** the control socket's server side: authentication, then pid/stop/rpc/remote requests */
class ControlServer {
  private unauthed = new Set<net.Socket>();
  readonly refusals: RefusalLog;

  constructor(private node: Node, private cookie: string, private info: StartInfo, private root: string) {
    this.refusals = new RefusalLog(info.app, log);
  }

  serve(sock: net.Socket): void {
    const { info } = this;
    sock.on("error", () => {});
    if (this.unauthed.size >= MAX_UNAUTHED) {
      // the oldest pending peer has had the longest to answer: a flood of idle connections cannot
      // lock a real peer (which answers within milliseconds) out
      const oldest = this.unauthed.values().next().value!;
      this.unauthed.delete(oldest);
      oldest.destroy();
    }
    this.unauthed.add(sock);
    const nonce = randomBytes(32).toString("hex");
    let authed = false;
    const deadline = setTimeout(() => sock.destroy(), AUTH_DEADLINE_MS * nodeOptionsFromEnv().timeScale);
    sock.once("close", () => {
      clearTimeout(deadline);
      this.unauthed.delete(sock);
    });
    sendMessage(sock, { t: "challenge", nonce });
    let input: PassThrough | null = null;
    onFrames(sock, TO_NODE, () => (authed ? MAX_FRAME : MAX_FRAME_UNAUTHED), (m) => {
      if (!authed) {
        if (m.t === "auth" && macMatches(this.cookie, nonce, m.mac)) {
          authed = true;
          clearTimeout(deadline);
          this.unauthed.delete(sock);
          sendMessage(sock, { t: "welcome", app: info.app, version: info.version, pid: process.pid });
          return;
        }
        // the first wrong answer ends the connection: one guess per nonce
        this.refusals.refused();
        sendMessage(sock, { t: "refused", message: `** (beamlet) the node ${info.app} refused the connection: invalid cookie (set RELEASE_COOKIE or use the release's releases/COOKIE)` });
        sock.end(() => sock.destroy());
        return "stop";
      }
      switch (m.t) {
        case "pid":
          sendMessage(sock, { t: "pid", pid: process.pid });
          sock.end();
          return "stop";
        case "stop":
          sendMessage(sock, { t: "ok" });
          // as System.stop/0: the application's prep_stop/1 and stop/1 run, then the node halts
          // (the run loop ends with status 0); a stop that hangs is cut short
          sock.end(() => {
            this.node.spawn(null, atom("beamlet_boot"), [0], atom("system_stop"));
            setTimeout(() => process.exit(0), 5000).unref();
          });
          return "stop";
        case "rpc":
          void rpc(this.node, sock, m.code as string);
          return "stop";
        case "observe":
          // the connection stays open: a live view asks again every second
          sendMessage(sock, { t: "snapshot", data: snapshot(this.node) });
          return;
        case "upgrade-apply": {
          const { node, root } = this;
          const dirs = typeof m.from === "string" ? [path.resolve(m.from)] : ebinDirs(root);
          const graceMs = typeof m.grace === "number" && m.grace >= 0 ? m.grace : 2000;
          const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms * node.timeScale));
          void upgradeApply(node, { dirs, extra: typeof m.extra === "string" ? m.extra : undefined, force: m.force === true, graceMs, sleep }).then(
            (r) => {
              sendMessage(sock, { t: "upgrade-report", ok: r.ok, text: r.text });
              sock.end();
            },
            (e) => {
              sendMessage(sock, { t: "upgrade-report", ok: false, text: `beamlet internal error in upgrade apply: ${(e as Error).message}\n` });
              sock.end();
            },
          );
          return "stop";
        }
        case "upgrade-check": {
          const { node, root } = this;
          const dirs = typeof m.from === "string" ? [path.resolve(m.from)] : ebinDirs(root);
          const replay = typeof m.replay === "number" && Number.isInteger(m.replay) && m.replay > 0 ? m.replay : 0;
          void upgradeCheck(node, { dirs, extra: typeof m.extra === "string" ? m.extra : undefined, replay }).then(
            (r) => {
              sendMessage(sock, { t: "upgrade-report", ok: r.ok, text: `upgrade check: ${info.app} ${info.version}, the loaded code against ${dirs.map((d) => path.relative(root, d) || ".").join(", ")}\n` + r.text });
              sock.end();
            },
            (e) => {
              sendMessage(sock, { t: "upgrade-report", ok: false, text: `beamlet internal error in upgrade check: ${(e as Error).message}\n` });
              sock.end();
            },
          );
          return "stop";
        }
        case "remote": {
          if (input) return "stop";
          input = new PassThrough();
          const output = new PassThrough();
          output.setEncoding("utf8");
          output.on("data", (d: string) => sendMessage(sock, { t: "out", fd: 1, text: d }));
          // as a remote shell whose node connection drops: its evaluator is killed, even mid-expression
          const peerGone = new AbortController();
          sock.on("close", () => peerGone.abort());
          void startRepl({
            node: this.node,
            input,
            output,
            terminal: m.terminal === true,
            colors: m.colors === true,
            historyFile: "",
            nodeName: this.node.name.name,
            // as iex --remsh: the node's .iex.exs (its working directory's, else its home's)
            dotIex: true,
            abort: peerGone.signal,
            outputBacklog: () => peerBacklog(sock),
            onExit: () => {
              sendMessage(sock, { t: "bye" });
              sock.end();
            },
          });
          return;
        }
        case "in":
          input?.write(m.data as string);
          return;
        case "eof":
          input?.end();
          return;
        default:
          // a pre-authentication frame (auth) after authentication
          sock.destroy();
          return "stop";
      }
    });
  }
}

function parses(code: string): boolean {
  try {
    parse(code, "nofile");
    return true;
  } catch {
    return false;
  }
}

// the pid of the process that calls the node on a mix release's rpc (`elixir --rpc-eval` on a fresh
// node booted start_clean): #PID<0.100.0> there for every rpc (checked on a real release)
const RPC_CALLER = "#PID<0.100.0>";

/** what the rpc's caller prints and exits with when the code failed, as Kernel.CLI does with
 *  rpc_eval/1's answer: a raised exit is raised again in the caller, so {:shutdown, N} ends it with
 *  status N and :normal, :shutdown, {:shutdown, _} with 0, silently; code killed by an exit signal
 *  is {:badrpc, {:EXIT, reason}}, which the caller exits itself with, reported as
 *  `** (EXIT from PID) reason` and a blank line */
function rpcFailure(r: { kind: string; reason: Term; formatted: string; signalled: boolean }): { error: string; status: number } {
  if (r.signalled) return { error: `** (EXIT from ${RPC_CALLER}) ${exitReasonText(r.reason)}\n\n`, status: 1 };
  if (r.kind === "exit") {
    const why = r.reason;
    if (why instanceof Tuple && why.items.length === 2 && why.items[0] === atom("shutdown")) {
      const n = why.items[1];
      return { error: "", status: typeof n === "number" ? n & 255 : typeof n === "bigint" ? Number(BigInt.asUintN(8, n)) : 0 };
    }
    if (why === atom("normal") || why === atom("shutdown")) return { error: "", status: 0 };
  }
  return { error: r.formatted, status: 1 };
}

async function rpc(node: Node, sock: net.Socket, code: string): Promise<void> {
  // (standard output goes back to the caller, as the rpc's group leader is the caller's; standard
  // error is the node's own, as on the BEAM: IO.warn and IO.puts(:stderr, ...) land in its log)
  // (a peer that does not read what it is sent makes the code's writers wait, as a BEAM process
  // waits for its remote group leader's replies)
  const write: ProcessOutput = (fd: 1 | 2, text: string) => {
    if (fd === 1 && !sock.destroyed && sock.writable) sendMessage(sock, { t: "out", fd, text });
    else node.host.write(fd, text);
  };
  write.backlog = () => peerBacklog(sock);
  const ev = node.newEvaluator(write, "rpc_eval");
  // an evaluation dies with its connection, as a remote shell's evaluator does on the BEAM
  const onGone = () => node.interrupt(ev);
  sock.once("close", onGone);
  // the code's compile warnings land in the node's log, as a mix release's rpc prints them there:
  // the top level's before it runs, a module's when it is defined, the rest once it has run
  const warn = (ws: Warning[]) => ws.forEach((w) => node.host.write(2, formatWarning(w)));
  let ast: ReturnType<typeof parse> | undefined;
  try {
    ast = parse(code, "nofile");
  } catch (e) {
    ast = undefined;
    // what the tokenizer wrote out before the parser failed
    if (e instanceof CompileError) warn(tokenWarnings(code, "nofile", true, { line: e.line, column: e.column }));
  }
  const fw = ast ? fileWarnings(ast, "nofile", knownExportsOf(hostFor(node)), { script: true, source: code, evaluated: true }) : null;
  const pending = fw ? [...fw.modules] : [];
  const before = node.onModuleDefined;
  node.onModuleDefined = (name, otp) => {
    const i = pending.findIndex((m) => m.name === name);
    if (i < 0) return before?.(name, otp) ?? false;
    warn(withOtpWarnings(pending.splice(i, 1)[0].warnings(), otp));
    return true;
  };
  try {
    if (fw) warn(fw.top);
    const r = await evalSource(node, ev, code, "nofile");
    if (fw) warn(fw.end());
    if (r.ok) sendMessage(sock, { t: "done", ok: true });
    else sendMessage(sock, { t: "done", ok: false, ...rpcFailure(r) });
  } catch (e) {
    // (as Kernel.CLI.rpc_eval/1 prints it: code that does not parse fails in
    // Code.validated_eval_string/3's parse, at line 421 of lib/code.ex)
    if (e instanceof CompileError) sendMessage(sock, { t: "done", ok: false, error: e.format(code) + "\n" + (parses(code) ? "" : "    (elixir 1.14.0) lib/code.ex:421: Code.validated_eval_string/3\n") });
    else sendMessage(sock, { t: "done", ok: false, error: `beamlet internal error: ${(e as Error).message}\n` });
  }
  node.onModuleDefined = before;
  sock.off("close", onGone);
  if (ev.status !== "exited") node.processExit(ev, atom("normal"), null);
  sock.end();
}
