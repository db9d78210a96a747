// The in-memory file system of the browser host: node:fs's behaviour and error codes for the
// calls the File/Path/:code BIFs make.
import { describe, it, expect } from "vitest";
import { MemoryFs } from "../../vm/memory_fs.ts";

const codeOf = (f: () => unknown) => {
  try {
    f();
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code;
  }
};
const text = (b: unknown) => new TextDecoder().decode(b as Uint8Array);

describe("MemoryFs", () => {
  it("writes, appends, reads and stats files; relative paths resolve against the cwd", () => {
    let cwd = "/";
    const fs = new MemoryFs(() => cwd);
    fs.mkdirSync("/a/b", { recursive: true });
    cwd = "/a";
    fs.writeFileSync("b/x.txt", "he");
    fs.appendFileSync("/a/b/x.txt", new TextEncoder().encode("llo"));
    expect(text(fs.readFileSync("/a/./b/../b/x.txt"))).toBe("hello");
    expect(fs.readFileSync("b/x.txt", "utf8")).toBe("hello");
    expect(fs.statSync("/a/b/x.txt").size).toBe(5);
    expect(fs.statSync("/a/b").isDirectory()).toBe(true);
    expect(fs.readdirSync("/a/b")).toEqual(["x.txt"]);
  });

  it("fails with node's codes", () => {
    const fs = new MemoryFs();
    fs.writeFileSync("/f", "1");
    fs.mkdirSync("/d");
    fs.writeFileSync("/d/g", "2");
    expect(codeOf(() => fs.readFileSync("/missing"))).toBe("ENOENT");
    expect(codeOf(() => fs.readFileSync("/d"))).toBe("EISDIR");
    expect(codeOf(() => fs.writeFileSync("/f/x", "1"))).toBe("ENOTDIR");
    expect(codeOf(() => fs.mkdirSync("/d"))).toBe("EEXIST");
    expect(codeOf(() => fs.mkdirSync("/f/sub", { recursive: true }))).toBe("ENOTDIR");
    expect(codeOf(() => fs.rmdirSync("/d"))).toBe("ENOTEMPTY");
    expect(codeOf(() => fs.unlinkSync("/d"))).toBe("EISDIR");
    expect(codeOf(() => fs.rmSync("/d"))).toBe("ENOTEMPTY");
    expect(codeOf(() => fs.rmSync("/nope", { force: true }))).toBe("ok");
    expect(codeOf(() => fs.closeSync(99))).toBe("EBADF");
  });

  it("removes trees, renames and copies", () => {
    const fs = new MemoryFs();
    fs.mkdirSync("/t/u", { recursive: true });
    fs.writeFileSync("/t/u/v", "x");
    fs.copyFileSync("/t/u/v", "/t/w");
    fs.renameSync("/t/w", "/t/z");
    expect(fs.readdirSync("/t").sort()).toEqual(["u", "z"]);
    fs.rmSync("/t", { recursive: true, force: true });
    expect(fs.existsSync("/t")).toBe(false);
  });

  it("reads and writes through descriptors with open(2) flags", () => {
    const fs = new MemoryFs();
    const c = fs.constants;
    const w = fs.openSync("/log", c.O_WRONLY | c.O_CREAT | c.O_TRUNC);
    fs.writeSync(w, new TextEncoder().encode("abc"), 0, 3);
    fs.closeSync(w);
    const a = fs.openSync("/log", c.O_WRONLY | c.O_CREAT | c.O_APPEND);
    fs.writeSync(a, new TextEncoder().encode("XdefX"), 1, 3);
    fs.closeSync(a);
    expect(codeOf(() => fs.openSync("/log", c.O_WRONLY | c.O_CREAT | c.O_EXCL))).toBe("EEXIST");
    const r = fs.openSync("/log", c.O_RDONLY);
    const buf = new Uint8Array(4);
    expect(fs.readSync(r, buf, 0, 4, null)).toBe(4);
    expect(text(buf)).toBe("abcd");
    expect(fs.readSync(r, buf, 0, 4, null)).toBe(2);
    expect(fs.readSync(r, buf, 0, 4, null)).toBe(0);
    expect(codeOf(() => fs.writeSync(r, buf, 0, 1))).toBe("EBADF");
    fs.mkdirSync("/dir");
    const d = fs.openSync("/dir", c.O_RDONLY);
    expect(fs.fstatSync(d).isDirectory()).toBe(true);
  });
});
