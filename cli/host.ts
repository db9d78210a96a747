// The Node.js host of a beamlet node: stdout/stderr, time, timers, files. Only cli/ touches Node.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { subMillisecondClock } from "../vm/wall_clock.ts";
import * as crypto from "node:crypto";
import { getHeapStatistics } from "node:v8";
import { runCommand, findExecutable } from "./host_commands.ts";
import { openProgram } from "./host_programs.ts";
import { nodeNet } from "./host_net.ts";
import { nodeBigInt } from "./host_bigint.ts";
import { fileURLToPath } from "node:url";
import type { Host, CipherOptions, CipherStream } from "../vm/node.ts";
import type { InputSource } from "../vm/process.ts";
import type { Source } from "../vm/boot.ts";
import type { TypespecDoc } from "../vm/module.ts";
import { libraryDefLine, libraryModuleFile } from "../compiler/library_def_lines.ts";
import { libraryCallLines } from "../compiler/library_call_lines.ts";
import { libraryFunIndex, libraryFunsEnd, libraryFunUniq } from "../compiler/library_funs.ts";
import { guardOutputStreams, safeWrite, outputFaults, stdoutBacklog, onStdoutFailed } from "./output_faults.ts";
import { setStartupAtoms } from "../vm/terms.ts";
import { syncInterrupts } from "./sync_break.ts";
import { setAtomIndices } from "../vm/dict_order.ts";
import { tokenizerAtomNames, QUOTED_TEXT } from "../lang/token_atoms.ts";
import { librarySourcePaths } from "../scripts/source_digests.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let startupAtoms: Set<string> | undefined;

/** cli/startup_atoms.txt, read the first time a name is not in the atom table (to_existing_atom) */
setStartupAtoms((name) => {
  if (startupAtoms === undefined) {
    try {
      startupAtoms = new Set(fs.readFileSync(path.join(ROOT, "cli", "startup_atoms.txt"), "utf8").split("\n"));
    } catch {
      startupAtoms = new Set();
    }
  }
  return startupAtoms.has(name);
});

// cli/atom_indices.txt, "INDEX NAME\n" per atom: the application environment's keys at boot and a
// process dictionary with an atom key (every proc_lib process's $ancestors) ask for a few dozen
// names, so they are looked up in the text (about 0.05 ms each); parsing all 12,000 lines into a
// map costs 7-8 ms, paid only by a program that asks for more than LOOKUPS_BEFORE_MAP names (with
// 32, a program's first crash report made the 33rd look-up and paid it: 62db9605's measurements)
const LOOKUPS_BEFORE_MAP = 256;
let atomIndexText: string | undefined;
let atomIndices: Map<string, number> | undefined;
const atomIndexLookups = new Map<string, number | undefined>();

function atomIndexInText(text: string, name: string): number | undefined {
  if (name.includes("\n")) return undefined;
  const needle = " " + name + "\n";
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    // (a match is the NAME of its line when the line's start up to it is all digits)
    const start = text.lastIndexOf("\n", at) + 1;
    const digits = text.slice(start, at);
    if (/^\d+$/.test(digits)) return Number(digits);
  }
  return undefined;
}

/** cli/atom_indices.txt's text, read once */
function atomIndexTable(): string {
  if (atomIndexText === undefined) {
    try {
      atomIndexText = fs.readFileSync(path.join(ROOT, "cli", "atom_indices.txt"), "utf8");
    } catch {
      // (without it, every atom is placed by its stand-in hash)
      atomIndexText = "";
    }
  }
  return atomIndexText;
}

/** an atom's index in the table as cli/atom_indices.txt gives it ("INDEX NAME" lines) */
function tableAtomIndex(name: string): number | undefined {
  if (atomIndices !== undefined) return atomIndices.get(name);
  if (atomIndexLookups.has(name)) return atomIndexLookups.get(name);
  const text = atomIndexTable();
  if (atomIndexLookups.size < LOOKUPS_BEFORE_MAP) {
    const index = atomIndexInText(text, name);
    atomIndexLookups.set(name, index);
    return index;
  }
  atomIndices = new Map();
  for (const line of text.split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0 && line[0] >= "0" && line[0] <= "9") atomIndices.set(line.slice(space + 1), Number(line.slice(0, space)));
  }
  return atomIndices.get(name);
}

// A script's own atoms: elixir's tokenizer makes the atoms of the script's text before anything
// else happens, at the indices after the boot's ("# base N" in cli/atom_indices.txt), in the order
// it meets them; the atoms the boot has made already ("? NAME" lines: at no index most runs agree
// on) it only finds, and its first quoted text loads elixir_interpolation, which makes the "+ NAME"
// atoms then. So those atoms, which key a script's big maps, dictionaries and ETS tables,
// are placed as on the BEAM; the atoms made later (modules loading, String.to_atom) are not.
let scriptText: { source: string; file: string } | null = null;
let scriptAtoms: Map<string, number> | undefined;

/** the text of the run's script, whose atoms elixir makes first (the first one given counts) */
export function noteScriptSource(source: string, file: string): void {
  scriptText ??= { source, file };
}

function scriptAtomIndex(name: string): number | undefined {
  if (scriptAtoms === undefined) {
    if (scriptText === null) return undefined;
    scriptAtoms = new Map();
    const base = bootAtomCount();
    if (base === Infinity) return undefined;
    const unplaced = new Set<string>();
    const interpolation: string[] = [];
    for (const line of atomIndexTable().split("\n")) {
      if (line.startsWith("? ")) unplaced.add(line.slice(2));
      else if (line.startsWith("+ ")) interpolation.push(line.slice(2));
    }
    let next = base;
    const made = scriptAtoms;
    const make = (atom: string) => {
      const known = tableAtomIndex(atom);
      if ((known !== undefined && known < base) || unplaced.has(atom) || made.has(atom)) return;
      made.set(atom, next++);
    };
    for (const atom of tokenizerAtomNames(scriptText.source, scriptText.file)) {
      // (the first quoted text loads elixir_interpolation: its atoms come next)
      if (atom === QUOTED_TEXT) interpolation.forEach(make);
      else make(atom);
    }
  }
  return scriptAtoms.get(name);
}

/** the atom's index on a real node: the boot's as most elixir runs have it, the script's own, or
 *  a later one the table's run gave (vm/dict_order.ts) */
setAtomIndices((name) => {
  const known = tableAtomIndex(name);
  if (known !== undefined && known < bootAtomCount()) return known;
  return scriptAtomIndex(name) ?? known;
});

let bootAtoms: number | undefined;
/** the atoms a node has when its script's tokenizer starts (Infinity when the table says not) */
function bootAtomCount(): number {
  if (bootAtoms === undefined) {
    const base = /^# base (\d+)\n/.exec(atomIndexTable());
    bootAtoms = base ? Number(base[1]) : Infinity;
  }
  return bootAtoms;
}

let otpSpecs: Record<string, Record<string, string>> | null | undefined;
let libraryTypespecs: Record<string, { types: TypespecDoc[]; callbacks: TypespecDoc[] }> | null | undefined;

/** cli/repl/library_typespecs.json, read on first use (t/1 or b/1 of a standard library module) */
function libraryTypespecsTable(): Record<string, { types: TypespecDoc[]; callbacks: TypespecDoc[] }> | null {
  if (libraryTypespecs === undefined) {
    try {
      libraryTypespecs = JSON.parse(fs.readFileSync(path.join(ROOT, "cli", "repl", "library_typespecs.json"), "utf8"));
    } catch {
      libraryTypespecs = null;
    }
  }
  return libraryTypespecs ?? null;
}

/** cli/repl/otp_specs.json, read on first use (h/1 of an Erlang function) */
function otpSpecsTable(): Record<string, Record<string, string>> | null {
  if (otpSpecs === undefined) {
    try {
      otpSpecs = JSON.parse(fs.readFileSync(path.join(ROOT, "cli", "repl", "otp_specs.json"), "utf8"));
    } catch {
      otpSpecs = null;
    }
  }
  return otpSpecs ?? null;
}

export function nodeHost(): Host {
  guardOutputStreams();
  return {
    write(fd, text) {
      safeWrite(fd === 1 ? process.stdout : process.stderr, text);
    },
    outputFailed: () => outputFaults.stdoutFailed,
    outputError: () => outputFaults.stdoutError,
    onOutputFailed: onStdoutFailed,
    outputBacklog: stdoutBacklog,
    now: () => performance.now(),
    heapUsage: () => {
      const h = getHeapStatistics();
      return { used: h.used_heap_size, limit: h.heap_size_limit };
    },
    wallClock: subMillisecondClock(),
    utcOffsetMinutes: (ms: number) => -new Date(ms).getTimezoneOffset(),
    setTimer(ms, cb) {
      const t = setTimeout(cb, ms);
      return { cancel: () => clearTimeout(t) };
    },
    sleepSync: syncInterrupts.sleep,
    syncInterrupts,
    readFile(p) {
      try {
        return new Uint8Array(fs.readFileSync(p));
      } catch {
        return null;
      }
    },
    writeFile(p, bytes) {
      try {
        fs.writeFileSync(p, bytes);
        return true;
      } catch {
        return false;
      }
    },
    fs,
    env: process.env,
    cwd: () => process.cwd(),
    chdir: (p: string) => process.chdir(p),
    tmpDir: () => os.tmpdir(),
    homeDir: () => os.homedir(),
    osRelease: () => os.release(),
    useSources: () => useSources(),
    librarySource(file: string) {
      try {
        return new Uint8Array(fs.readFileSync(path.join(ROOT, file)));
      } catch {
        return null;
      }
    },
    replHelpersSource: () => {
      const file = path.join("cli", "repl", "helpers.ex");
      return { file, text: fs.readFileSync(path.join(ROOT, file), "utf8"), placement: { libraryDefLine, libraryCallLines, libraryModuleFile, libraryFunIndex, libraryFunsEnd, libraryFunUniq } };
    },
    otpSpecs: (module) => otpSpecsTable()?.[module],
    libraryTypespecs: (module) => libraryTypespecsTable()?.[module],
    readStdin: stdinReader(),
    runCommand,
    findExecutable,
    openProgram,
    net: nodeNet(),
    bigInt: nodeBigInt(),
    // loaded on first use: testing/ brings fast-check
    upgradeTest: async (req) => (await import("./upgrade_test.ts")).runUpgradeTest(req),
    crypto: {
      hash(algorithm, data) {
        try {
          return new Uint8Array(crypto.createHash(algorithm).update(data).digest());
        } catch {
          return undefined;
        }
      },
      hmac(algorithm, key, data) {
        try {
          return new Uint8Array(crypto.createHmac(algorithm, key).update(data).digest());
        } catch {
          return undefined;
        }
      },
      randomBytes: (n) => new Uint8Array(crypto.randomBytes(n)),
      cipher: nodeCipher,
    },
  };
}

/** this process's stdin, read on demand: nothing is read until a program asks */
function stdinReader(): InputSource {
  let ended = false;
  return (deliver) => {
    const stdin = process.stdin;
    // 'end' may have been emitted while nobody was listening
    if (ended || stdin.readableEnded) return deliver(null);
    const cleanup = () => {
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("error", onEnd);
    };
    const onData = (chunk: Buffer) => {
      cleanup();
      stdin.pause();
      deliver(new Uint8Array(chunk));
    };
    const onEnd = () => {
      ended = true;
      cleanup();
      deliver(null);
    };
    stdin.on("data", onData);
    stdin.on("end", onEnd);
    stdin.on("error", onEnd);
    stdin.resume();
  };
}

let useCache: Map<string, string> | null = null;
/** lib/use/NAME.ex templates by NAME (for Code.compile_string and friends) */
export function useSources(): Map<string, string> {
  if (!useCache) {
    useCache = new Map();
    const dir = path.join(ROOT, "lib", "use");
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) if (f.endsWith(".ex")) useCache.set(f.slice(0, -3), fs.readFileSync(path.join(dir, f), "utf8"));
  }
  return useCache;
}

// every lib .ex file (recursively), in a stable order
export function librarySources(root = ROOT): Source[] {
  return librarySourcePaths(root).map((p) => ({ path: path.relative(root, p), text: fs.readFileSync(p, "utf8") }));
}

export { librarySourcePaths };

/** an OpenSSL cipher for :crypto's crypto_one_time/crypto_init/crypto_one_time_aead */
function nodeCipher(algorithm: string, key: Uint8Array, iv: Uint8Array | null, opts: CipherOptions): CipherStream {
  const aeadOpts = opts.authTagLength !== undefined ? { authTagLength: opts.authTagLength } : undefined;
  const c = opts.encrypt
    ? crypto.createCipheriv(algorithm, key, iv, aeadOpts as crypto.CipherCCMOptions)
    : crypto.createDecipheriv(algorithm, key, iv, aeadOpts as crypto.CipherCCMOptions);
  c.setAutoPadding(opts.autoPadding);
  const ccm = algorithm.endsWith("-ccm");
  if (!opts.encrypt && opts.authTag) (c as crypto.DecipherGCM).setAuthTag(opts.authTag);
  if (opts.aad && (opts.aad.length > 0 || ccm)) (c as crypto.CipherGCM).setAAD(opts.aad, { plaintextLength: opts.plaintextLength ?? 0 });
  let failed = false;
  return {
    update(data) {
      try {
        return new Uint8Array(c.update(data));
      } catch {
        failed = true; // a CCM tag is checked as the text is read
        return new Uint8Array(0);
      }
    },
    final() {
      if (failed) return null;
      try {
        return new Uint8Array(c.final());
      } catch {
        return null;
      }
    },
    authTag: () => new Uint8Array((c as crypto.CipherGCM).getAuthTag()),
  };
}
