// Raw file descriptors for the file io server (lib/erlang/file_io_server.ex): open, read a
// chunk, write, close, position, pread/pwrite, through the host's fs. The io protocol, buffering,
// lines and encodings are in the language; these only move bytes. Each descriptor's position is
// kept here (the host's fs reads and writes at given offsets and has no seek), except that an
// append-mode write goes to the end of the file.
import { hostErrorReason } from "./host_error_reason.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { Atom, Bin, Term, atom, binFromBytes, tuple, listToArray } from "../terms.ts";
import { badarg } from "../errors.ts";
import type { Node } from "../node.ts";

const OK = atom("ok"), ERROR = atom("error"), EOF = atom("eof");

function fsOf(ctx: BifContext): any {
  return (ctx.node as Node).host.fs;
}

interface Descriptor { pos: number; append: boolean }
const descriptors = new WeakMap<object, Map<number, Descriptor>>();

function descriptor(ctx: BifContext, fd: Term): Descriptor & { fd: number } {
  if (typeof fd !== "number") badarg();
  let table = descriptors.get(ctx.node);
  if (!table) descriptors.set(ctx.node, (table = new Map()));
  let d = table.get(fd as number);
  if (!d) table.set(fd as number, (d = { pos: 0, append: false }));
  return Object.assign(d, { fd: fd as number });
}

function readAt(ctx: BifContext, fd: number, at: number, n: number): Uint8Array {
  const buf = new Uint8Array(n);
  const got = fsOf(ctx).readSync(fd, buf, 0, n, at);
  return buf.subarray(0, got);
}

function writeAt(ctx: BifContext, fd: number, at: number | null, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += fsOf(ctx).writeSync(fd, bytes, off, bytes.length - off, at === null ? null : at + off);
}

const size = (ctx: BifContext, fd: number): number => fsOf(ctx).fstatSync(fd).size;

function posixError(e: unknown): Term {
  return tuple(ERROR, atom(hostErrorReason(e)));
}

/** Erlang's open modes as the host's open(2) flags */
function flags(fs: any, modes: string[]): number {
  const c = fs.constants;
  const read = modes.includes("read"), write = modes.includes("write"), append = modes.includes("append");
  const exclusive = modes.includes("exclusive");
  if (append) return (read ? c.O_RDWR : c.O_WRONLY) | c.O_CREAT | c.O_APPEND;
  if (exclusive) return (read ? c.O_RDWR : c.O_WRONLY) | c.O_CREAT | c.O_EXCL;
  if (write && read) return c.O_RDWR | c.O_CREAT;
  if (write) return c.O_WRONLY | c.O_CREAT | c.O_TRUNC;
  return c.O_RDONLY;
}

defineBifs("beamlet_file", {
  "open/2": ([path, modes], ctx) => {
    const fs = fsOf(ctx);
    if (!fs) return tuple(ERROR, atom("enotsup"));
    if (!(path instanceof Bin)) badarg();
    const names = (listToArray(modes) ?? badarg()).map((m) => (m instanceof Atom ? m.name : ""));
    try {
      const fd = fs.openSync((path as Bin).toString(), flags(fs, names), 0o666);
      if (fs.fstatSync(fd).isDirectory()) {
        fs.closeSync(fd);
        return tuple(ERROR, atom("eisdir"));
      }
      const d = descriptor(ctx, fd);
      d.pos = 0;
      d.append = names.includes("append");
      return tuple(OK, fd);
    } catch (e) {
      return posixError(e);
    }
  },
  "read/2": ([fd, n], ctx) => {
    if (typeof n !== "number") badarg();
    const d = descriptor(ctx, fd);
    try {
      const got = readAt(ctx, d.fd, d.pos, n as number);
      d.pos += got.length;
      return got.length === 0 ? EOF : tuple(OK, binFromBytes(got.slice()));
    } catch (e) {
      return posixError(e);
    }
  },
  "write/2": ([fd, data], ctx) => {
    if (!(data instanceof Bin)) badarg();
    const d = descriptor(ctx, fd);
    try {
      const bytes = (data as Bin).bytes;
      if (d.append) {
        writeAt(ctx, d.fd, null, bytes);
        d.pos = size(ctx, d.fd);
      } else {
        writeAt(ctx, d.fd, d.pos, bytes);
        d.pos += bytes.length;
      }
      return OK;
    } catch (e) {
      return posixError(e);
    }
  },
  /** moves to an absolute offset or to :eof (:cur stays): {:ok, the position} */
  "position/2": ([fd, at], ctx) => {
    const d = descriptor(ctx, fd);
    try {
      const target = at instanceof Atom ? (at.name === "cur" ? d.pos : size(ctx, d.fd)) : (at as number);
      if (typeof target !== "number" || target < 0) return tuple(ERROR, atom("einval"));
      d.pos = target;
      return tuple(OK, target);
    } catch (e) {
      return posixError(e);
    }
  },
  "size/1": ([fd], ctx) => {
    const d = descriptor(ctx, fd);
    try {
      return size(ctx, d.fd);
    } catch (e) {
      return posixError(e);
    }
  },
  /** cuts the file at the descriptor's position */
  "truncate/1": ([fd], ctx) => {
    const d = descriptor(ctx, fd);
    try {
      fsOf(ctx).ftruncateSync(d.fd, d.pos);
      return OK;
    } catch (e) {
      return posixError(e);
    }
  },
  "sync/1": ([fd], ctx) => {
    const d = descriptor(ctx, fd);
    try {
      fsOf(ctx).fsyncSync(d.fd);
      return OK;
    } catch (e) {
      return posixError(e);
    }
  },
  "pread/3": ([fd, at, n], ctx) => {
    if (typeof at !== "number" || typeof n !== "number" || at < 0 || n < 0) badarg();
    const d = descriptor(ctx, fd);
    try {
      const got = readAt(ctx, d.fd, at as number, n as number);
      return got.length === 0 && (n as number) > 0 ? EOF : tuple(OK, binFromBytes(got.slice()));
    } catch (e) {
      return posixError(e);
    }
  },
  "pwrite/3": ([fd, at, data], ctx) => {
    if (typeof at !== "number" || at < 0 || !(data instanceof Bin)) badarg();
    const d = descriptor(ctx, fd);
    try {
      writeAt(ctx, d.fd, d.append ? null : (at as number), (data as Bin).bytes);
      return OK;
    } catch (e) {
      return posixError(e);
    }
  },
  "close/1": ([fd], ctx) => {
    if (typeof fd !== "number") badarg();
    try {
      fsOf(ctx).closeSync(fd);
      return OK;
    } catch (e) {
      return posixError(e);
    }
  },
});
