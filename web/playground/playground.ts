// The playground page: an editor (CodeMirror, ./editor.ts, loaded when the user turns to it; a
// textarea until then), Run and Stop, the output pane, an iex-like REPL on
// the same node, an examples menu and the hot-swap walk-through. Everything runs in the page
// through the embedding API (../embed.ts, served as ./beamlet.js).
import { createNode } from "../embed.ts";
import type { BeamletNode, PrecompiledScript, ReplSession } from "../beamlet.d.ts";
import precompiledExamples from "beamlet:precompiled-examples";
import hello from "./examples/hello.exs";
import patternMatching from "./examples/pattern_matching.exs";
import processesLinks from "./examples/processes_links.exs";
import genserver from "./examples/genserver.exs";
import supervisor from "./examples/supervisor.exs";
import endlessLoop from "./examples/endless_loop.exs";
import input from "./examples/input.exs";
import type { CodeEditor } from "./editor.ts";
import { STEPS, INITIAL_SOURCE, COUNTER_FILE, START_SCRIPT, LOAD_COMMANDS, UPGRADE_COMMANDS } from "./tutorial.ts";

const EXAMPLES: { id: string; title: string; source: string }[] = [
  { id: "hello", title: "Hello", source: hello },
  { id: "pattern_matching", title: "Pattern matching", source: patternMatching },
  { id: "processes_links", title: "Processes and links", source: processesLinks },
  { id: "genserver", title: "A GenServer", source: genserver },
  { id: "supervisor", title: "Supervisor restarts", source: supervisor },
  { id: "input", title: "Reading input (IO.gets)", source: input },
  { id: "endless_loop", title: "An endless loop (Stop it)", source: endlessLoop },
  { id: "tutorial", title: "Hot-swap tutorial", source: INITIAL_SOURCE },
];

/** the library's text files, beside this page's code in dist/web (fetched as text: quicker to
 *  read than their modules, web/embed.ts) */
const LIBRARY_URL = new URL(".", import.meta.url);

/** the examples compiled at build time, as Run compiles them (main.exs on a fresh node): running
 *  one unedited skips its compilation, so hello's output comes sooner after load */
const PRECOMPILED: PrecompiledScript[] = EXAMPLES.filter((e) => precompiledExamples[`${e.id}.exs`] !== undefined).map((e) => ({
  source: e.source,
  file: "main.exs",
  bytecode: Uint8Array.from(precompiledExamples[`${e.id}.exs`], (c) => c.charCodeAt(0)),
}));

/** the output pane keeps this many lines (a counter ticking for hours must not fill the memory) */
const MAX_OUTPUT_LINES = 2000;

// the measure script reads the marks: the modules loaded and ran (bundle fetched and parsed)
performance.mark("beamlet-script-start");
const params = new URLSearchParams(location.search);
const timeScale = Number(params.get("timescale") ?? "1") || 1;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textarea = $<HTMLTextAreaElement>("editor");
/** the source being edited: the textarea's until CodeMirror takes its place */
let editor: CodeEditor = {
  get value() {
    return textarea.value;
  },
  set value(text: string) {
    textarea.value = text;
  },
  focus: () => textarea.focus(),
};
const output = $<HTMLPreElement>("output");
const replLog = $<HTMLPreElement>("repl-log");
const replInput = $<HTMLTextAreaElement>("repl-input");
const replPrompt = $<HTMLSpanElement>("repl-prompt");
const status = $<HTMLSpanElement>("status");
const examples = $<HTMLSelectElement>("examples");
const tutorial = $<HTMLDivElement>("tutorial");
const stdinRow = $<HTMLDivElement>("stdin-row");
const stdinField = $<HTMLInputElement>("stdin");

let node: BeamletNode | null = null;
let session: ReplSession | null = null;
let pendingInput = "";
let firstOutput = false;
/** a node was asked for (createNode is asynchronous: `node` is set when it resolves) */
let started = false;

// ---- panes ---------------------------------------------------------------------------------------

function append(pane: HTMLElement, text: string, cls?: string): void {
  const atBottom = pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 4;
  const span = document.createElement("span");
  if (cls) span.className = cls;
  span.textContent = text;
  pane.appendChild(span);
  if (pane === output) trimOutput();
  if (atBottom) pane.scrollTop = pane.scrollHeight;
}

let outputLines = 0;
function trimOutput(): void {
  outputLines = (output.textContent ?? "").split("\n").length;
  while (outputLines > MAX_OUTPUT_LINES && output.firstChild) {
    outputLines -= (output.firstChild.textContent ?? "").split("\n").length - 1;
    output.removeChild(output.firstChild);
  }
}

function write(text: string, stream: "stdout" | "stderr"): void {
  if (!firstOutput) {
    firstOutput = true;
    // the measure script reads this mark: navigation to the first line of output
    performance.mark("beamlet-first-output");
  }
  append(output, text, stream === "stderr" ? "stderr" : undefined);
}

function note(text: string): void {
  append(output, text + "\n", "note");
}

function setStatus(text: string): void {
  status.textContent = text;
}

// ---- nodes ---------------------------------------------------------------------------------------

/** a fresh node (the previous one is halted) with a REPL session on it; the first waits for the
 *  library's file (fetched since the page started) */
async function freshNode(): Promise<BeamletNode> {
  node?.stop();
  const first = !started;
  started = true;
  const n: BeamletNode = await createNode({ output: write, timeScale, onInputWanted: () => inputWanted(n), precompiled: PRECOMPILED, compiler: "lazy", libraryUrl: LIBRARY_URL });
  node?.stop();
  stdinRow.hidden = true;
  stdinRow.classList.remove("waiting");
  stdinField.value = "";
  if (first) performance.mark("beamlet-node-ready");
  node = n;
  session = n.repl();
  pendingInput = "";
  replPrompt.textContent = session.prompt;
  void n.halted.then((code) => {
    if (node === n) setStatus(haltedStatus(code));
  });
  return n;
}

async function liveNode(): Promise<BeamletNode> {
  return node && !node.stopped ? node : freshNode();
}

async function run(): Promise<void> {
  if (examples.value === "tutorial") return start();
  output.textContent = "";
  const n = await freshNode();
  setStatus("running");
  const r = await n.run(editor.value, "main.exs");
  if (node !== n) return;
  if (r.status === "ok") setStatus("done; the node is up (REPL)");
  else if (r.status === "error") setStatus("error");
  else setStatus(haltedStatus(await n.halted));
}

/** the status of a halted node: its exit status when not 0 (System.halt(3), exit({:shutdown, 2})),
 *  which the command line shows as the process's exit code */
function haltedStatus(code: number): string {
  return code === 0 ? "stopped" : `stopped (exit status ${code})`;
}

function stop(): void {
  if (node && !node.stopped) {
    node.stop();
    note("(node stopped)");
  }
  setStatus("stopped");
}

// ---- standard input --------------------------------------------------------------------------------

/** a program of node n reads standard input: the stdin field shows (and stays for the next lines) */
function inputWanted(n: BeamletNode): void {
  if (node !== n) return;
  const first = stdinRow.hidden;
  stdinRow.hidden = false;
  stdinRow.classList.add("waiting");
  // the first time, the field takes the focus; later the user may be typing elsewhere
  if (first || document.activeElement === document.body) stdinField.focus();
}

/** the line typed goes to the program, echoed in the output as a terminal shows it */
function sendInput(): void {
  if (!node || node.stopped) return;
  const line = stdinField.value + "\n";
  stdinField.value = "";
  append(output, line, "echo");
  stdinRow.classList.remove("waiting");
  node.input(line);
}

function endInput(): void {
  if (!node || node.stopped) return;
  note("(end of input)");
  stdinRow.classList.remove("waiting");
  stdinRow.hidden = true;
  node.endInput();
}

stdinField.addEventListener("keydown", (e) => {
  if (e.key === "Enter") {
    e.preventDefault();
    sendInput();
  } else if (e.key === "d" && e.ctrlKey) {
    e.preventDefault();
    endInput();
  }
});
$("stdin-eof").addEventListener("click", endInput);

// ---- the REPL ------------------------------------------------------------------------------------

/** evaluate one line in the REPL pane, as if typed */
async function replType(line: string): Promise<string> {
  const n = await liveNode();
  const s = session!;
  const source = pendingInput + line;
  // as iex's transcript: a line that continues an expression under ...(N)>, as does each line
  // after the first of an input of several (Shift+Enter)
  const more = s.prompt.replace(/^iex/, "...");
  append(replLog, line.split("\n").map((l, i) => `${i === 0 && !pendingInput ? s.prompt : more} ${l}\n`).join(""), "input");
  const r = await s.eval(source);
  if (node !== n) return "";
  if (r.kind === "incomplete") {
    pendingInput = source + "\n";
    replPrompt.textContent = s.prompt.replace(/^iex/, "...");
    return "";
  }
  pendingInput = "";
  replPrompt.textContent = s.prompt;
  if (r.kind === "ok") append(replLog, r.text);
  else if (r.kind === "error") append(replLog, r.text, "error");
  else append(replLog, "(node stopped)\n", "error");
  replLog.scrollTop = replLog.scrollHeight;
  return r.kind === "ok" || r.kind === "error" ? r.text : "";
}

/** the lines waiting for the REPL, evaluated one after another as iex reads its next line only
 *  once the last is evaluated (two lines entered quickly ran at once: both under iex(1)>, their
 *  results interleaved) */
let replQueue: Promise<unknown> = Promise.resolve();

function replEnqueue(line: string): Promise<string> {
  const done = replQueue.then(() => replType(line));
  replQueue = done.catch(() => undefined);
  return done;
}

/** lines entered in the REPL pane, oldest first; ArrowUp/ArrowDown walk them as in iex */
const history: string[] = [];
let historyAt = 0;

replInput.addEventListener("keydown", (e) => {
  if ((e.key === "ArrowUp" || e.key === "ArrowDown") && !replInput.value.includes("\n")) {
    e.preventDefault();
    historyAt = Math.max(0, Math.min(history.length, historyAt + (e.key === "ArrowUp" ? -1 : 1)));
    replInput.value = history[historyAt] ?? "";
    return;
  }
  if (e.key !== "Enter" || e.shiftKey) return;
  e.preventDefault();
  const line = replInput.value;
  replInput.value = "";
  if (line.trim() !== "" && history[history.length - 1] !== line) history.push(line);
  historyAt = history.length;
  void replEnqueue(line).catch(internalError);
});

// ---- the hot-swap tutorial -----------------------------------------------------------------------

/** compile the editor's Counter (the compiler fetched first, on the page's first compilation) */
async function compileCounter(n: BeamletNode): Promise<boolean> {
  await n.loadCompiler();
  const r = n.compile(editor.value, COUNTER_FILE);
  if (r.error) {
    setStatus("compile error");
    return false;
  }
  note(`(compiled ${r.modules.join(", ")} to /app/ebin)`);
  return true;
}

async function start(): Promise<void> {
  output.textContent = "";
  replLog.textContent = "";
  const n = await freshNode();
  if (!(await compileCounter(n))) return;
  setStatus("running");
  const r = await n.run(START_SCRIPT, "start.exs");
  if (node === n) setStatus(r.status === "ok" ? "counter running" : r.status);
}

async function typeAll(commands: string[]): Promise<void> {
  const n = await liveNode();
  if (!(await compileCounter(n))) return;
  for (const c of commands) await replEnqueue(c);
}

function renderSteps(): void {
  const ol = $<HTMLOListElement>("tutorial-steps");
  ol.textContent = "";
  STEPS.forEach((step, i) => {
    const li = document.createElement("li");
    li.innerHTML = step.html;
    const b = document.createElement("button");
    b.id = `tut-edit-${i + 1}`;
    b.textContent = i === 0 ? "original source" : "make the edit";
    b.title = "put this step's source in the editor";
    b.addEventListener("click", () => {
      editor.value = step.source;
    });
    li.appendChild(b);
    ol.appendChild(li);
  });
}

function cell(tr: HTMLTableRowElement, text: string, cls?: string): void {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
}

/** the live table: processes with a name or a behaviour, and the modules loaded from /app/ebin */
function refreshTables(): void {
  if (tutorial.hidden || !node) return;
  const procs = node.stopped ? [] : node.processes().filter((p) => p.name || p.initialCall);
  const pbody = $<HTMLTableElement>("proc-table").tBodies[0];
  pbody.textContent = "";
  for (const p of procs) {
    const tr = pbody.insertRow();
    const old = p.onOld.length > 0 || p.version === "old";
    cell(tr, p.pid);
    cell(tr, p.name ?? "");
    cell(tr, p.current);
    cell(tr, old ? `old ${p.onOld.join(", ")}` : "current", old ? "old" : undefined);
  }
  const mbody = $<HTMLTableElement>("mod-table").tBodies[0];
  mbody.textContent = "";
  for (const m of node.stopped ? [] : node.modules()) {
    const tr = mbody.insertRow();
    cell(tr, m.name);
    cell(tr, m.vsn);
    cell(tr, m.hasOld ? m.oldVsn ?? "" : "-", m.hasOld ? "old" : undefined);
    cell(tr, String(m.processesOnOld));
  }
}

// ---- wiring --------------------------------------------------------------------------------------

function internalError(e: unknown): void {
  // a bug in beamlet must show up in the page, not as an uncaught exception
  append(output, `beamlet internal error: ${e instanceof Error ? e.message : String(e)}\n`, "stderr");
  setStatus("internal error");
}

function selectExample(id: string): void {
  const ex = EXAMPLES.find((x) => x.id === id) ?? EXAMPLES[0];
  examples.value = ex.id;
  editor.value = ex.source;
  tutorial.hidden = ex.id !== "tutorial";
  document.body.classList.toggle("tutorial-mode", ex.id === "tutorial");
  $<HTMLButtonElement>("run").textContent = ex.id === "tutorial" ? "Start" : "Run";
}

for (const ex of EXAMPLES) examples.add(new Option(ex.title, ex.id));
examples.addEventListener("change", () => selectExample(examples.value));
$("run").addEventListener("click", () => void run().catch(internalError));
$("stop").addEventListener("click", stop);
$("tut-start").addEventListener("click", () => void start().catch(internalError));
$("tut-load").addEventListener("click", () => void typeAll(LOAD_COMMANDS).catch(internalError));
$("tut-upgrade").addEventListener("click", () => void typeAll(UPGRADE_COMMANDS).catch(internalError));
textarea.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void run().catch(internalError);
  } else if (e.key === "Tab" && !e.shiftKey) {
    e.preventDefault();
    textarea.setRangeText("  ", textarea.selectionStart, textarea.selectionEnd, "end");
  }
});

let editorLoading = false;
/** CodeMirror (about 100 KB gzipped, a sixth of the page), when the user turns to the editor: the
 *  pointer comes over it, it gets the focus or a key; a visitor who only runs the examples never
 *  loads it, and it never competes with the first output. `document.body.dataset.editor` says
 *  "ready" once it has taken the textarea's place. */
function loadEditor(): void {
  if (editorLoading) return;
  editorLoading = true;
  import("./editor.ts")
    .then(({ mountEditor }) => {
      editor = mountEditor(textarea, () => void run().catch(internalError));
      document.body.dataset.editor = "ready";
    })
    .catch((e) => {
      // the textarea stays the editor
      editorLoading = false;
      internalError(e);
    });
}
renderSteps();
setInterval(refreshTables, 250);
selectExample(params.get("example") ?? "hello");
setStatus("ready");
for (const event of ["pointerover", "focus", "keydown", "touchstart"]) textarea.addEventListener(event, loadEditor, { once: true, passive: true });
// the selected example runs at once (?autorun=0 does not)
if (params.get("autorun") !== "0") void run().catch(internalError);
