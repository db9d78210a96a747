// A 64-bit digest of bytes for the caches' own checks (the library bundle's parts, cache names),
// computed without node:crypto: loading that module was about 10 ms of CPU of every run (hello.exs
// read two modules from the library cache, and named the cache, through SHA-1). Not a
// cryptographic hash: it catches a cache file changed on disk (each step of the loop is a
// bijection of the state, so a change of one 8-byte word always changes the digest), which is all
// these checks ask of it.
//
// The loop is a small WebAssembly function, FNV-1a over little-endian 64-bit words (the bytes
// padded with zeros to a whole word), the length mixed in last:
//   (module (memory (export "m") 1)
//     (func (export "h") (param $n i32) (result i64) (local $i i32) (local $h i64)
//       i64.const 0xcbf29ce484222325  local.set $h
//       block  loop
//         local.get $i  local.get $n  i32.ge_u  br_if 1
//         local.get $h  local.get $i  i64.load  i64.xor  i64.const 0x100000001b3  i64.mul  local.set $h
//         local.get $i  i32.const 8  i32.add  local.set $i  br 0
//       end  end  local.get $h))
// In JavaScript the same loop, run over every part a start-up reads, got hot enough for V8 to
// optimize it (test/cli/startup_optimizing.test.ts); V8 compiles this one once, when it is made.

const WASM = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 126, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7, 9, 2, 1, 109, 2, 0, 1, 104, 0, 0, 10, 62, 1, 60, 2, 1, 127, 1, 126, 66, 165, 198, 136,
  161, 200, 156, 167, 249, 75, 33, 2, 2, 64, 3, 64, 32, 1, 32, 0, 79, 13, 1, 32, 2, 32, 1, 41, 3, 0, 133, 66, 179, 131, 128, 128, 128, 32, 126, 33, 2, 32, 1, 65, 8, 106, 33,
  1, 12, 0, 11, 11, 32, 2, 11,
];

let hasher: { m: WebAssembly.Memory; h: (n: number) => bigint } | undefined;

/** the digest of `bytes` (or of a string's UTF-8), 16 hex digits */
export function digest(data: Uint8Array | string): string {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  hasher ??= new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(WASM))).exports as unknown as typeof hasher & object;
  const { m, h } = hasher!;
  const need = bytes.length + 8;
  if (m.buffer.byteLength < need) m.grow(Math.ceil((need - m.buffer.byteLength) / 65536));
  const mem = new Uint8Array(m.buffer, 0, need);
  mem.set(bytes);
  mem.fill(0, bytes.length);
  // (the length last: parts differing only by trailing zero bytes differ)
  const d = BigInt.asUintN(64, (BigInt.asUintN(64, h(bytes.length)) ^ BigInt(bytes.length)) * 0x100000001b3n);
  return d.toString(16).padStart(16, "0");
}
