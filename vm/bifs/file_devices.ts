// Raw file descriptors for the file io server (lib/erlang/file_io_server.ex): open, read a
// chunk, write, close, through the host's fs. The io protocol, buffering, lines and encodings
// are in the language; these only move bytes.
import { defineBifs, BifContext } from "./registry.ts";
import { Atom, Bin, Term, atom, binFromBytes, tuple, listToArray } from "../terms.ts";
import { badarg } from "../errors.ts";
import type { Node } from "../node.ts";

const OK = atom("ok"), ERROR = atom("error"), EOF = atom("eof");

function fsOf(ctx: BifContext): any {
  return (ctx.node as Node).host.fs;
}

function posixError(e: unknown): Term {
  const code = (e as { code?: string })?.code;
  return tuple(ERROR, atom(typeof code === "string" ? code.toLowerCase() : "eio"));
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
      return tuple(OK, fd);
    } catch (e) {
      return posixError(e);
    }
  },
  "read/2": ([fd, n], ctx) => {
    if (typeof fd !== "number" || typeof n !== "number") badarg();
    try {
      const buf = new Uint8Array(n as number);
      const got = fsOf(ctx).readSync(fd, buf, 0, n, null);
      return got === 0 ? EOF : tuple(OK, binFromBytes(buf.slice(0, got)));
    } catch (e) {
      return posixError(e);
    }
  },
  "write/2": ([fd, data], ctx) => {
    if (typeof fd !== "number" || !(data instanceof Bin)) badarg();
    try {
      const bytes = (data as Bin).bytes;
      let off = 0;
      while (off < bytes.length) off += fsOf(ctx).writeSync(fd, bytes, off, bytes.length - off);
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
