// File's links, modes, copies by byte count and the ! forms the first File BIFs lack:
// copy/2,3, ln/ln_s, read_link, chmod, touch/2, exists?/dir?/regular? with options.
import { hostErrorReason } from "./host_error_reason.ts";
import { withFileFrames } from "./file_bang_frames.ts";
import { withFileArgChecks } from "./path_args.ts";
import { Atom, Bin, Term, Tuple, atom, bin, tuple, ERROR, OK, TRUE, FALSE, NIL_ATOM } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { raise, exception } from "../errors.ts";
import { ensureExceptionModules } from "./code_exceptions.ts";
import { bang, copyError, fileError, fsOf, node, okOr, posix, stat, str } from "./files.ts";

const bool = (b: boolean) => (b ? TRUE : FALSE);

/** {:ok, bytes_copied} or the POSIX reason; at most `limit` bytes (:infinity: all) */
function copy(ctx: BifContext, from: string, to: string, limit: Term): number | string {
  const fs = fsOf(ctx);
  const r = posix(() => {
    const data: Uint8Array = new Uint8Array(fs.readFileSync(from));
    const n = typeof limit === "number" ? Math.min(Math.max(limit, 0), data.length) : data.length;
    fs.writeFileSync(to, data.subarray(0, n));
    return n;
  });
  return r;
}

function copied(r: number | string): Term {
  return typeof r === "string" ? tuple(ERROR, atom(r)) : tuple(OK, r);
}

function copyBang(ctx: BifContext, a: Term, b: Term, limit: Term): Term {
  const r = copy(ctx, str(a), str(b), limit);
  if (typeof r === "string") copyError(ctx, "File.CopyError", "copy", str(a), str(b), r);
  return r;
}

function link(ctx: BifContext, existing: string, created: string, symbolic: boolean): string | undefined {
  const fs = fsOf(ctx);
  const r = posix(() => (symbolic ? fs.symlinkSync(existing, created) : fs.linkSync(existing, created)));
  return typeof r === "string" ? r : undefined;
}

function linkBang(ctx: BifContext, existing: Term, created: Term, symbolic: boolean): Term {
  const r = link(ctx, str(existing), str(created), symbolic);
  if (r !== undefined) {
    ensureExceptionModules(node(ctx));
    raise(exception("File.LinkError", {
      reason: atom(r), existing: bin(str(existing)), new: bin(str(created)),
      action: bin(symbolic ? "create symlink" : "create hard link"),
    }));
  }
  return OK;
}

function readLink(ctx: BifContext, p: string): string | { reason: string } {
  const fs = fsOf(ctx);
  try {
    return String(fs.readlinkSync(p));
  } catch (e) {
    return { reason: hostErrorReason(e) };
  }
}

function chmod(ctx: BifContext, p: string, mode: Term): string | undefined {
  if (typeof mode !== "number") return "badarg";
  const r = posix(() => fsOf(ctx).chmodSync(p, mode));
  return typeof r === "string" ? r : undefined;
}

/**
 * chown with one of the ids changed (:file.change_owner/change_group): the other keeps its value;
 * an id that is not an integer is OTP's badarg
 */
function chown(ctx: BifContext, p: string, uid: Term | undefined, gid: Term | undefined): string | undefined {
  for (const id of [uid, gid]) if (id !== undefined && (typeof id !== "number" || !Number.isInteger(id))) return "badarg";
  const fs = fsOf(ctx);
  const r = posix(() => {
    const st = fs.statSync(p);
    fs.chownSync(p, uid ?? st.uid, gid ?? st.gid);
  });
  return typeof r === "string" ? r : undefined;
}

/** :file.write_file_info for File.write_stat: mode, then owner and group, then the times (universal or POSIX) */
function writeStat(ctx: BifContext, p: string, [mode, uid, gid, atime, mtime]: Term[]): string | undefined {
  const given = (t: Term) => !(t instanceof Atom && t.name === "undefined") && t !== NIL_ATOM;
  if (given(mode)) {
    const r = chmod(ctx, p, mode);
    if (r) return r;
  }
  if (given(uid) || given(gid)) {
    const r = chown(ctx, p, given(uid) ? uid : undefined, given(gid) ? gid : undefined);
    if (r) return r;
  }
  if (given(atime) || given(mtime)) {
    const fs = fsOf(ctx);
    const a = given(atime) ? timeOf(atime) : undefined, m = given(mtime) ? timeOf(mtime) : undefined;
    if ((given(atime) && !a) || (given(mtime) && !m)) return "badarg";
    const r = posix(() => {
      const st = fs.statSync(p);
      fs.utimesSync(p, a ?? st.atime, m ?? st.mtime);
    });
    if (typeof r === "string") return r;
  }
  return undefined;
}

/** a POSIX time or an Erlang {{y, m, d}, {h, mi, s}} in universal time, as a JS Date */
function timeOf(t: Term): Date | undefined {
  if (typeof t === "number") return new Date(t * 1000);
  if (t instanceof Tuple && t.items.length === 2 && t.items.every((x) => x instanceof Tuple && x.items.length === 3)) {
    const [[y, mo, d], [h, mi, s]] = t.items.map((x) => (x as Tuple).items as number[]);
    return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  }
  return undefined;
}

function touchAt(ctx: BifContext, p: string, time: Term): string | undefined {
  const at = timeOf(time);
  if (at === undefined) return "badarg";
  const fs = fsOf(ctx);
  const r = posix(() => {
    if (!fs.existsSync(p)) fs.writeFileSync(p, new Uint8Array(0));
    fs.utimesSync(p, at, at);
  });
  return typeof r === "string" ? r : undefined;
}

defineBifs("Elixir.File", withFileFrames(withFileArgChecks({
  "copy/2": ([a, b], ctx) => copied(copy(ctx, str(a), str(b), atom("infinity"))),
  "copy/3": ([a, b, n], ctx) => copied(copy(ctx, str(a), str(b), n)),
  "copy!/2": ([a, b], ctx) => copyBang(ctx, a, b, atom("infinity")),
  "copy!/3": ([a, b, n], ctx) => copyBang(ctx, a, b, n),
  "ln_s/2": ([a, b], ctx) => okOr(link(ctx, str(a), str(b), true)),
  "ln_s!/2": ([a, b], ctx) => linkBang(ctx, a, b, true),
  "ln/2": ([a, b], ctx) => okOr(link(ctx, str(a), str(b), false)),
  "ln!/2": ([a, b], ctx) => linkBang(ctx, a, b, false),
  "read_link/1": ([p], ctx) => {
    const r = readLink(ctx, str(p));
    return typeof r === "string" ? tuple(OK, bin(r)) : tuple(ERROR, atom(r.reason));
  },
  "read_link!/1": ([p], ctx) => {
    const r = readLink(ctx, str(p));
    return typeof r === "string" ? bin(r) : fileError(ctx, "read link", str(p), r.reason);
  },
  "chmod/2": ([p, m], ctx) => okOr(chmod(ctx, str(p), m)),
  "chmod!/2": ([p, m], ctx) => bang(ctx, chmod(ctx, str(p), m), "change mode for", str(p)),
  "touch/2": ([p, t], ctx) => okOr(touchAt(ctx, str(p), t)),
  "touch!/2": ([p, t], ctx) => bang(ctx, touchAt(ctx, str(p), t), "touch", str(p)),
  // the options ([:raw]) only choose how OTP reaches the file system
  "exists?/2": ([p], ctx) => bool(stat(ctx, str(p)) !== null),
  "dir?/2": ([p], ctx) => bool(!!stat(ctx, str(p))?.isDirectory()),
  "regular?/2": ([p], ctx) => bool(!!stat(ctx, str(p))?.isFile()),
})));

void Atom; void Bin;

// :file.change_owner/change_group/write_file_info (lib/erlang/file.ex checks the arguments and
// turns the times universal or POSIX): an id or field that is :undefined stays as it is
const undef = (t: Term) => (t instanceof Atom && t.name === "undefined" ? undefined : t);
defineBifs("beamlet", {
  "file_chown/3": ([p, uid, gid], ctx) => okOr(chown(ctx, str(p), undef(uid), undef(gid))),
  "file_write_info/6": ([p, ...fields], ctx) => okOr(writeStat(ctx, str(p), fields)),
});
