// The embedding API of beamlet (package.json "exports": "."): run Elixir in a web page or any
// JavaScript runtime, with BEAM processes and two-version hot code loading. The implementation
// is web/embed.ts, checked against these declarations by the type checker.

export interface CreateNodeOptions {
  /** everything the node prints: stdout ("stdout") and stderr, where errors and warnings go */
  output?(text: string, stream: "stdout" | "stderr"): void;
  /** multiply every timer (receive after, Process.sleep, send_after) by this; 1 by default */
  timeScale?: number;
  /** the node's in-memory file system starts with these files (path -> text or bytes) */
  files?: Record<string, string | Uint8Array>;
  /** the working directory in that file system ("/" by default) */
  cwd?: string;
  /** the whole standard input, ended (as `echo TEXT | elixir`); without it, standard input is
   *  interactive: a read (IO.gets, IO.read) waits for input() or endInput() */
  input?: string;
  /** called when a program waits for standard input and none is queued (a page can show a field) */
  onInputWanted?(): void;
  /** scripts compiled ahead of time: the node's first run() of exactly such a source and file,
   *  before anything else ran, was compiled or written on it, runs this bytecode rather than
   *  compiling the script (the playground's examples, which it runs at load: scripts/build-web.mjs) */
  precompiled?: PrecompiledScript[];
  /** when the compiler (lang/ and compiler/, the larger part of the code) is fetched: "eager" (the
   *  default) before createNode resolves; "lazy" on first use (run() and the REPL wait for it, a
   *  defmodule reached at run time too, loadCompiler() asks for it), so that a page whose first
   *  output comes from a precompiled script neither waits for it nor downloads it. compile()
   *  before it has arrived is an error that says so. */
  compiler?: "eager" | "lazy";
  /** where the standard library's text files (dist/web/beamlet-library*.txt) are served: a
   *  directory's URL (relative to the page) or a function from a file's name to its URL (for
   *  files a bundler renames); they are then fetched as text, the quickest for a page to read.
   *  Without it the library's modules (dist/web/beamlet-library*.js) are imported from beside
   *  beamlet.js by literal names, which bundlers follow: they come along as chunks of the
   *  bundle's output (with code splitting each is fetched when first needed), nothing to copy
   *  by hand. The files are the page's, shared by its nodes: each is read once, when first
   *  needed, from where the latest createNode said. */
  libraryUrl?: string | URL | ((file: string) => string | URL);
}

/** a script compiled ahead of time (web/build/precompile_scripts.ts makes them, in Node) */
export interface PrecompiledScript {
  /** the script and its file name, as run() is given them */
  source: string;
  file: string;
  /** its .bbc object file: the script compiled to the module elixir_compiler_0 as a fresh node's
   *  first run would compile it, with no warnings and nothing printed while compiling */
  bytecode: Uint8Array;
}

/** what running a script or loading a module came to */
export type RunResult =
  /** it ran to its end; `value` is the inspected value of its last expression */
  | { status: "ok"; value: string }
  /** it raised, threw or exited, or did not compile; `error` is what Elixir prints (also written to stderr) */
  | { status: "error"; error: string }
  /** the node was stopped (stop(), System.halt) before it ended, or the script exited with
   *  :normal, :shutdown or {:shutdown, _}, which `elixir FILE.exs` ends quietly by halting */
  | { status: "stopped" };

export type ReplResult =
  /** the expression ran; `text` is what iex prints for it ("" for a hidden result) */
  | { kind: "ok"; text: string }
  /** the input is not a complete expression yet: give it again with the next line appended */
  | { kind: "incomplete" }
  /** a compile or runtime error, as iex prints it */
  | { kind: "error"; text: string }
  /** the node was stopped while it ran */
  | { kind: "stopped" };

export interface ReplSession {
  /** iex's prompt for the next expression: "iex(1)>" */
  readonly prompt: string;
  /** evaluate one expression (possibly several lines) with the session's variables */
  eval(input: string): Promise<ReplResult>;
}

export interface CompileResult {
  /** the modules compiled (Elixir names without "Elixir."), each written as DIR/Elixir.NAME.bbc */
  modules: string[];
  /** the CompileError as Elixir prints it, when the source did not compile (nothing is written) */
  error?: string;
}

export interface ModuleInfo {
  name: string;
  /** the current version's @vsn, inspected ("[1]", or the md5-based default) */
  vsn: string;
  /** an old version is loaded too (a purge would remove it, killing the processes on it) */
  hasOld: boolean;
  oldVsn: string | null;
  processesOnOld: number;
  /** part of the standard library */
  preloaded: boolean;
}

export interface ProcessInfo {
  pid: string;
  /** registered name, inspected (":counter"), or null */
  name: string | null;
  /** Module.fun/arity the process is in */
  current: string;
  /** which version of that module it runs */
  version: "current" | "old" | "gone";
  /** modules whose old version some frame of the process runs (a purge would kill it) */
  onOld: string[];
  /** the callback module of a GenServer/Agent/Supervisor/Task, if any */
  initialCall: string | null;
  status: string;
  queue: number;
}

export interface BeamletNode {
  /** run a script's top level in a fresh evaluator process, like `iex FILE.exs`: the node stays
   *  up afterwards, the processes it started keep running and the REPL can reach them */
  run(source: string, file?: string): Promise<RunResult>;
  /** an iex-like session on this node (variables kept between expressions) */
  repl(): ReplSession;
  /** compile the modules of a source into .bbc files in `outDir` (default "/app/ebin", put on the
   *  code path) without loading them: then `:code.load_file/1` (or loadModule) loads them.
   *  Synchronous: on a node made with `compiler: "lazy"` it fails while the compiler is loading */
  compile(source: string, file?: string, outDir?: string): CompileResult;
  /** resolves once the compiler is loaded (at once on a node made with `compiler: "eager"`) */
  loadCompiler(): Promise<void>;
  /** `:code.purge(mod)` then `:code.load_file(mod)`: the module's current version becomes the old one */
  loadModule(name: string): Promise<RunResult>;
  /** the node's in-memory file system */
  writeFile(path: string, contents: string | Uint8Array): void;
  readFile(path: string): Uint8Array | null;
  /** loaded modules (the standard library's only with `all`) */
  modules(all?: boolean): ModuleInfo[];
  /** live processes */
  processes(): ProcessInfo[];
  /** give standard input some text (a line typed, with its "\n"); a waiting read takes it */
  input(text: string): void;
  /** end standard input: reads answer :eof once what was given is read */
  endInput(): void;
  /** a program waits for standard input now */
  readonly waitingForInput: boolean;
  /** halt the node: every process ends, pending run/eval promises resolve as stopped */
  stop(): void;
  readonly stopped: boolean;
  /** resolves with the exit status when the node halts (stop(), System.halt/1) */
  readonly halted: Promise<number>;
}

/** a new node with the standard library loaded: compiled at build time to bytecode, in the files
 *  beside this one (the core, beamlet-library.js or with libraryUrl beamlet-library.txt, read on
 *  the first createNode, the others when first needed), each library module decoded on its
 *  first use; nothing is compiled at start */
export function createNode(options?: CreateNodeOptions): Promise<BeamletNode>;

/** beamlet's version */
export const version: string;
