// An in-memory file system with the part of node:fs's synchronous API that the File, Path and
// :code BIFs use (vm/bifs/files.ts, file_devices.ts, code_loading.ts): a browser host hands it to
// the VM as `host.fs`, so File.write/read, File.open and :code.load_file work in a page. Paths are
// POSIX; errors carry node's `code` (ENOENT, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EBADF) because the
// BIFs turn that into Elixir's reason atoms.

interface FileNode {
  kind: "file";
  bytes: Uint8Array;
  mtime: Date;
}
interface DirNode {
  kind: "dir";
  entries: Map<string, FileNode | DirNode>;
  mtime: Date;
}
type FsNode = FileNode | DirNode;

export interface MemStats {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  size: number;
  mtime: Date;
  mtimeMs: number;
  mode: number;
}

interface OpenFile {
  path: string;
  node: FileNode;
  pos: number;
  append: boolean;
  readable: boolean;
  writable: boolean;
}

const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_APPEND = 0o2000;

function fsError(code: string, syscall: string, path: string): Error {
  const e = new Error(`${code}: ${syscall} '${path}'`) as Error & { code: string };
  e.code = code;
  return e;
}

function text(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data);
}

export class MemoryFs {
  readonly constants = { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND };
  private root: DirNode = { kind: "dir", entries: new Map(), mtime: new Date() };
  private fds = new Map<number, OpenFile>();
  private nextFd = 3;

  constructor(private cwd: () => string = () => "/") {}

  /** absolute, normalised path components */
  private parts(path: string): string[] {
    const abs = path.startsWith("/") ? path : this.cwd().replace(/\/$/, "") + "/" + path;
    const out: string[] = [];
    for (const p of abs.split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") out.pop();
      else out.push(p);
    }
    return out;
  }

  private find(path: string, syscall: string): FsNode {
    let cur: FsNode = this.root;
    for (const p of this.parts(path)) {
      if (cur.kind !== "dir") throw fsError("ENOTDIR", syscall, path);
      const next = cur.entries.get(p);
      if (!next) throw fsError("ENOENT", syscall, path);
      cur = next;
    }
    return cur;
  }

  /** the directory that holds `path`, and the entry's name in it */
  private parent(path: string, syscall: string): [DirNode, string] {
    const parts = this.parts(path);
    const name = parts.pop();
    if (name === undefined) throw fsError("EEXIST", syscall, path);
    const dir = this.find("/" + parts.join("/"), syscall);
    if (dir.kind !== "dir") throw fsError("ENOTDIR", syscall, path);
    return [dir, name];
  }

  private fileFor(path: string, syscall: string, create: boolean): FileNode {
    const [dir, name] = this.parent(path, syscall);
    const found = dir.entries.get(name);
    if (found?.kind === "dir") throw fsError("EISDIR", syscall, path);
    if (found) return found;
    if (!create) throw fsError("ENOENT", syscall, path);
    const f: FileNode = { kind: "file", bytes: new Uint8Array(0), mtime: new Date() };
    dir.entries.set(name, f);
    dir.mtime = new Date();
    return f;
  }

  existsSync(path: string): boolean {
    try {
      this.find(path, "access");
      return true;
    } catch {
      return false;
    }
  }

  statSync(path: string): MemStats {
    const n = this.find(path, "stat");
    const size = n.kind === "file" ? n.bytes.length : 4096;
    return {
      isFile: () => n.kind === "file",
      isDirectory: () => n.kind === "dir",
      isSymbolicLink: () => false,
      size,
      mtime: n.mtime,
      mtimeMs: n.mtime.getTime(),
      mode: n.kind === "dir" ? 0o40755 : 0o100644,
    };
  }

  lstatSync(path: string): MemStats {
    return this.statSync(path);
  }

  readFileSync(path: string, encoding?: string): Uint8Array | string {
    const n = this.find(path, "open");
    if (n.kind === "dir") throw fsError("EISDIR", "read", path);
    return encoding ? new TextDecoder().decode(n.bytes) : new Uint8Array(n.bytes);
  }

  /** flag "wx" / "ax" (node's): the file must not exist yet */
  private exclusive(path: string, opts?: { flag?: string }): void {
    if (opts?.flag?.includes("x") && this.existsSync(path)) throw fsError("EEXIST", "open", path);
  }

  writeFileSync(path: string, data: Uint8Array | string, opts?: { flag?: string }): void {
    this.exclusive(path, opts);
    const f = this.fileFor(path, "open", true);
    f.bytes = text(data);
    f.mtime = new Date();
  }

  appendFileSync(path: string, data: Uint8Array | string, opts?: { flag?: string }): void {
    this.exclusive(path, opts);
    const f = this.fileFor(path, "open", true);
    const add = text(data);
    const all = new Uint8Array(f.bytes.length + add.length);
    all.set(f.bytes);
    all.set(add, f.bytes.length);
    f.bytes = all;
    f.mtime = new Date();
  }

  mkdirSync(path: string, opts?: { recursive?: boolean }): void {
    if (opts?.recursive) {
      let cur = "";
      for (const p of this.parts(path)) {
        cur += "/" + p;
        if (!this.existsSync(cur)) this.mkdirSync(cur);
        else if (this.statSync(cur).isFile()) throw fsError("ENOTDIR", "mkdir", path);
      }
      return;
    }
    const [dir, name] = this.parent(path, "mkdir");
    if (dir.entries.has(name)) throw fsError("EEXIST", "mkdir", path);
    dir.entries.set(name, { kind: "dir", entries: new Map(), mtime: new Date() });
  }

  readdirSync(path: string): string[] {
    const n = this.find(path, "scandir");
    if (n.kind !== "dir") throw fsError("ENOTDIR", "scandir", path);
    return [...n.entries.keys()];
  }

  unlinkSync(path: string): void {
    const [dir, name] = this.parent(path, "unlink");
    const n = dir.entries.get(name);
    if (!n) throw fsError("ENOENT", "unlink", path);
    if (n.kind === "dir") throw fsError("EISDIR", "unlink", path);
    dir.entries.delete(name);
  }

  rmdirSync(path: string): void {
    const [dir, name] = this.parent(path, "rmdir");
    const n = dir.entries.get(name);
    if (!n) throw fsError("ENOENT", "rmdir", path);
    if (n.kind !== "dir") throw fsError("ENOTDIR", "rmdir", path);
    if (n.entries.size > 0) throw fsError("ENOTEMPTY", "rmdir", path);
    dir.entries.delete(name);
  }

  rmSync(path: string, opts?: { recursive?: boolean; force?: boolean }): void {
    if (!this.existsSync(path)) {
      if (opts?.force) return;
      throw fsError("ENOENT", "rm", path);
    }
    const [dir, name] = this.parent(path, "rm");
    const n = dir.entries.get(name)!;
    if (n.kind === "dir" && n.entries.size > 0 && !opts?.recursive) throw fsError("ENOTEMPTY", "rm", path);
    dir.entries.delete(name);
  }

  renameSync(from: string, to: string): void {
    const [fromDir, fromName] = this.parent(from, "rename");
    const n = fromDir.entries.get(fromName);
    if (!n) throw fsError("ENOENT", "rename", from);
    const [toDir, toName] = this.parent(to, "rename");
    fromDir.entries.delete(fromName);
    toDir.entries.set(toName, n);
  }

  copyFileSync(from: string, to: string): void {
    const src = this.find(from, "copyfile");
    if (src.kind === "dir") throw fsError("EISDIR", "copyfile", from);
    this.writeFileSync(to, src.bytes);
  }

  utimesSync(path: string, _atime: Date, mtime: Date): void {
    this.find(path, "utime").mtime = mtime;
  }

  // ---- descriptors (File.open and the file io server) -----------------------------------------

  openSync(path: string, flags: number, _mode?: number): number {
    const acc = flags & 3;
    const create = (flags & O_CREAT) !== 0;
    if (create && flags & O_EXCL && this.existsSync(path)) throw fsError("EEXIST", "open", path);
    let node: FileNode;
    const existing = this.existsSync(path) ? this.find(path, "open") : null;
    if (existing?.kind === "dir") {
      // as on Linux: a directory opens read-only (the caller checks and answers eisdir)
      if (acc !== O_RDONLY) throw fsError("EISDIR", "open", path);
      node = { kind: "file", bytes: new Uint8Array(0), mtime: existing.mtime };
      const fd = this.nextFd++;
      this.fds.set(fd, { path, node, pos: 0, append: false, readable: true, writable: false });
      return fd;
    }
    node = this.fileFor(path, "open", create);
    if (flags & O_TRUNC) node.bytes = new Uint8Array(0);
    const fd = this.nextFd++;
    this.fds.set(fd, { path, node, pos: 0, append: (flags & O_APPEND) !== 0, readable: acc !== O_WRONLY, writable: acc !== O_RDONLY });
    return fd;
  }

  private fd(fd: number, syscall: string): OpenFile {
    const f = this.fds.get(fd);
    if (!f) throw fsError("EBADF", syscall, String(fd));
    return f;
  }

  fstatSync(fd: number): MemStats {
    return this.statSync(this.fd(fd, "fstat").path);
  }

  readSync(fd: number, buf: Uint8Array, off: number, len: number, _pos: number | null): number {
    const f = this.fd(fd, "read");
    if (!f.readable) throw fsError("EBADF", "read", f.path);
    const n = Math.max(0, Math.min(len, f.node.bytes.length - f.pos));
    buf.set(f.node.bytes.subarray(f.pos, f.pos + n), off);
    f.pos += n;
    return n;
  }

  writeSync(fd: number, bytes: Uint8Array, off: number, len: number): number {
    const f = this.fd(fd, "write");
    if (!f.writable) throw fsError("EBADF", "write", f.path);
    const at = f.append ? f.node.bytes.length : f.pos;
    const end = at + len;
    if (end > f.node.bytes.length) {
      const grown = new Uint8Array(end);
      grown.set(f.node.bytes);
      f.node.bytes = grown;
    }
    f.node.bytes.set(bytes.subarray(off, off + len), at);
    f.node.mtime = new Date();
    f.pos = end;
    return len;
  }

  closeSync(fd: number): void {
    this.fd(fd, "close");
    this.fds.delete(fd);
  }
}
