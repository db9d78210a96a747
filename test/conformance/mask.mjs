// Masking shared by the golden generator (scripts/regen-goldens.mjs) and the
// conformance runner (test/conformance.test.ts). Both sides of a comparison are
// masked the same way, so only deterministic parts of the output are compared.
//
// What is masked, and why:
//  - Logger time stamps `HH:MM:SS.mmm` (Elixir 1.14 prints Logger output on stdout
//    as "\n03:07:24.789 [info] message").
//  - pids `#PID<0.96.0>`, refs `#Reference<0.1.2.3>`, ports `#Port<0.5>`: their numbers
//    depend on the runtime.
//  - funs `#Function<1.100676852/1 in M.f/0>`: the index and hash are BEAM internals.
//  - paths of object files (`/tmp/x/Elixir.M.beam`, `.../Elixir.M.bbc` on beamlet), as in the
//    code server's "Loading of PATH failed: :not_purged" report: `<dir>/Elixir.M.<obj>`.
//  - stack frame lines (`    (stdlib 4.2) gen_server.erl:1149: ...`) are dropped: OTP internals
//    cannot be reproduced line by line. A program's own frames (`    NAME.exs:5: M.f/1`, from
//    Exception.format_stacktrace or a report it prints) are kept where the caller says so
//    (`scriptFrames`): they are the program's, and beamlet must place them as Elixir does.
//  - the checkout's own absolute path (an ExUnit context's `file:`), as `<checkout>`: goldens are
//    made in one checkout and compared in another (a clean clone).
//  - ExUnit: `Finished in ...` (times), `(1.2ms)` in --trace lines, the share of the slowest
//    tests (`slowest: N`), and stack frames of Elixir's
//    and OTP's own apps in failure reports.

import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// ExUnit: the timing line, --trace durations, and frames of OTP/Elixir apps in failure stack
// traces (`       (elixir 1.14.0) lib/process.ex:250: Process.sleep/1`)
const FINISHED = /^Finished in .*$/;
// `slowest: N`: "Top N slowest (0.03s), 85.2% of total time:"
const SLOWEST = /^(Top \d+ slowest )\([\d.]+s\), [\d.]+% of total time:$/;
const TRACE_MS = /\((?:\d+\.\d+)ms\)/g;
// (beamlet prints its own library's frames as `       lib/process.ex:7: Process.sleep/1`)
const APP_FRAME = /^ {7,}(?:\((?:elixir|stdlib|kernel|ex_unit|logger) [0-9][\w.\-]*\) |lib\/\S+\.ex:\d+: )/;
// (also inside an inspected string, after an escaped newline: "\n03:07:24.789 [warning] ..."; not
// after a letter: an ISO datetime's "T10:00:00.000" is the program's own)
const TIME = /(?:\b|(?<=\\n))\d{2}:\d{2}:\d{2}\.\d{3}\b/g;
const CHECKOUT = resolve(dirname(fileURLToPath(import.meta.url)), "../..") + "/";
const PID = /#PID<\d+\.\d+\.\d+>/g;
const REF = /#Reference<[\d.]+>/g;
const PORT = /#Port<[\d.]+>/g;
const FUN = /#Function<[^>]*>/g;
const OBJPATH = /(?:\/[^\s\/'"]+)*\/(Elixir\.[\w.]+?)\.(?:beam|bbc)\b/g;
// a stack frame: 4 spaces, optional "(app vsn) ", then "file:line: " or an MFA with args
// a stack frame with a location: "    (app vsn) file:line: ..." or "    file:line: ..."
const FRAME_AT = /^ {4}(\([a-z_]+ [0-9][\w.\-]*\) )?\S+:\d+: /;
const FRAME = /^ {4}(\([a-z_]+ [0-9][\w.\-]*\) )?(\S+:\d+: |:?[A-Za-z_][\w.]*\.[a-z_][\w!?]*[(/])/;

/** a program's own frame lines in its stdout, run as `elixir NAME.exs` from its folder */
export function scriptFrames(scriptName) {
  const own = "    " + scriptName + ":";
  return (line) => line.startsWith(own);
}

/** Mask one text (stdout, or a stderr line). `ownFrame(line)`: a stack frame line to keep (a
 *  project's own `lib/` frame in an ExUnit report, which looks like one of beamlet's library). */
export function mask(text, ownFrame = () => false, keepPids = false) {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const kept = [];
  for (const line of lines) {
    if ((FRAME.test(line) || APP_FRAME.test(line)) && !ownFrame(line)) continue;
    if (FINISHED.test(line)) {
      kept.push("Finished in <time>");
      continue;
    }
    kept.push(maskLine(line, keepPids));
  }
  return kept.join("\n");
}

function maskLine(line, keepPids = false) {
  const masked = line
    .replace(SLOWEST, "$1(<time>s), <share>% of total time:")
    .replace(TRACE_MS, "(<time>ms)")
    .replace(TIME, "HH:MM:SS.mmm");
  return (keepPids ? masked : masked.replace(PID, "#PID<X>"))
    .replace(REF, "#Reference<X>")
    .replace(PORT, "#Port<X>")
    .replace(FUN, "#Function<X>")
    .replace(OBJPATH, "<dir>/$1.<obj>")
    .replaceAll(CHECKOUT, "<checkout>/");
}

/** The first stderr line that starts with "** (", masked, or null. */
export function err1(stderr, keepPids = false) {
  const line = stderr
    .replace(/\r\n/g, "\n")
    .split("\n")
    .find((l) => l.startsWith("** ("));
  return line === undefined ? null : mask(line, undefined, keepPids);
}

/**
 * The uncaught-error report of a script, for NAME.trace goldens: stderr from its first "** ("
 * line on, masked, keeping the stack frames that are the script's own (`    NAME.exs:LINE: ...`)
 * or have no location (`    :erlang.+(1, :a)`). Frames in the runtime's own code (Elixir's
 * `(elixir 1.14.0) lib/code.ex:...`, beamlet's `lib/boot/boot.ex:...`) differ by design.
 */
export function trace(stderr, scriptName) {
  const lines = stderr.replace(/\r\n/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.startsWith("** ("));
  if (start < 0) return null;
  const own = "    " + scriptName + ":";
  const kept = [];
  for (const line of lines.slice(start)) {
    if (FRAME_AT.test(line) && !line.startsWith(own)) continue;
    kept.push(maskLine(line));
  }
  return kept.join("\n");
}

/**
 * The compile-time warnings on stderr (`warning: ...` and its indented location lines), sorted
 * (Elixir prints a script's warnings in an order of its own), one block per line group.
 * Compared only for programs that have a NAME.warn golden (deprecations, see the README).
 */
const LIB_FRAME_LINE = /^(  \((?:elixir|stdlib|kernel|logger|ex_unit) [\d.]+\) [^\s:]+):\d+:/;

export function warnings(stderr) {
  const lines = stderr.replace(/\r\n/g, "\n").split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith("warning: ")) continue;
    const block = [lines[i]];
    while (i + 1 < lines.length && lines[i + 1].startsWith("  ")) {
      const line = lines[++i];
      // a runtime warning's stacktrace ends in the runner's frames: Elixir's compiler or beamlet's boot
      if (/^  \(elixir [\d.]+\) src\/elixir_|^  \(elixir [\d.]+\) lib\/module\/parallel_checker|^  lib\/boot\/boot\.ex:\d+: :beamlet_boot\./.test(line)) continue;
      // a frame of Elixir's or OTP's own code keeps its file and function, not its line number
      // (beamlet's library is not Elixir's source line by line)
      block.push(line.replace(LIB_FRAME_LINE, "$1:N:"));
    }
    blocks.push(block.join("\n"));
  }
  return blocks.sort().join("\n");
}

/**
 * programs whose warnings are compared (their golden NAME.warn is written by the generator):
 * deprecations, and IO.warn's runtime warnings with their stacktraces
 */
/**
 * Programs in pids/ keep their pids: a script's own processes get the same numbers on every run
 * of the BEAM (the first one it spawns is #PID<0.99.0>), and beamlet numbers them the same way.
 */
export function keepsPids(path) {
  return /(^|\/)pids\/[^/]*\.exs$/.test(path);
}

export function comparesWarnings(relPath) {
  return /(^|\/)(deprecated|io_warn)_[^/]*\.exs$/.test(relPath);
}
