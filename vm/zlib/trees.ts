// Huffman coding of one DEFLATE block as zlib 1.2.13's trees.c builds it, so :zlib.compress/gzip/zip
// produce the BEAM's bytes: the same heap order when building trees, the same bit-length overflow
// fix-up, the same choice between stored, fixed and dynamic blocks.
import { BitWriter } from "./bit_writer.ts";

export const LITERALS = 256;
export const END_BLOCK = 256;
export const L_CODES = LITERALS + 1 + 29;
export const D_CODES = 30;
const BL_CODES = 19;
const HEAP_SIZE = 2 * L_CODES + 1;
const MAX_BITS = 15;
const MAX_BL_BITS = 7;
const REP_3_6 = 16, REPZ_3_10 = 17, REPZ_11_138 = 18;

export const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
export const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// length (0..255 = match length - 3) -> length code, and distance -> distance code
export const BASE_LENGTH = new Int32Array(29);
export const LENGTH_CODE = new Uint8Array(256);
export const BASE_DIST = new Int32Array(D_CODES);
const DIST_CODE = new Uint8Array(512);
(() => {
  let length = 0, code = 0;
  for (; code < 28; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) LENGTH_CODE[length++] = code;
  }
  LENGTH_CODE[length - 1] = code; // length 258 has its own code, overwriting the last of code 27
  let dist = 0;
  for (code = 0; code < 16; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    BASE_DIST[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code] - 7); n++) DIST_CODE[256 + dist++] = code;
  }
})();

export function distCode(dist: number): number {
  return dist < 256 ? DIST_CODE[dist] : DIST_CODE[256 + (dist >> 7)];
}

/** one alphabet's code: frequencies while counting, then lengths and codes */
export class Tree {
  freq: Int32Array;
  len: Int32Array;
  dad: Int32Array;
  code: Int32Array;
  maxCode = 0;
  constructor(size: number, readonly elems: number, readonly stat: Tree | null, readonly extra: number[] | null, readonly extraBase: number, readonly maxLength: number) {
    this.freq = new Int32Array(size);
    this.len = new Int32Array(size);
    this.dad = new Int32Array(size);
    this.code = new Int32Array(size);
  }
}

function reverseBits(code: number, len: number): number {
  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
}

function genCodes(tree: Tree, maxCode: number, blCount: Int32Array): void {
  const nextCode = new Int32Array(MAX_BITS + 1);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + blCount[bits - 1]) << 1;
    nextCode[bits] = code;
  }
  for (let n = 0; n <= maxCode; n++) {
    const len = tree.len[n];
    if (len === 0) continue;
    tree.code[n] = reverseBits(nextCode[len]++, len);
  }
}

/** the fixed trees of static blocks, built at the first deflate (not at start-up: every run loads
 *  this module, and building them made V8 optimize reverseBits while the program started) */
let staticTrees: { l: Tree; d: Tree } | undefined;
function fixedTrees(): { l: Tree; d: Tree } {
  if (staticTrees) return staticTrees;
  const l = new Tree(L_CODES + 2, L_CODES, null, null, 0, 0);
  const d = new Tree(D_CODES, D_CODES, null, null, 0, 0);
  const blCount = new Int32Array(MAX_BITS + 1);
  let n = 0;
  while (n <= 143) l.len[n++] = 8, blCount[8]++;
  while (n <= 255) l.len[n++] = 9, blCount[9]++;
  while (n <= 279) l.len[n++] = 7, blCount[7]++;
  while (n <= 287) l.len[n++] = 8, blCount[8]++;
  genCodes(l, L_CODES + 1, blCount);
  for (n = 0; n < D_CODES; n++) {
    d.len[n] = 5;
    d.code[n] = reverseBits(n, 5);
  }
  return (staticTrees = { l, d });
}

/** the per-stream state trees.c keeps: the current block's trees and symbol buffer */
export class BlockCoder {
  readonly ltree = new Tree(HEAP_SIZE, L_CODES, fixedTrees().l, EXTRA_LBITS, LITERALS + 1, MAX_BITS);
  readonly dtree = new Tree(2 * D_CODES + 1, D_CODES, fixedTrees().d, EXTRA_DBITS, 0, MAX_BITS);
  readonly bltree = new Tree(2 * BL_CODES + 1, BL_CODES, null, EXTRA_BLBITS, 0, MAX_BL_BITS);
  private readonly heap = new Int32Array(2 * L_CODES + 1);
  private heapLen = 0;
  private heapMax = 0;
  private readonly depth = new Uint8Array(2 * L_CODES + 1);
  private readonly blCount = new Int32Array(MAX_BITS + 1);
  private optLen = 0;
  private staticLen = 0;
  // symbols of the current block: dist 0 = literal
  readonly symDist: Int32Array;
  readonly symLc: Int32Array;
  symNext = 0;
  readonly symEnd: number;

  constructor(readonly out: BitWriter, litBufsize: number) {
    this.symDist = new Int32Array(litBufsize);
    this.symLc = new Int32Array(litBufsize);
    this.symEnd = litBufsize - 1;
    this.initBlock();
  }

  private initBlock(): void {
    this.ltree.freq.fill(0, 0, L_CODES);
    this.dtree.freq.fill(0, 0, D_CODES);
    this.bltree.freq.fill(0, 0, BL_CODES);
    this.ltree.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = 0;
  }

  /** records a literal; true when the block is full */
  tallyLit(c: number): boolean {
    this.symDist[this.symNext] = 0;
    this.symLc[this.symNext++] = c;
    this.ltree.freq[c]++;
    return this.symNext === this.symEnd;
  }

  /** records a match (dist >= 1, lc = length - 3); true when the block is full */
  tallyDist(dist: number, lc: number): boolean {
    this.symDist[this.symNext] = dist;
    this.symLc[this.symNext++] = lc;
    dist--;
    this.ltree.freq[LENGTH_CODE[lc] + LITERALS + 1]++;
    this.dtree.freq[distCode(dist)]++;
    return this.symNext === this.symEnd;
  }

  private smaller(tree: Tree, n: number, m: number): boolean {
    const f = tree.freq;
    return f[n] < f[m] || (f[n] === f[m] && this.depth[n] <= this.depth[m]);
  }

  private downheap(tree: Tree, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(tree, heap[j + 1], heap[j])) j++;
      if (this.smaller(tree, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  private genBitlen(tree: Tree): void {
    const { len, dad, freq, stat, extra, extraBase, maxLength } = tree;
    const maxCode = tree.maxCode;
    const heap = this.heap;
    this.blCount.fill(0);
    len[heap[this.heapMax]] = 0;
    let overflow = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = len[dad[n]] + 1;
      if (bits > maxLength) bits = maxLength, overflow++;
      len[n] = bits;
      if (n > maxCode) continue;
      this.blCount[bits]++;
      const xbits = n >= extraBase && extra ? extra[n - extraBase] : 0;
      const f = freq[n];
      this.optLen += f * (bits + xbits);
      if (stat) this.staticLen += f * (stat.len[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = maxLength - 1;
      while (this.blCount[bits] === 0) bits--;
      this.blCount[bits]--;
      this.blCount[bits + 1] += 2;
      this.blCount[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = this.blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (len[m] !== bits) {
          this.optLen += (bits - len[m]) * freq[m];
          len[m] = bits;
        }
        n--;
      }
    }
  }

  private buildTree(tree: Tree): void {
    const { freq, len, stat, elems } = tree;
    const heap = this.heap;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        this.depth[n] = 0;
      } else len[n] = 0;
    }
    // at least two codes of non-zero frequency, so a code is never zero bits long
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      freq[node] = 1;
      this.depth[node] = 0;
      this.optLen--;
      if (stat) this.staticLen -= stat.len[node];
    }
    tree.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.downheap(tree, n);
    let node = elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.downheap(tree, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      freq[node] = freq[n] + freq[m];
      this.depth[node] = (this.depth[n] >= this.depth[m] ? this.depth[n] : this.depth[m]) + 1;
      tree.dad[n] = tree.dad[m] = node;
      heap[1] = node++;
      this.downheap(tree, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(tree);
    genCodes(tree, maxCode, this.blCount);
  }

  private scanTree(tree: Tree, maxCode: number): void {
    const len = tree.len;
    const bl = this.bltree.freq;
    let prevlen = -1, nextlen = len[0], count = 0, maxCount = 7, minCount = 4;
    if (nextlen === 0) maxCount = 138, minCount = 3;
    len[maxCode + 1] = 0xffff; // guard
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) bl[curlen] += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) bl[curlen]++;
        bl[REP_3_6]++;
      } else if (count <= 10) bl[REPZ_3_10]++;
      else bl[REPZ_11_138]++;
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) maxCount = 138, minCount = 3;
      else if (curlen === nextlen) maxCount = 6, minCount = 3;
      else maxCount = 7, minCount = 4;
    }
  }

  private sendCode(c: number, tree: Tree): void {
    this.out.bits(tree.code[c], tree.len[c]);
  }

  private sendTree(tree: Tree, maxCode: number): void {
    const len = tree.len;
    const bl = this.bltree;
    let prevlen = -1, nextlen = len[0], count = 0, maxCount = 7, minCount = 4;
    if (nextlen === 0) maxCount = 138, minCount = 3;
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) {
        do this.sendCode(curlen, bl); while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendCode(curlen, bl);
          count--;
        }
        this.sendCode(REP_3_6, bl);
        this.out.bits(count - 3, 2);
      } else if (count <= 10) {
        this.sendCode(REPZ_3_10, bl);
        this.out.bits(count - 3, 3);
      } else {
        this.sendCode(REPZ_11_138, bl);
        this.out.bits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) maxCount = 138, minCount = 3;
      else if (curlen === nextlen) maxCount = 6, minCount = 3;
      else maxCount = 7, minCount = 4;
    }
  }

  private buildBlTree(): number {
    this.scanTree(this.ltree, this.ltree.maxCode);
    this.scanTree(this.dtree, this.dtree.maxCode);
    this.buildTree(this.bltree);
    let maxBlindex: number;
    for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) if (this.bltree.len[BL_ORDER[maxBlindex]] !== 0) break;
    this.optLen += 3 * (maxBlindex + 1) + 5 + 5 + 4;
    return maxBlindex;
  }

  private compressBlock(ltree: Tree, dtree: Tree): void {
    for (let i = 0; i < this.symNext; i++) {
      let dist = this.symDist[i];
      let lc = this.symLc[i];
      if (dist === 0) {
        this.sendCode(lc, ltree);
        continue;
      }
      let code = LENGTH_CODE[lc];
      this.sendCode(code + LITERALS + 1, ltree);
      let extra = EXTRA_LBITS[code];
      if (extra !== 0) this.out.bits(lc - BASE_LENGTH[code], extra);
      dist--;
      code = distCode(dist);
      this.sendCode(code, dtree);
      extra = EXTRA_DBITS[code];
      if (extra !== 0) this.out.bits(dist - BASE_DIST[code], extra);
    }
    this.sendCode(END_BLOCK, ltree);
  }

  /** writes the block of symbols gathered so far; stored (window bytes from start, or null) is its raw text */
  flushBlock(stored: Uint8Array | null, storedStart: number, storedLen: number, last: boolean): void {
    this.buildTree(this.ltree);
    this.buildTree(this.dtree);
    const maxBlindex = this.buildBlTree();
    let optLenb = (this.optLen + 3 + 7) >>> 3;
    const staticLenb = (this.staticLen + 3 + 7) >>> 3;
    if (staticLenb <= optLenb) optLenb = staticLenb;
    const lastBit = last ? 1 : 0;
    if (storedLen + 4 <= optLenb && stored) {
      this.out.bits(lastBit, 3);
      this.out.alignToByte();
      this.out.byte(storedLen & 0xff), this.out.byte(storedLen >>> 8);
      this.out.byte(~storedLen & 0xff), this.out.byte((~storedLen >>> 8) & 0xff);
      this.out.bytes(stored.subarray(storedStart, storedStart + storedLen));
    } else if (staticLenb === optLenb) {
      this.out.bits((1 << 1) + lastBit, 3);
      this.compressBlock(fixedTrees().l, fixedTrees().d);
    } else {
      this.out.bits((2 << 1) + lastBit, 3);
      const lcodes = this.ltree.maxCode + 1, dcodes = this.dtree.maxCode + 1, blcodes = maxBlindex + 1;
      this.out.bits(lcodes - 257, 5);
      this.out.bits(dcodes - 1, 5);
      this.out.bits(blcodes - 4, 4);
      for (let rank = 0; rank < blcodes; rank++) this.out.bits(this.bltree.len[BL_ORDER[rank]], 3);
      this.sendTree(this.ltree, lcodes - 1);
      this.sendTree(this.dtree, dcodes - 1);
      this.compressBlock(this.ltree, this.dtree);
    }
    this.initBlock();
    if (last) this.out.alignToByte();
  }
}
