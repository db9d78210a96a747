// DEFLATE decompression (RFC 1951) for :zlib.uncompress/gunzip/unzip. Any malformed stream throws
// InflateError, which the BIFs turn into OTP's data_error.
import { BASE_LENGTH, EXTRA_LBITS, BASE_DIST, EXTRA_DBITS } from "./trees.ts";

export class InflateError extends Error {}

/** the data ended inside the stream: `partial` is what the complete symbols before it decode to
 *  (what zlib's inflate has put out by then; a :zlib stream waits for the rest) */
export class TruncatedInput extends InflateError {
  constructor(readonly partial: Uint8Array) {
    super("unexpected end of data");
  }
}

const END_OF_DATA = "unexpected end of data";

const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** a canonical Huffman decoding table: counts per length and symbols in code order */
interface Huffman {
  counts: Int32Array;
  symbols: Int32Array;
}

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  const counts = new Int32Array(16);
  for (let i = 0; i < n; i++) counts[lengths[i]]++;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - counts[len];
    if (left < 0) throw new InflateError("over-subscribed code");
  }
  const offs = new Int32Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len] + counts[len];
  const symbols = new Int32Array(n);
  for (let i = 0; i < n; i++) if (lengths[i] !== 0) symbols[offs[lengths[i]]++] = i;
  return { counts, symbols };
}

const FIXED_L = (() => {
  const l = new Array(288);
  for (let i = 0; i < 288; i++) l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
  return buildHuffman(l, 288);
})();
const FIXED_D = buildHuffman(new Array(30).fill(5), 30);

class Reader {
  pos: number;
  private bitBuf = 0;
  private bitCnt = 0;
  constructor(private readonly data: Uint8Array, start: number) {
    this.pos = start;
  }
  bits(n: number): number {
    let val = this.bitBuf;
    while (this.bitCnt < n) {
      if (this.pos >= this.data.length) throw new InflateError(END_OF_DATA);
      val |= this.data[this.pos++] << this.bitCnt;
      this.bitCnt += 8;
    }
    this.bitBuf = val >>> n;
    this.bitCnt -= n;
    return val & ((1 << n) - 1);
  }
  alignToByte(): void {
    this.bitBuf = 0;
    this.bitCnt = 0;
  }
  decode(h: Huffman): number {
    let code = 0, first = 0, index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.counts[len];
      if (code - count < first) return h.symbols[index + (code - first)];
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new InflateError("invalid code");
  }
}

class Output {
  /** limit: the most bytes the stream may make (binary_to_term's declared size) */
  constructor(readonly limit = Infinity) {}
  buf = new Uint8Array(1024);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) this.grow(1);
    this.buf[this.n++] = b;
  }
  grow(extra: number): void {
    if (this.n + extra > this.limit) throw new InflateError("output larger than declared");
    let size = this.buf.length * 2;
    while (size < this.n + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }
}

function codes(r: Reader, out: Output, lencode: Huffman, distcode: Huffman): void {
  for (;;) {
    let sym = r.decode(lencode);
    if (sym < 256) out.push(sym);
    else if (sym === 256) return;
    else {
      sym -= 257;
      if (sym >= 29) throw new InflateError("invalid length code");
      // code 285 is length 258 (zlib's base table holds 0 there, as deflate never subtracts it)
      const len = sym === 28 ? 258 : BASE_LENGTH[sym] + 3 + r.bits(EXTRA_LBITS[sym]);
      const dsym = r.decode(distcode);
      if (dsym >= 30) throw new InflateError("invalid distance code");
      const dist = BASE_DIST[dsym] + 1 + r.bits(EXTRA_DBITS[dsym]);
      if (dist > out.n) throw new InflateError("distance too far back");
      if (out.n + len > out.buf.length) out.grow(len);
      for (let i = 0; i < len; i++) out.buf[out.n] = out.buf[out.n++ - dist];
    }
  }
}

function dynamicTables(r: Reader): [Huffman, Huffman] {
  const nlen = r.bits(5) + 257, ndist = r.bits(5) + 1, ncode = r.bits(4) + 4;
  if (nlen > 286 || ndist > 30) throw new InflateError("bad counts");
  const lengths = new Array(320).fill(0);
  for (let i = 0; i < ncode; i++) lengths[CL_ORDER[i]] = r.bits(3);
  const clcode = buildHuffman(lengths, 19);
  lengths.fill(0);
  let index = 0;
  while (index < nlen + ndist) {
    const sym = r.decode(clcode);
    if (sym < 16) lengths[index++] = sym;
    else {
      let len = 0, repeat: number;
      if (sym === 16) {
        if (index === 0) throw new InflateError("repeat with no first length");
        len = lengths[index - 1];
        repeat = 3 + r.bits(2);
      } else if (sym === 17) repeat = 3 + r.bits(3);
      else repeat = 11 + r.bits(7);
      if (index + repeat > nlen + ndist) throw new InflateError("too many lengths");
      while (repeat--) lengths[index++] = len;
    }
  }
  if (lengths[256] === 0) throw new InflateError("no end-of-block code");
  return [buildHuffman(lengths, nlen), buildHuffman(lengths.slice(nlen), ndist)];
}

/** inflates raw DEFLATE data from start; returns the bytes and the offset just past the stream */
export function inflateRaw(data: Uint8Array, start = 0, limit = Infinity): { bytes: Uint8Array; end: number } {
  const r = new Reader(data, start);
  const out = new Output(limit);
  try {
    blocks(r, data, out);
  } catch (e) {
    if (e instanceof InflateError && e.message === END_OF_DATA) throw new TruncatedInput(out.buf.slice(0, out.n));
    throw e;
  }
  return { bytes: out.buf.slice(0, out.n), end: r.pos };
}

function blocks(r: Reader, data: Uint8Array, out: Output): void {
  let last: number;
  do {
    last = r.bits(1);
    const type = r.bits(2);
    if (type === 0) {
      r.alignToByte();
      if (r.pos + 4 > data.length) throw new InflateError(END_OF_DATA);
      const len = data[r.pos] | (data[r.pos + 1] << 8);
      const nlen = data[r.pos + 2] | (data[r.pos + 3] << 8);
      if (len !== (~nlen & 0xffff)) throw new InflateError("invalid stored block lengths");
      r.pos += 4;
      // zlib copies a stored block's bytes as they arrive
      const n = Math.min(len, data.length - r.pos);
      if (out.n + n > out.buf.length) out.grow(n);
      out.buf.set(data.subarray(r.pos, r.pos + n), out.n);
      out.n += n;
      r.pos += n;
      if (n < len) throw new InflateError(END_OF_DATA);
    } else if (type === 1) codes(r, out, FIXED_L, FIXED_D);
    else if (type === 2) {
      const [l, d] = dynamicTables(r);
      codes(r, out, l, d);
    } else throw new InflateError("invalid block type");
  } while (!last);
}
