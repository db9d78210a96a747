// bin/APP COMMAND: what a release's script runs (`beamlet release-node ROOT COMMAND ARGS`).
import { ansiEnabled } from "../colors.ts";
import * as fs from "node:fs";
import * as path from "node:path";
import { spawn } from "node:child_process";
import { CompileError } from "../../lang/compile_error.ts";
import { evalSource, withRunningNode } from "../project/node_util.ts";
import { readStart, connect, onSessionMessage, sendMessage, socketPath, isRunning, StartInfo, Session } from "./wire.ts";
import { startNode, releaseNode } from "./server.ts";
import { releaseConfigPreamble } from "../project/config.ts";
import { ProjectError } from "../project/mixfile.ts";
import { observeCommand } from "./observe_view.ts";
import { SYSTEM_VERSION } from "../../vm/bifs/system_info.ts";

function usage(app: string): string {
  return `Usage: ${app} COMMAND [ARGS]

The known commands are:

    start          Starts the system
    daemon         Starts the system as a daemon
    eval "EXPR"    Executes the given expression on a new, non-booted system
    rpc "EXPR"     Executes the given expression remotely on the running system
    remote         Connects to the running system via a remote shell
    stop           Stops the running system via a remote command
    pid            Prints the operating system PID of the running system via a remote command
    version        Prints the release name and version to be booted
    upgrade check  Checks what upgrading to the code on the code path would do (--from DIR)
    upgrade apply  Performs that upgrade live, rolling back if a step or a server fails
    observe        A live view of processes and module versions (--once --json for one snapshot)
`;
}

export async function releaseNodeCommand(root: string, command: string | undefined, args: string[]): Promise<number> {
  root = path.resolve(root);
  let info: StartInfo;
  try {
    info = readStart(root);
  } catch {
    process.stderr.write(`beamlet: ${root} is not a beamlet release (releases/start.json is missing)\n`);
    return 1;
  }
  switch (command) {
    case "start":
      return startNode(root, info);
    case "daemon":
      return daemon(root, info);
    case "stop":
      return simple(root, "stop");
    case "pid":
      return simple(root, "pid");
    case "rpc":
      if (args.length !== 1) {
        process.stderr.write(`ERROR: RPC expects an expression as argument\n`);
        return 1;
      }
      return rpc(root, args[0]);
    case "eval":
      if (args.length !== 1) {
        process.stderr.write(`ERROR: EVAL expects an expression as argument\n`);
        return 1;
      }
      return evalFresh(root, info, args[0]);
    case "remote":
      return remote(root);
    case "upgrade":
      return upgrade(root, args);
    case "observe":
      return observe(root, args);
    case "version":
      process.stdout.write(`${info.app} ${info.version}\n`);
      return 0;
    default:
      if (command !== undefined) process.stderr.write(`Unknown command ${command}\n`);
      process.stdout.write(usage(info.app));
      return 1;
  }
}

async function session(root: string): Promise<Session | null> {
  const s = await connect(root);
  if ("error" in s) {
    process.stderr.write(s.error + "\n");
    return null;
  }
  return s;
}

async function simple(root: string, what: "stop" | "pid"): Promise<number> {
  const s = await session(root);
  if (!s) return 1;
  return new Promise((resolve) => {
    onSessionMessage(s, (m) => {
      if (m.t === "pid") process.stdout.write(`${m.pid}\n`);
      resolve(0);
    });
    s.sock.once("close", () => resolve(0));
    sendMessage(s.sock, { t: what });
  });
}

async function rpc(root: string, code: string): Promise<number> {
  const s = await session(root);
  if (!s) return 1;
  return new Promise((resolve) => {
    let status = 1;
    let done = false;
    onSessionMessage(s, (m) => {
      if (m.t === "out") (m.fd === 2 ? process.stderr : process.stdout).write(String(m.text));
      else if (m.t === "done") {
        done = true;
        if (m.ok) status = 0;
        else {
          process.stderr.write(String(m.error));
          status = typeof m.status === "number" ? m.status : 1;
        }
      }
    });
    // the node went down before the code had run (System.halt/1 in it): :erpc's answer is nodedown
    s.sock.once("close", () => {
      if (!done) process.stderr.write("--rpc-eval : RPC failed with reason :nodedown\n");
      resolve(status);
    });
    sendMessage(s.sock, { t: "rpc", code });
  });
}

async function remote(root: string): Promise<number> {
  const s = await session(root);
  if (!s) return 1;
  const tty = !!process.stdin.isTTY;
  // (on a terminal, the local emulator's banner stands atop the remote shell, as `iex --remsh`
  // prints it before it connects)
  if (tty && process.stdout.isTTY) process.stdout.write(SYSTEM_VERSION + "\n");
  return new Promise((resolve) => {
    const restore = () => {
      if (tty) process.stdin.setRawMode(false);
      process.stdin.pause();
    };
    onSessionMessage(s, (m) => {
      if (m.t === "out") process.stdout.write(String(m.text));
    });
    s.sock.once("close", () => {
      restore();
      resolve(0);
    });
    // the client's terminal decides the colours (a TTY, NO_COLOR unset)
    sendMessage(s.sock, { t: "remote", terminal: tty, columns: process.stdout.columns ?? 80, colors: tty && ansiEnabled() });
    if (tty) process.stdin.setRawMode(true);
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (d: string) => sendMessage(s.sock, { t: "in", data: d }));
    process.stdin.on("end", () => sendMessage(s.sock, { t: "eof" }));
    process.stdin.resume();
  });
}

/** `bin/APP eval EXPR`: a node with the release's code path and configuration (config.exs built
 *  in, then runtime.exs, as mix's config providers run), the application neither loaded nor
 *  started; the expression runs as `elixir --eval` runs it there (its errors, their frames down to
 *  Code.validated_eval_string/3, System.halt's status) */
async function evalFresh(root: string, info: StartInfo, code: string): Promise<number> {
  const node = releaseNode(root);
  node.numberPidsAsReleaseEval();
  const loop = node.runLoop();
  const keepAlive = setInterval(() => {}, 1 << 30);
  const fail = async (text: string) => {
    process.stderr.write(text);
    node.halt(1);
    clearInterval(keepAlive);
    await loop;
    return 1;
  };
  try {
    const config = await evalSource(node, node.newEvaluator(), await releaseConfigPreamble(node, root, info), "nofile");
    if (!config.ok) return fail(config.formatted);
  } catch (e) {
    if (e instanceof CompileError) return fail(e.format(code) + "\n");
    if (e instanceof ProjectError) return fail(e.message + "\n");
    throw e;
  }
  const { runCommands } = await import("../run_script.ts");
  return runCommands([{ kind: "eval", code }], [], { project: { node, loop, keepAlive }, elixir: true });
}

async function daemon(root: string, info: StartInfo): Promise<number> {
  const sockPath = socketPath(root, info.app);
  if (await isRunning(sockPath)) {
    process.stderr.write(`beamlet: the node ${info.app} is already running\n`);
    return 1;
  }
  const logDir = path.join(root, "tmp", "log");
  const logFile = path.join(logDir, "beamlet.log");
  const fd = openPrivateLog(root, logFile);
  // the same beamlet that runs this command (the release's own copy)
  const child = spawn(process.execPath, [process.argv[1], "release-node", root, "start"], {
    detached: true,
    stdio: ["ignore", fd, fd],
    env: process.env,
  });
  child.unref();
  fs.closeSync(fd);
  let exited: number | null = null;
  child.once("exit", (c) => (exited = c ?? 1));
  for (let i = 0; i < 600; i++) {
    if (await isRunning(sockPath)) return 0;
    if (exited !== null) {
      process.stderr.write(`beamlet: the node ${info.app} did not start; see ${logFile}\n`);
      return 1;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.stderr.write(`beamlet: the node ${info.app} did not open its socket in time; see ${logFile}\n`);
  return 1;
}

/**
 * Open the daemon's log for appending, readable by its owner only, whatever modes tmp/, tmp/log/
 * or an existing log were left with (mkdir and open only apply a mode to what they create).
 */
export function openPrivateLog(root: string, logFile: string): number {
  for (const dir of [path.join(root, "tmp"), path.dirname(logFile)]) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
  }
  const fd = fs.openSync(logFile, "a", 0o600);
  fs.fchmodSync(fd, 0o600);
  return fd;
}

/** one request, one answer, then the connection closes */
async function request(root: string, frame: Record<string, unknown>, answer: string): Promise<Record<string, unknown> | null> {
  const s = await session(root);
  if (!s) return null;
  return new Promise((resolve) => {
    let got: Record<string, unknown> | null = null;
    onSessionMessage(s, (m) => {
      if (m.t === answer) got = m;
    });
    s.sock.once("close", () => resolve(got));
    sendMessage(s.sock, frame);
  });
}

async function upgrade(root: string, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "check" && sub !== "apply") {
    process.stderr.write(`Usage: bin/APP upgrade check [--from DIR] [--extra EXPR] [--replay N]\n       bin/APP upgrade apply [--from DIR] [--extra EXPR] [--force] [--grace MS]\n`);
    return 1;
  }
  const frame: Record<string, unknown> = { t: `upgrade-${sub}` };
  for (let i = 0; i < rest.length; i++) {
    if ((rest[i] === "--from" || rest[i] === "--extra") && i + 1 < rest.length) frame[rest[i].slice(2)] = rest[++i];
    else if (sub === "apply" && rest[i] === "--force") frame.force = true;
    else if (sub === "check" && rest[i] === "--replay" && i + 1 < rest.length && /^\d+$/.test(rest[i + 1])) frame.replay = Number(rest[++i]);
    else if (sub === "apply" && rest[i] === "--grace" && i + 1 < rest.length && /^\d+$/.test(rest[i + 1])) frame.grace = Number(rest[++i]);
    else {
      process.stderr.write(`upgrade check: unknown option ${rest[i]}\n`);
      return 1;
    }
  }
  if (typeof frame.from === "string") frame.from = path.resolve(frame.from);
  const r = await request(root, frame, "upgrade-report");
  if (!r) return 1;
  process.stdout.write(String(r.text));
  return r.ok === true ? 0 : 1;
}

function observe(root: string, args: string[]): Promise<number> {
  return observeCommand(root, args, session);
}
