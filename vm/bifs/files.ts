// File, Path and System: host-backed BIFs (the host's fs, env, cwd...), with Elixir 1.14's
// return values and File.Error messages. vm/ never imports node:*: everything goes through
// ctx.node.host (cli/host.ts provides node:fs as host.fs).
import { hostErrorReason } from "./host_error_reason.ts";
import { withFileFrames } from "./file_bang_frames.ts";
import { checkPathArgs, joinParts, isChardataArg, ownClauseError, withFileArgChecks } from "./path_args.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { Atom, Bin, Term, atom, bin, binFromBytes, tuple, list, listToArray, NIL, TRUE, FALSE, bool, isInt, Tuple, NIL_ATOM, isFunction, charlist } from "../terms.ts";
import { raise, exception, badarg, ErlangError, raiseInElixir } from "../errors.ts";
import { inspect } from "../inspect.ts";
import { noClause, iodataBytes } from "./util.ts";
import { mapFromEntries } from "../map.ts";
import { Halt, TailCall } from "../calls.ts";
import type { Node } from "../node.ts";
import { ensureExceptionModules } from "./code_exceptions.ts";
import { bifErrorFrame } from "../error_info.ts";
import { codeFrame } from "../code_frame.ts";
import { SCHEDULERS, schedulersOnline, ELIXIR_BUILD } from "./system_info.ts";

const OK = atom("ok");
const ERROR = atom("error");

export function node(ctx: BifContext): Node {
  return ctx.node as Node;
}

/** chardata (binary, charlist, iolist of both) as a JS string */
export function str(t: Term): string {
  if (t instanceof Bin) return t.toString();
  if (t instanceof Atom) return t.name;
  const items = listToArray(t);
  if (items === null) badarg();
  let s = "";
  for (const it of items!) s += typeof it === "number" ? String.fromCodePoint(it) : str(it);
  return s;
}

export function fsOf(ctx: BifContext): any {
  const fs = node(ctx).host.fs;
  if (!fs) raise(tuple(ERROR, atom("enotsup")));
  return fs;
}

/** the POSIX reason of a host error, as an atom name */
function reasonOf(e: unknown): string {
  return hostErrorReason(e);
}

/**
 * A directory's names in the order the file system keeps them, as OTP's list_dir gives them
 * (Node's readdirSync sorts them: libuv's scandir does; its opendir stream does not).
 */
function listDir(fs: any, p: string): string[] {
  if (typeof fs.opendirSync !== "function") return fs.readdirSync(p) as string[];
  const dir = fs.opendirSync(p);
  const names: string[] = [];
  try {
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name);
  } finally {
    dir.closeSync();
  }
  return names;
}

export function posix<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return reasonOf(e);
  }
}

export function fileError(ctx: BifContext, action: string, path: string, reason: string): never {
  ensureExceptionModules(node(ctx));
  raise(exception("File.Error", { reason: atom(reason), path: bin(path), action: bin(action) }));
}

export function okOr(r: unknown): Term {
  return typeof r === "string" ? tuple(ERROR, atom(r)) : OK;
}

export function bang(ctx: BifContext, r: unknown, action: string, path: string): Term {
  if (typeof r === "string") fileError(ctx, action, path, r);
  return OK;
}

// ---- File ---------------------------------------------------------------------------------------

function read(ctx: BifContext, p: string): Uint8Array | string {
  const fs = fsOf(ctx);
  return posix(() => new Uint8Array(fs.readFileSync(p)));
}

function writeOpts(t: Term | undefined): { append: boolean; exclusive: boolean; raw: boolean; encoding: Term | undefined } {
  const items = t === undefined ? [] : listToArray(t) ?? [];
  const has = (name: string) => items.some((x) => x instanceof Atom && x.name === name);
  // (File.write's :utf8 is {:encoding, :utf8}; the last encoding given counts)
  let encoding: Term | undefined;
  for (const x of items) {
    if (x instanceof Atom && x.name === "utf8") encoding = x;
    else if (x instanceof Tuple && x.items.length === 2 && x.items[0] instanceof Atom && x.items[0].name === "encoding") encoding = x.items[1];
  }
  return { append: has("append"), exclusive: has("exclusive"), raw: has("raw"), encoding };
}

/** the bytes a file opened with {:encoding, enc} gets from :file.write's bytes, which its
 *  file_io_server takes for latin1 characters and encodes; undefined for an encoding file:open refuses */
function encodedBytes(bytes: Uint8Array, enc: Term): Uint8Array | undefined {
  const name = enc instanceof Atom ? enc.name : enc instanceof Tuple && enc.items.length === 2 && enc.items[0] instanceof Atom && enc.items[1] instanceof Atom ? `${enc.items[0].name}/${enc.items[1].name}` : "";
  const width: Record<string, [number, boolean]> = { "utf16": [2, true], "utf16/big": [2, true], "utf16/little": [2, false], "utf32": [4, true], "utf32/big": [4, true], "utf32/little": [4, false] };
  if (name === "latin1") return bytes;
  if (name === "utf8" || name === "unicode") {
    const out: number[] = [];
    for (const b of bytes) b < 0x80 ? out.push(b) : out.push(0xc0 | (b >> 6), 0x80 | (b & 0x3f));
    return Uint8Array.from(out);
  }
  const w = width[name];
  if (w === undefined) return undefined;
  const [n, big] = w;
  const out = new Uint8Array(bytes.length * n);
  bytes.forEach((b, i) => { out[big ? i * n + n - 1 : i * n] = b; });
  return out;
}

function write(ctx: BifContext, p: string, data: Term, opts?: Term): string | undefined {
  const fs = fsOf(ctx);
  // (iodata as :file.write_file takes it: an improper list's tail may be a binary, a byte is
  // 0..255; anything else is {:error, :badarg}, with no file made)
  let bytes = iodataBytes(data);
  if (bytes === undefined) return "badarg";
  // (:exclusive: the file must not exist yet, {:error, :eexist})
  const { append, exclusive, raw, encoding } = writeOpts(opts);
  // File.write/2,3 is :file.write_file/3, which opens the file through a file_io_server process
  // unless given :raw (even when the open then fails): the process is gone once the call returns,
  // but it took a pid number, so the next spawn's pid is numbered as on the BEAM
  if (!raw) node(ctx).newPid();
  // (that process encodes; a raw file takes the bytes as they are)
  if (!raw && encoding !== undefined) {
    bytes = encodedBytes(bytes, encoding);
    if (bytes === undefined) return "badarg";
  }
  const flag = exclusive ? { flag: append ? "ax" : "wx" } : undefined;
  const r = posix(() => (append ? fs.appendFileSync(p, bytes!, flag) : fs.writeFileSync(p, bytes!, flag)));
  return typeof r === "string" ? r : undefined;
}

function mkdirP(ctx: BifContext, p: string): string | undefined {
  const fs = fsOf(ctx);
  const r = posix(() => {
    // component by component (node's recursive mkdir can loop on special file systems)
    const parts = p.split("/");
    let acc = "";
    for (let i = 0; i < parts.length; i++) {
      acc = i === 0 ? parts[0] : acc + "/" + parts[i];
      if (acc === "" || parts[i] === "" || parts[i] === ".") continue;
      let st = null;
      try { st = fs.statSync(acc); } catch { st = null; }
      if (st) {
        if (!st.isDirectory()) { const e = new Error("enotdir") as Error & { code: string }; e.code = "ENOTDIR"; throw e; }
        continue;
      }
      fs.mkdirSync(acc);
    }
  });
  return typeof r === "string" ? r : undefined;
}

function rm(ctx: BifContext, p: string): string | undefined {
  const fs = fsOf(ctx);
  const r = posix(() => {
    const st = fs.lstatSync(p);
    if (st.isDirectory()) {
      const e = new Error("eperm") as Error & { code: string };
      e.code = "EPERM";
      throw e;
    }
    fs.unlinkSync(p);
  });
  return typeof r === "string" ? r : undefined;
}

function rmRf(ctx: BifContext, p: string): string[] | [string, string] {
  const fs = fsOf(ctx);
  const removed: string[] = [];
  const walk = (q: string): void => {
    let st;
    try { st = fs.lstatSync(q); } catch { return; }
    removed.push(q);
    let entries: string[] = [];
    if (st.isDirectory()) try { entries = listDir(fs, q); } catch { entries = []; }
    for (const e of entries) walk(q.replace(/\/$/, "") + "/" + e);
  };
  walk(p);
  try {
    fs.rmSync(p, { recursive: true, force: true });
  } catch (e) {
    return [reasonOf(e), p];
  }
  return removed;
}

function ls(ctx: BifContext, p: string): string[] | string {
  const fs = fsOf(ctx);
  return posix(() => listDir(fs, p));
}

export function cp(ctx: BifContext, from: string, to: string): string | undefined {
  const fs = fsOf(ctx);
  // a destination that is a device (/dev/full, /dev/null) is written through, as OTP's copy
  // writes to it: the host's copy removes a destination it failed to fill, the device included
  const target = stat(ctx, to);
  const r = target !== null && !target.isFile() && !target.isDirectory()
    ? posix(() => fs.writeFileSync(to, fs.readFileSync(from)))
    : posix(() => fs.copyFileSync(from, to));
  return typeof r === "string" ? r : undefined;
}

// OTP reports a directory that is not empty as :eexist
function rmdir(ctx: BifContext, p: string): string | undefined {
  const r = posix(() => fsOf(ctx).rmdirSync(p));
  return r === "enotempty" ? "eexist" : (r as string | undefined);
}

export function stat(ctx: BifContext, p: string): any {
  try {
    return fsOf(ctx).statSync(p);
  } catch {
    return null;
  }
}

export function copyError(ctx: BifContext, name: string, action: string, from: string, to: string, reason: string): never {
  ensureExceptionModules(node(ctx));
  raise(exception(name, { reason: atom(reason), source: bin(from), destination: bin(to), on: bin(""), action: bin(action) }));
}

defineBifs("Elixir.File", withFileFrames(withFileArgChecks({
  "read/1": ([p], ctx) => {
    const r = read(ctx, str(p));
    return typeof r === "string" ? tuple(ERROR, atom(r)) : tuple(OK, binFromBytes(r));
  },
  "read!/1": ([p], ctx) => {
    const r = read(ctx, str(p));
    if (typeof r === "string") fileError(ctx, "read file", str(p), r);
    return binFromBytes(r as Uint8Array);
  },
  "write/2": ([p, d], ctx) => okOr(write(ctx, str(p), d)),
  "write/3": ([p, d, o], ctx) => okOr(write(ctx, str(p), d, o)),
  "write!/2": ([p, d], ctx) => bang(ctx, write(ctx, str(p), d), "write to file", str(p)),
  "write!/3": ([p, d, o], ctx) => bang(ctx, write(ctx, str(p), d, o), "write to file", str(p)),
  "mkdir/1": ([p], ctx) => okOr(posix(() => fsOf(ctx).mkdirSync(str(p)))),
  "mkdir!/1": ([p], ctx) => bang(ctx, posix(() => fsOf(ctx).mkdirSync(str(p))), "make directory", str(p)),
  "mkdir_p/1": ([p], ctx) => okOr(mkdirP(ctx, str(p))),
  "mkdir_p!/1": ([p], ctx) => bang(ctx, mkdirP(ctx, str(p)), "make directory (with -p)", str(p)),
  "rm/1": ([p], ctx) => okOr(rm(ctx, str(p))),
  "rm!/1": ([p], ctx) => bang(ctx, rm(ctx, str(p)), "remove file", str(p)),
  "rmdir/1": ([p], ctx) => okOr(rmdir(ctx, str(p))),
  "rmdir!/1": ([p], ctx) => bang(ctx, rmdir(ctx, str(p)), "remove directory", str(p)),
  "rm_rf/1": ([p], ctx) => {
    const r = rmRf(ctx, str(p));
    if (r.length === 2 && !r[0].startsWith("/") && r[1] === str(p)) return tuple(ERROR, atom(r[0]), bin(r[1]));
    return tuple(OK, list(r.map((x) => bin(x))));
  },
  "rm_rf!/1": ([p], ctx) => {
    const r = rmRf(ctx, str(p));
    if (r.length === 2 && !r[0].startsWith("/") && r[1] === str(p)) fileError(ctx, "remove files and directories recursively from", str(p), r[0]);
    return list(r.map((x) => bin(x)));
  },
  "exists?/1": ([p], ctx) => bool(stat(ctx, str(p)) !== null),
  "dir?/1": ([p], ctx) => bool(!!stat(ctx, str(p))?.isDirectory()),
  "regular?/1": ([p], ctx) => bool(!!stat(ctx, str(p))?.isFile()),
  "ls/0": (_, ctx) => lsResult(ls(ctx, cwd(ctx))),
  "ls/1": ([p], ctx) => lsResult(ls(ctx, str(p))),
  "ls!/0": (_, ctx) => lsBang(ctx, cwd(ctx)),
  "ls!/1": ([p], ctx) => lsBang(ctx, str(p)),
  "cp/2": ([a, b], ctx) => okOr(cp(ctx, str(a), str(b))),
  "cp!/2": ([a, b], ctx) => {
    const r = cp(ctx, str(a), str(b));
    if (r !== undefined) copyError(ctx, "File.CopyError", "copy", str(a), str(b), r);
    return OK;
  },
  "rename/2": ([a, b], ctx) => okOr(posix(() => fsOf(ctx).renameSync(str(a), str(b)))),
  "rename!/2": ([a, b], ctx) => {
    const r = posix(() => fsOf(ctx).renameSync(str(a), str(b)));
    if (typeof r === "string") copyError(ctx, "File.RenameError", "rename", str(a), str(b), r);
    return OK;
  },
  "touch/1": ([p], ctx) => okOr(touch(ctx, str(p))),
  "touch!/1": ([p], ctx) => bang(ctx, touch(ctx, str(p)), "touch", str(p)),
  "cwd/0": (_, ctx) => tuple(OK, bin(cwd(ctx))),
  "cwd!/0": (_, ctx) => bin(cwd(ctx)),
  "cd/1": ([p], ctx) => {
    const h = node(ctx).host;
    if (!h.chdir) return tuple(ERROR, atom("enotsup"));
    const dir = str(p);
    // (prim_file refuses a name holding a NUL byte before asking the OS)
    if (dir.includes("\0")) return tuple(ERROR, atom("badarg"));
    return okOr(posix(() => h.chdir!(dir)));
  },
})));

// ---- file information (File.stat, :file.read_file_info) ------------------------------------------

/** the file's type as OTP names it, from the mode's S_IFMT bits */
function fileType(mode: number): string {
  switch (mode & 0o170000) {
    case 0o100000: return "regular";
    case 0o040000: return "directory";
    case 0o120000: return "symlink";
    case 0o020000: case 0o060000: return "device";
    default: return "other";
  }
}

/** read/write access for this process, asked of the host as OTP's efile does */
function fileAccess(fs: any, p: string): string {
  const can = (bit: number | undefined) => {
    if (bit === undefined || !fs.accessSync) return true;
    try { fs.accessSync(p, bit); return true; } catch { return false; }
  };
  const r = can(fs.constants?.R_OK), w = can(fs.constants?.W_OK);
  return r && w ? "read_write" : r ? "read" : w ? "write" : "none";
}

/**
 * {:ok, {size, type, access, atime, mtime, ctime, mode, links, major_device, minor_device, inode,
 * uid, gid}} with times in POSIX seconds (lib/file_stat.ex converts them), or {:error, reason}.
 * A host without these fields (the in-memory file system) gives what it has and zeros.
 */
function fileInfo(ctx: BifContext, p: string, follow: boolean): Term {
  const fs = fsOf(ctx);
  let st: any;
  try {
    st = follow ? fs.statSync(p) : fs.lstatSync(p);
  } catch (e) {
    return tuple(ERROR, atom(reasonOf(e)));
  }
  const mode = typeof st.mode === "number" ? st.mode : st.isDirectory() ? 0o40755 : 0o100644;
  const secs = (ms: number | undefined) => Math.floor((ms ?? st.mtimeMs ?? 0) / 1000);
  const n = (v: unknown) => (typeof v === "number" ? v : 0);
  return tuple(OK, tuple(
    n(st.size), atom(fileType(mode)), atom(fileAccess(fs, p)),
    secs(st.atimeMs), secs(st.mtimeMs), secs(st.ctimeMs),
    mode, typeof st.nlink === "number" ? st.nlink : 1, n(st.dev), n(st.rdev), n(st.ino), n(st.uid), n(st.gid),
  ));
}

defineBifs("beamlet", {
  "file_info/2": ([p, follow], ctx) => fileInfo(ctx, str(p), follow === TRUE),
});

export function touch(ctx: BifContext, p: string): string | undefined {
  const fs = fsOf(ctx);
  const r = posix(() => {
    const now = new Date();
    if (fs.existsSync(p)) fs.utimesSync(p, now, now);
    else fs.writeFileSync(p, new Uint8Array(0));
  });
  return typeof r === "string" ? r : undefined;
}

function lsResult(r: string[] | string): Term {
  return typeof r === "string" ? tuple(ERROR, atom(r)) : tuple(OK, list(r.map((x) => bin(x))));
}
function lsBang(ctx: BifContext, p: string): Term {
  const r = ls(ctx, p);
  if (typeof r === "string") fileError(ctx, "list directory", p, r);
  return list((r as string[]).map((x) => bin(x)));
}

function cwd(ctx: BifContext): string {
  return node(ctx).host.cwd?.() ?? "/";
}

// ---- Path (pure string functions, except expand/absname which need the cwd) ----------------------

// Path.join as Elixir 1.14 joins two paths: the left one without its last separator, the right
// one without its first ("/" alone is "."), then the result without its last separator; a list
// joins pairwise from the left, and a single path stays as it is
const removeDirSep = (s: string): string => (s !== "/" && s.endsWith("/") ? s.slice(0, -1) : s);
const relativePart = (s: string): string => (s === "/" ? "." : s.startsWith("/") ? s.slice(1) : s);

function join2(left: string, right: string): string {
  let joined: string;
  if (right === "/") joined = removeDirSep(left);
  else if (left === "") joined = relativePart(right);
  else if (left === "/") joined = "/" + relativePart(right);
  else joined = removeDirSep(left) + "/" + relativePart(right);
  return removeDirSep(joined);
}

function joinList(parts: string[]): string {
  if (parts.length === 0) return "";
  return parts.slice(1).reduce(join2, parts[0]);
}

function basename(p: string): string {
  const t = p.replace(/\/+$/, "");
  const i = t.lastIndexOf("/");
  return i < 0 ? t : t.slice(i + 1);
}
function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  return p.slice(0, i).replace(/\/+$/, "") || "/";
}
/** :filename.extension/1: from the last dot, unless the path starts there or a separator comes
 *  just before it or anywhere after it */
function extname(p: string): string {
  const i = p.lastIndexOf(".");
  return i <= 0 || p.slice(i - 1).includes("/") ? "" : p.slice(i);
}
/** :filename.rootname/1,2: without the last extension (a dot just after a separator starts no
 *  extension, one at the very start does); with `ext`, without that suffix unless it is the whole
 *  last component */
function rootname(p: string, ext?: string): string {
  if (ext !== undefined) {
    if (!p.endsWith(ext)) return p;
    const kept = p.slice(0, p.length - ext.length);
    return kept.endsWith("/") ? p : kept;
  }
  let root = "";
  let pending: string | null = null;
  for (const ch of p) {
    if (ch === "/") { root += (pending ?? "") + "/"; pending = null; }
    else if (ch === "." && pending === null && root.endsWith("/")) root += ".";
    else if (ch === ".") { root += pending ?? ""; pending = "."; }
    else if (pending === null) root += ch;
    else pending += ch;
  }
  return root;
}

function normalize(p: string): string {
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0) out.pop();
      continue;
    }
    out.push(part);
  }
  return (abs ? "/" : "") + out.join("/");
}

function home(ctx: BifContext): string {
  return node(ctx).host.homeDir?.() ?? "/";
}

function expandHome(ctx: BifContext, p: string): string {
  if (p === "~") return home(ctx);
  if (p.startsWith("~/")) return home(ctx) + p.slice(1);
  return p;
}

function absname(p: string, base: string): string {
  if (p.startsWith("/")) return p;
  return base.replace(/\/+$/, "") + "/" + p;
}

/**
 * Path.absname/1,2: the path joined to the base as Elixir 1.14 does it, character by character:
 * a `/` after `/` (or after `/.`, which it drops) is left out, and the last `/` too, unless it is
 * the root; `..` and a last `.` stay
 */
function absnameJoined(p: string, base: string): string {
  const out: string[] = [];
  let [s, rest] = p.startsWith("/") ? [p, ""] : [base, p];
  for (;;) {
    if (s === "") {
      if (rest === "") break;
      // (the separator between them goes through the same rules: `/x/.` and `./a` give /x/a)
      [s, rest] = ["/" + rest, ""];
      continue;
    }
    const ch = s[0];
    s = s.slice(1);
    if (ch === "/" && out[out.length - 1] === "." && out[out.length - 2] === "/") out.pop();
    else if (ch !== "/" || out[out.length - 1] !== "/") out.push(ch);
  }
  if (out.length > 1 && out[out.length - 1] === "/") out.pop();
  return out.join("");
}

export function expand(ctx: BifContext, p: string, rel?: string): string {
  const q = expandHome(ctx, p);
  const base = rel === undefined ? cwd(ctx) : expand(ctx, rel);
  return normalize(absname(q, base)) || "/";
}

function split(p: string): string[] {
  if (p === "") return [];
  const parts = p.split("/").filter((x) => x !== "");
  return p.startsWith("/") ? ["/", ...parts] : parts;
}

/** Path.relative_to/2 as Elixir 1.14 has it: the components of p after those it shares with all of
 *  `from` ("." when they are the same), else p as given (no . or .. is resolved) */
export function relativeTo(p: string, from: string): string {
  const a = split(p);
  const b = split(from);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return ".";
  return i === b.length ? joinList(a.slice(i)) : p;
}

function globToRegex(g: string): RegExp {
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*" && g[i + 1] === "*") {
      re += ".*";
      i++;
      if (g[i + 1] === "/") { re += "/?"; i++; re = re.replace(/\.\*\/\?$/, "(?:.*/)?"); }
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = g.indexOf("}", i);
      re += "(?:" + g.slice(i + 1, end).split(",").map((x) => x.replace(/[.+^$()|[\]\\]/g, "\\$&")).join("|") + ")";
      i = end;
    } else if (c === "[") {
      const end = g.indexOf("]", i);
      re += g.slice(i, end + 1);
      i = end;
    } else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp("^" + re + "$");
}

function wildcard(ctx: BifContext, g: string): string[] {
  const fs = node(ctx).host.fs;
  return fs ? wildcardOn(fs, g) : [];
}

/** Path.wildcard/1 on a host's file system (also the CLI's, for `elixir -r PATTERN`) */
export function wildcardOn(fs: NonNullable<Node["host"]["fs"]>, g: string, matchDot = false): string[] {
  const abs = g.startsWith("/");
  // the literal prefix directory
  const parts = g.split("/");
  let i = 0;
  const lit: string[] = [];
  while (i < parts.length - 1 && !/[*?{[]/.test(parts[i])) lit.push(parts[i++]);
  const baseRel = lit.join("/");
  const base = abs ? baseRel || "/" : baseRel;
  const re = globToRegex(g);
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: string[];
    try { entries = fs.readdirSync(dir === "" ? "." : dir).sort(); } catch { return; }
    for (const e of entries) {
      // (Path.wildcard/1 leaves out dot files; :filelib.wildcard/1,2 keep them)
      if (!matchDot && e.startsWith(".")) continue;
      const p = dir === "" ? e : dir === "/" ? "/" + e : dir + "/" + e;
      if (re.test(p)) out.push(p);
      let isDir = false;
      try { isDir = fs.statSync(p).isDirectory(); } catch { /* dangling */ }
      if (isDir) walk(p);
    }
  };
  if (!/[*?{[]/.test(g)) return fs.existsSync(g) ? [g] : [];
  walk(base);
  return out.sort();
}

const S = (s: string) => bin(s);

function safeRelative(path: string): Term {
  if (path.startsWith("/")) return atom("error");
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return atom("error");
      out.pop();
    } else out.push(seg);
  }
  return tuple(atom("ok"), bin(out.join("/")));
}

/** Path's BIFs, each checking its arguments first as Elixir's function does (vm/bifs/path_args.ts) */
function withPathArgs<F extends (args: Term[], ctx: BifContext) => Term>(fns: Record<string, F>): Record<string, F> {
  for (const key of Object.keys(fns)) {
    const [name, arity] = key.split("/");
    const fn = fns[key];
    fns[key] = ((args: Term[], ctx: BifContext) => {
      checkPathArgs(name, Number(arity), args);
      return fn(args, ctx);
    }) as F;
  }
  return fns;
}

defineBifs("Elixir.Path", withPathArgs({
  "join/1": ([l]) => S(joinList(joinParts(l).map(str))),
  "join/2": ([a, b]) => S(joinList([str(a), str(b)])),
  "basename/1": ([p]) => S(basename(str(p))),
  "basename/2": ([p, e]) => {
    const b = basename(str(p));
    const ext = str(e);
    return S(ext !== "" && b.endsWith(ext) && extname(b) === ext ? b.slice(0, b.length - ext.length) : b);
  },
  "dirname/1": ([p]) => S(dirname(str(p))),
  "extname/1": ([p]) => S(extname(str(p))),
  "rootname/1": ([p]) => S(rootname(str(p))),
  "rootname/2": ([p, e]) => S(rootname(str(p), str(e))),
  "expand/1": ([p], ctx) => S(expand(ctx, str(p))),
  "expand/2": ([p, r], ctx) => S(expand(ctx, str(p), str(r))),
  "absname/1": ([p], ctx) => S(absnameJoined(str(p), cwd(ctx))),
  "absname/2": ([p, r]) => S(absnameJoined(str(p), str(r))),
  "split/1": ([p]) => list(split(str(p)).map(S)),
  "relative_to/2": ([p, f]) => S(relativeTo(str(p), str(f))),
  "relative_to_cwd/1": ([p], ctx) => S(relativeTo(str(p), cwd(ctx))),
  "relative/1": ([p]) => S(relativePart(str(p))),
  // a relative path with its . and .. resolved, :error when absolute or when it leaves its root
  // (beamlet's host follows no symlinks here: the second argument, where OTP resolves them, is unused)
  "safe_relative/1": ([p]) => safeRelative(str(p)),
  "safe_relative_to/2": ([p]) => safeRelative(str(p)),
  "type/1": ([p]) => {
    if (!isChardataArg(p)) throw ownClauseError("type", [p]);
    return atom(str(p).startsWith("/") ? "absolute" : "relative");
  },
  "wildcard/1": ([g], ctx) => list(wildcard(ctx, str(g)).map(S)),
  "wildcard/2": ([g], ctx) => list(wildcard(ctx, str(g)).map(S)),
}));

// ---- System -------------------------------------------------------------------------------------

function env(ctx: BifContext): Record<string, string | undefined> {
  const h = node(ctx).host;
  if (!h.env) (h as { env?: Record<string, string | undefined> }).env = {};
  return h.env!;
}

// System's environment functions call :os.getenv/putenv/unsetenv with the name (and value) as
// charlists, so what :os refuses ("=" in a name, a NUL byte anywhere) fails there as on OTP 25, in
// :os's frame over System's: System.get_env("A=C") over System.get_env/2 at lib/system.ex:658.
const systemFrame = (name: string, arity: number | Term[], line: number): Term => codeFrame("Elixir.System", name, arity, "lib/system.ex", line);
const NUL_REFUSED = '"\\0" characters is not allowed in environment variable names or values';

/** the name (and value) as :os.name/arity checks them, failing in its frame over `below` */
function osEnvCheck(osName: string, args: string[], below: Term[]): void {
  let why: [number, string] | undefined;
  if (args[0].includes("\0")) why = [1, NUL_REFUSED];
  else if (args[0].includes("=")) why = [1, '"=" characters is not allowed in environment variable names'];
  else if (args.length > 1 && args[1].includes("\0")) why = [2, NUL_REFUSED];
  if (why === undefined) return;
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = { args: [why] };
  e.callee = bifErrorFrame("os", osName, args.map(charlist), e.diagnosis);
  e.calleeBelow = below;
  throw e;
}

/** System.name(args)'s own FunctionClauseError (a name that is not a binary), at lib/system.ex:line */
function systemClauseError(name: string, args: Term[], line: number, below: Term[] = []): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = systemFrame(name, args, line);
  e.calleeBelow = below;
  throw e;
}

const isBinary = (t: Term): boolean => t instanceof Bin && t.isBinary;

/** an environment variable, as System.get_env/2 reads it (what the caller adds under its frame) */
function getEnv(ctx: BifContext, k: Term, below: Term[] = [], d: Term = NIL_ATOM): string | undefined {
  // (def get_env(varname, default \\ nil) when is_binary(varname) and (is_binary(default) or is_nil(default)))
  if (!isBinary(k) || !(isBinary(d) || d === NIL_ATOM)) systemClauseError("get_env", [k, d], 655, below);
  const name = str(k);
  osEnvCheck("getenv", [name], [systemFrame("get_env", 2, 658), ...below]);
  return env(ctx)[name];
}

/** List.Chars.to_charlist/1's text for what System.put_env/1 takes as a name or a value */
function envText(t: Term): string {
  if (isInt(t)) return String(t);
  return str(t);
}

// System.put_env/1 walks its enumerable with Enum.each/2: a map through :maps.fold, a list through
// :lists.foreach, whose frames stand under the walking fun's
const enumFrame = (name: string, arity: number, line: number): Term => codeFrame("Elixir.Enum", name, arity, "lib/enum.ex", line);
const PUT_ENV_BELOW_MAP = (): Term[] => [
  enumFrame("-each/2-fun-0-", 3, 980),
  codeFrame("maps", "fold_1", 3, "maps.erl", 411),
  enumFrame("each", 2, 2480),
];
const PUT_ENV_BELOW_LIST = (): Term[] => [enumFrame("-each/2-lists^foreach/1-0-", 2, 975)];

function putEnvEach(ctx: BifContext, kv: Term): Term {
  const isMap = isMapTerm(kv);
  const items: Term[] = isMap ? (kv as any).entries().map(([k, v]: [Term, Term]) => tuple(k, v)) : listToArray(kv) ?? [];
  const below = isMap ? PUT_ENV_BELOW_MAP() : PUT_ENV_BELOW_LIST();
  const FUN = "-put_env/1-fun-0-";
  for (const item of items) {
    if (!(item instanceof Tuple && item.items.length === 2)) {
      const e = new ErlangError("error", atom("function_clause"));
      e.callee = systemFrame(FUN, [item], 749);
      e.calleeBelow = below;
      throw e;
    }
    const [k, v] = item.items;
    const name = envText(k);
    if (name.includes("=")) {
      ensureExceptionModules(node(ctx));
      const e = new ErlangError("error", exception("ArgumentError", { message: bin(`cannot execute System.put_env/1 for key with "=", got: ${inspect(charlist(name))}`) }));
      e.callee = systemFrame(FUN, 1, 761);
      e.calleeBelow = below;
      throw e;
    }
    const value = envText(v);
    osEnvCheck("putenv", [name, value], [systemFrame(FUN, 1, 758), ...below]);
    env(ctx)[name] = value;
  }
  return OK;
}

function tmpDir(ctx: BifContext): string | null {
  const h = node(ctx).host;
  const e = env(ctx);
  for (const k of ["TMPDIR", "TEMP", "TMP"]) if (e[k]) return e[k]!;
  return h.tmpDir?.() ?? "/tmp";
}

function haltCode(t: Term): number {
  if (isInt(t)) return Number(t);
  if (t instanceof Atom && t.name === "abort") return 134;
  if (t instanceof Bin || listToArray(t) !== null) return 1;
  badarg();
}

defineBifs("Elixir.System", {
  "argv/0": (_, ctx) => list(((node(ctx) as unknown as { argv?: string[] }).argv ?? []).map(S)),
  "argv/1": ([a], ctx) => {
    (node(ctx) as unknown as { argv?: string[] }).argv = (listToArray(a) ?? []).map(str);
    return OK;
  },
  "get_env/0": (_, ctx) => mapFromEntries(Object.entries(env(ctx)).filter(([, v]) => v !== undefined).map(([k, v]) => [S(k), S(v!)] as [Term, Term])),
  "get_env/1": ([k], ctx) => {
    const v = getEnv(ctx, k);
    return v === undefined ? NIL_ATOM : S(v);
  },
  "get_env/2": ([k, d], ctx) => {
    const v = getEnv(ctx, k, [], d);
    return v === undefined ? d : S(v);
  },
  "fetch_env/1": ([k], ctx) => {
    if (!isBinary(k)) systemClauseError("fetch_env", [k], 681);
    const name = str(k);
    osEnvCheck("getenv", [name], [systemFrame("fetch_env", 1, 682)]);
    const v = env(ctx)[name];
    return v === undefined ? ERROR : tuple(OK, S(v));
  },
  "fetch_env!/1": ([k], ctx) => {
    if (!isBinary(k)) systemClauseError("fetch_env!", [k], 705);
    const v = getEnv(ctx, k, [systemFrame("fetch_env!", 1, 706)]);
    if (v === undefined) {
      // raised from System.fetch_env!/1's own frame, as Elixir 1.14's lib/system.ex:706
      ensureExceptionModules(node(ctx));
      const e = new ErlangError("error", exception("System.EnvError", { env: S(str(k)) }));
      e.callee = systemFrame("fetch_env!", 1, 706);
      throw e;
    }
    return S(v!);
  },
  "put_env/2": ([k, v], ctx) => {
    if (!isBinary(k) || !isBinary(v)) systemClauseError("put_env", [k, v], 727);
    // (Elixir 1.14 refuses a name with "=" before it reaches the OS)
    if (str(k).includes("=")) {
      ensureExceptionModules(node(ctx));
      raiseInElixir(exception("ArgumentError", { message: bin(`cannot execute System.put_env/2 for key with "=", got: ${inspect(k)}`) }), "Elixir.System", "put_env", 2, "lib/system.ex", 730);
    }
    osEnvCheck("putenv", [str(k), str(v)], [systemFrame("put_env", 2, 734)]);
    env(ctx)[str(k)] = str(v);
    return OK;
  },
  "put_env/1": ([kv], ctx) => putEnvEach(ctx, kv),
  "delete_env/1": ([k], ctx) => {
    if (!isBinary(k)) {
      // (String.to_charlist/1 converts the name)
      const e = new ErlangError("error", atom("function_clause"));
      e.callee = codeFrame("Elixir.String", "to_charlist", [k], "lib/string.ex", 2529);
      e.calleeBelow = [systemFrame("delete_env", 1, 774)];
      throw e;
    }
    osEnvCheck("unsetenv", [str(k)], [systemFrame("delete_env", 1, 774)]);
    delete env(ctx)[str(k)];
    return OK;
  },
  "cwd/0": (_, ctx) => S(cwd(ctx)),
  "cwd!/0": (_, ctx) => S(cwd(ctx)),
  "tmp_dir/0": (_, ctx) => {
    const t = tmpDir(ctx);
    return t === null ? NIL_ATOM : S(t);
  },
  "tmp_dir!/0": (_, ctx) => S(tmpDir(ctx) ?? "/tmp"),
  "user_home/0": (_, ctx) => S(home(ctx)),
  "user_home!/0": (_, ctx) => S(home(ctx)),
  "halt/0": () => { throw new Halt(0); },
  "halt/1": ([c]) => {
    // when is_integer(status) or status == :abort; when is_binary(status)
    if (!(isInt(c) || c === atom("abort") || c instanceof Bin)) noClause("Elixir.System", "halt", 1);
    // (an integer or :abort goes to :erlang.halt/1 as a tail call: its badarg names that frame alone)
    if (c instanceof Bin) throw new Halt(haltCode(c));
    return new TailCall(atom("erlang"), [c], atom("halt"));
  },
  // run (newest first, with the exit status) when a script ends: :beamlet_boot.run_at_exit/1
  "at_exit/1": ([f], ctx) => {
    // when is_function(fun, 1)
    if (!(isFunction(f) && f.arity === 1)) noClause("Elixir.System", "at_exit", 1);
    node(ctx).atExit.unshift(f);
    return OK;
  },
  // as :init.stop/1: the node stops in the background (the applications' stop/1 callbacks run,
  // newest application first), then halts; the caller goes on meanwhile
  "stop/0": () => new TailCall(atom("beamlet_boot"), [0], atom("system_stop")),
  "stop/1": ([c]) => {
    // when is_integer(status); when is_binary(status)
    if (!(isInt(c) || c instanceof Bin)) noClause("Elixir.System", "stop", 1);
    return new TailCall(atom("beamlet_boot"), [haltCode(c)], atom("system_stop"));
  },
  "schedulers_online/0": () => schedulersOnline(),
  "schedulers/0": () => SCHEDULERS,
  "pid/0": (_, ctx) => S(String((globalThis as any).process?.pid ?? 1)),
  "endianness/0": () => atom("little"),
  "build_info/0": () => mapFromEntries([[atom("build"), S(ELIXIR_BUILD)], [atom("date"), S("2022-10-08T16:54:46Z")], [atom("otp_release"), S("24")], [atom("revision"), S("")], [atom("version"), S("1.14.0")]]),
});

function isMapTerm(t: Term): boolean {
  return typeof t === "object" && t !== null && (t as { isMap?: boolean }).isMap === true;
}

export { TRUE, FALSE, NIL };

/** the characters of a charlist (a flat list of code points), or null for anything else */
function charlistText(t: Term): string | null {
  const items = listToArray(t);
  if (items === null || !items.every((c) => typeof c === "number")) return null;
  return String.fromCodePoint(...(items as number[]));
}


// :filelib.wildcard/1,2 (the rest of :filelib is lib/erlang/filelib.ex): an Erlang glob over the
// host's files, dot files included, as sorted charlists; with a directory, matched in it and
// answered relative to it. A pattern that is no charlist matches no clause of filelib.erl's.
defineBifs("filelib", {
  "wildcard/1": ([g], ctx) => {
    const text = charlistText(g);
    if (text === null) filelibClause("wildcard", [g], 54);
    const fs = node(ctx).host.fs;
    return list((fs ? wildcardOn(fs, text!, true) : []).map(charlist));
  },
  "wildcard/2": ([g, cwdArg], ctx) => {
    const text = charlistText(g);
    const dir = charlistText(cwdArg);
    if (text === null || dir === null) filelibClause("wildcard", [g, cwdArg], 60);
    const fs = node(ctx).host.fs;
    if (!fs) return NIL;
    if (text!.startsWith("/")) return list(wildcardOn(fs, text!, true).map(charlist));
    const base = dir!.endsWith("/") ? dir! : dir! + "/";
    return list(wildcardOn(fs, base + text!, true).map((p) => charlist(p.slice(base.length))));
  },
});

function filelibClause(fun: string, args: Term[], line: number): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = codeFrame("filelib", fun, args, "filelib.erl", line);
  throw e;
}
