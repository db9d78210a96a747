// The BREAK menu at once on a Ctrl-C while code runs at compile time (a module body's loop or
// Process.sleep, a macro): that code runs synchronously (Node.driveSync), so Node.js's SIGINT
// listener, an event, would only see the signal once the whole file compiled, while the BEAM's
// menu shows at once and the compilation waits for its answer.
//
// No JS thread can take a signal synchronously, so a watcher sees it: a worker thread runs a `cat`
// child in the same process group, which a Ctrl-C on the terminal kills too. The worker then flags
// the interrupt in shared memory (and wakes a sleep), the node sees the flag between two slices of
// its synchronous run (`poll`), prints the menu and waits, blocked, for the answer's lines, which
// the worker reads from standard input for it; a second Ctrl-C meanwhile, or the input's end,
// quits as the event-loop menu does (cli/break_menu.ts). The signal reaches the event loop later
// too: the listener then drops those the watcher took (sigintTakenAtCompileTime).
//
// The watcher costs a thread and a process (about 0.1 s of CPU): it starts only once a
// synchronous run has lasted START_MS or is about to sleep longer, and only with a terminal
// attached (a Ctrl-C comes from one). A `kill -INT` of beamlet alone, or a Ctrl-C before the
// watcher is up, shows the menu once the file compiled, as before.
import * as tty from "node:tty";
import { Worker } from "node:worker_threads";
import { BREAK_MENU, menuAnswer } from "./break_menu.ts";
import type { Node } from "../vm/node.ts";

const START_MS = 200;
// the shared words: STATE, TAKEN (Ctrl-Cs the watcher took), COMPUTING (a synchronous run is
// under way), LENGTH (of the line in `line`), READY (the watcher's child runs)
const STATE = 0, TAKEN = 1, COMPUTING = 2, LENGTH = 3, READY = 4;
// STATE: nothing, a Ctrl-C the node has not seen yet, the menu waiting for a line, a line to
// answer, quit
const IDLE = 0, INTERRUPTED = 1, WAITING = 2, LINE = 3, QUIT = 4;
const LINE_BYTES = 4096;

// (plain JS, run by the worker; ASCII only, as the whole bundle)
const WATCHER = `
const { workerData, parentPort } = require("node:worker_threads");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const tty = require("node:tty");
const net = require("node:net");
const s = new Int32Array(workerData.shared);
const out = new Uint8Array(workerData.line);
const set = (state) => { Atomics.store(s, ${STATE}, state); Atomics.notify(s, ${STATE}); };
function watch() {
  const child = spawn("cat", [], { stdio: ["pipe", "ignore", "ignore"] });
  child.on("error", () => {});
  child.on("spawn", () => { Atomics.store(s, ${READY}, 1); Atomics.notify(s, ${READY}); });
  child.on("exit", (code, signal) => {
    if (signal !== "SIGINT") return;
    const state = Atomics.load(s, ${STATE});
    if (state !== ${IDLE}) {
      Atomics.add(s, ${TAKEN}, 1);
      set(${QUIT});
    } else if (Atomics.load(s, ${COMPUTING}) === 1) {
      Atomics.add(s, ${TAKEN}, 1);
      set(${INTERRUPTED});
      read();
    }
    watch();
  });
}
// (a stream, not fs.read: a read of a terminal left pending in the thread pool would hold the
// process's exit; closed once it gave a line, so it reads nothing the program's input then wants)
function open() {
  if (tty.isatty(0)) return new tty.ReadStream(0);
  const st = fs.fstatSync(0);
  if (st.isFIFO() || st.isSocket()) return new net.Socket({ fd: 0, readable: true, writable: false });
  return fs.createReadStream(null, { fd: 0, autoClose: false });
}
function read() {
  let pending = Buffer.alloc(0);
  let stream;
  try {
    stream = open();
  } catch {
    return set(${QUIT});
  }
  const done = () => {
    stream.removeAllListeners("data");
    stream.removeAllListeners("end");
    stream.on("error", () => {});
    stream.destroy();
  };
  stream.on("data", (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    const nl = pending.indexOf(10);
    if (nl < 0) return;
    const line = pending.subarray(0, Math.min(nl, out.length));
    done();
    out.set(line);
    Atomics.store(s, ${LENGTH}, line.length);
    set(${LINE});
  });
  const end = () => {
    done();
    set(${QUIT});
  };
  stream.on("end", end);
  stream.on("error", end);
}
parentPort.on("message", () => read());
watch();
`;

let shared: Int32Array | null = null;
let line: Uint8Array | null = null;
let worker: Worker | null = null;
let started = false;
let consumed = 0;
/** the menu's node and how it quits (installBreakMenu's), while one is installed */
let menu: { node: Node | null; quit: () => void } | null = null;

export function setSyncBreakMenu(m: { node: Node | null; quit: () => void } | null): void {
  menu = m;
}

function start(): void {
  started = true;
  if (menu === null || ![0, 1, 2].some((fd) => tty.isatty(fd))) return;
  const sab = new SharedArrayBuffer(20);
  const lineSab = new SharedArrayBuffer(LINE_BYTES);
  try {
    worker = new Worker(WATCHER, { eval: true, workerData: { shared: sab, line: lineSab } });
  } catch {
    return;
  }
  worker.unref();
  worker.on("error", () => {});
  shared = new Int32Array(sab);
  line = new Uint8Array(lineSab);
  Atomics.store(shared, COMPUTING, 1);
}

/** a Ctrl-C the event loop's listener sees that the menu shown at compile time took already */
export function sigintTakenAtCompileTime(): boolean {
  if (shared === null || Atomics.load(shared, TAKEN) <= consumed) return false;
  consumed++;
  // (one flagged while the synchronous run was ending, its menu never shown: the listener's)
  if (Atomics.load(shared, STATE) === INTERRUPTED) {
    Atomics.store(shared, STATE, IDLE);
    return false;
  }
  return true;
}

/** the node's synchronous run, `since` its start, between two slices (Host.syncInterrupts) */
function poll(since: number): void {
  if (shared === null) {
    if (!started && performance.now() - since > START_MS) start();
    return;
  }
  Atomics.store(shared, COMPUTING, 1);
  if (Atomics.load(shared, STATE) !== IDLE) showMenu();
}

function end(): void {
  if (shared !== null) Atomics.store(shared, COMPUTING, 0);
}

/** block for ms, or less if a Ctrl-C comes (the node's run polls then) */
function sleep(ms: number): void {
  const t0 = performance.now();
  if (!started && ms > START_MS) {
    start();
    // (once the watcher is up: a Ctrl-C before then would be seen only once the file compiled)
    if (shared !== null) Atomics.wait(shared, READY, 0, Math.min(ms, 2000));
  }
  if (shared !== null) Atomics.store(shared, COMPUTING, 1);
  const left = ms - (performance.now() - t0);
  if (left > 0) Atomics.wait(shared ?? new Int32Array(new SharedArrayBuffer(4)), STATE, IDLE, left);
}

function showMenu(): void {
  const s = shared!;
  const write = (text: string) => process.stdout.write(tty.isatty(0) ? text : text.replace(/\n/g, "\r\n"));
  write(BREAK_MENU);
  for (;;) {
    const state = Atomics.load(s, STATE);
    if (state === INTERRUPTED || state === WAITING) {
      Atomics.wait(s, STATE, state);
      continue;
    }
    if (state === QUIT || menu === null) return quitNow();
    const answer = menuAnswer(Buffer.from(line!.subarray(0, Atomics.load(s, LENGTH))).toString("utf8"), menu.node);
    if (answer.text) write(answer.text);
    if (answer.t === "quit") return quitNow();
    if (answer.t === "continue") {
      Atomics.store(s, STATE, IDLE);
      return;
    }
    Atomics.store(s, STATE, WAITING);
    worker!.postMessage("read");
  }
}

function quitNow(): void {
  (menu?.quit ?? (() => process.exit(0)))();
  // (a quit that returns: the node halts later; the run goes on meanwhile)
  Atomics.store(shared!, STATE, IDLE);
}

/** Host.syncInterrupts of the CLI's nodes */
export const syncInterrupts = { poll, end, sleep };
