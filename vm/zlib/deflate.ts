// DEFLATE compression as zlib 1.2.13 does it (window bits 15, memory level 8, the default
// strategy) at levels 1 to 9: deflate_fast for 1-3, deflate_slow's lazy matching for 4-9, each
// level's configuration table entry. :zlib.compress/gzip/zip hand it their whole input with
// Z_FINISH; a :zlib stream appends input call by call and flushes as asked (none, sync, full,
// finish), which gives the same bytes as zlib however the input is split, since zlib too waits
// for MIN_LOOKAHEAD bytes before it codes a position unless the caller flushes.
import { BitWriter } from "./bit_writer.ts";
import { BlockCoder } from "./trees.ts";

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;
const W_BITS = 15;
const W_SIZE = 1 << W_BITS;
const W_MASK = W_SIZE - 1;
const WINDOW_SIZE = 2 * W_SIZE;
const MAX_DIST = W_SIZE - MIN_LOOKAHEAD;
const MEM_LEVEL = 8;
const HASH_BITS = MEM_LEVEL + 7;
const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;
const HASH_SHIFT = Math.floor((HASH_BITS + MIN_MATCH - 1) / MIN_MATCH);
const LIT_BUFSIZE = 1 << (MEM_LEVEL + 6);
const NIL = 0;

/** zlib's configuration_table: good_length, max_lazy, nice_length, max_chain per level (1-9) */
const LEVELS: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 0, 0], [4, 4, 8, 4], [4, 5, 16, 8], [4, 6, 32, 32],
  [4, 4, 16, 16], [8, 16, 32, 32], [8, 16, 128, 128], [8, 32, 128, 256], [32, 128, 258, 1024], [32, 258, 258, 4096],
];

/** deflate()'s flush argument, valued as zlib's constants */
export const enum Flush { None = 0, Sync = 2, Full = 3, Finish = 4 }

export class Deflater {
  private readonly window = new Uint8Array(WINDOW_SIZE);
  private readonly prev = new Uint16Array(W_SIZE);
  private readonly head = new Uint16Array(HASH_SIZE);
  private highWater = 0;
  private insH = 0;
  private strstart = 0;
  private blockStart = 0;
  private lookahead = 0;
  private insert = 0;
  private matchLength = MIN_MATCH - 1;
  private prevLength = MIN_MATCH - 1;
  private matchStart = 0;
  private prevMatch = 0;
  private matchAvailable = false;
  private input: Uint8Array = new Uint8Array(0);
  private inPos = 0;
  private readonly coder: BlockCoder;
  private readonly goodMatch: number;
  private readonly maxLazy: number;
  private readonly niceMatch: number;
  private readonly maxChain: number;

  constructor(readonly out: BitWriter, readonly level = 6) {
    if (!(level >= 1 && level <= 9)) throw new RangeError("deflate level " + level);
    this.coder = new BlockCoder(out, LIT_BUFSIZE);
    [this.goodMatch, this.maxLazy, this.niceMatch, this.maxChain] = LEVELS[level];
  }

  /** more input, coded by the next deflate() */
  append(data: Uint8Array): void {
    if (data.length === 0) return;
    const rest = this.input.subarray(this.inPos);
    const next = new Uint8Array(rest.length + data.length);
    next.set(rest);
    next.set(data, rest.length);
    this.input = next;
    this.inPos = 0;
  }

  /** zlib's deflate_fast (levels 1-3) or deflate_slow, then what deflate() does for the flush */
  deflate(flush: Flush): void {
    const done = this.level <= 3 ? this.fast(flush) : this.slow(flush);
    if (!done || flush === Flush.None || flush === Flush.Finish) return;
    // a sync or full flush ends with an empty stored block, so the output so far is whole bytes
    this.out.bits(0, 3);
    this.out.alignToByte();
    this.out.byte(0), this.out.byte(0), this.out.byte(0xff), this.out.byte(0xff);
    if (flush === Flush.Full) {
      this.head.fill(0);
      if (this.lookahead === 0) {
        this.strstart = 0;
        this.blockStart = 0;
        this.insert = 0;
      }
    }
  }

  private updateHash(h: number, c: number): number {
    return ((h << HASH_SHIFT) ^ c) & HASH_MASK;
  }

  private insertString(str: number): number {
    this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
    const head = this.head[this.insH];
    this.prev[str & W_MASK] = head;
    this.head[this.insH] = str;
    return head;
  }

  private slideHash(): void {
    for (let i = 0; i < HASH_SIZE; i++) {
      const m = this.head[i];
      this.head[i] = m >= W_SIZE ? m - W_SIZE : NIL;
    }
    for (let i = 0; i < W_SIZE; i++) {
      const m = this.prev[i];
      this.prev[i] = m >= W_SIZE ? m - W_SIZE : NIL;
    }
  }

  private fillWindow(): void {
    const win = this.window;
    do {
      let more = WINDOW_SIZE - this.lookahead - this.strstart;
      if (this.strstart >= W_SIZE + MAX_DIST) {
        win.copyWithin(0, W_SIZE, W_SIZE + W_SIZE - more);
        this.matchStart -= W_SIZE;
        this.strstart -= W_SIZE;
        this.blockStart -= W_SIZE;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += W_SIZE;
      }
      const avail = this.input.length - this.inPos;
      if (avail === 0) break;
      const n = Math.min(avail, more);
      win.set(this.input.subarray(this.inPos, this.inPos + n), this.strstart + this.lookahead);
      this.inPos += n;
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = win[str];
        this.insH = this.updateHash(this.insH, win[str + 1]);
        while (this.insert) {
          this.insH = this.updateHash(this.insH, win[str + MIN_MATCH - 1]);
          this.prev[str & W_MASK] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.inPos < this.input.length);
    // zlib zeroes up to MAX_MATCH bytes past the data the first time it reaches them, so a match
    // compared past the end of the input reads zeros (or, after a slide, older window bytes)
    if (this.highWater < WINDOW_SIZE) {
      const curr = this.strstart + this.lookahead;
      if (this.highWater < curr) {
        const init = Math.min(WINDOW_SIZE - curr, MAX_MATCH);
        win.fill(0, curr, curr + init);
        this.highWater = curr + init;
      } else if (this.highWater < curr + MAX_MATCH) {
        const init = Math.min(curr + MAX_MATCH - this.highWater, WINDOW_SIZE - this.highWater);
        win.fill(0, this.highWater, this.highWater + init);
        this.highWater += init;
      }
    }
  }

  private longestMatch(curMatch: number): number {
    const win = this.window;
    let chainLength = this.maxChain;
    const scanStart = this.strstart;
    let bestLen = this.prevLength;
    let niceMatch = this.niceMatch;
    const limit = this.strstart > MAX_DIST ? this.strstart - MAX_DIST : NIL;
    const strend = this.strstart + MAX_MATCH;
    let scanEnd1 = win[scanStart + bestLen - 1];
    let scanEnd = win[scanStart + bestLen];
    if (this.prevLength >= this.goodMatch) chainLength >>= 2;
    if (niceMatch > this.lookahead) niceMatch = this.lookahead;
    do {
      let match = curMatch;
      if (win[match + bestLen] !== scanEnd || win[match + bestLen - 1] !== scanEnd1 || win[match] !== win[scanStart] || win[match + 1] !== win[scanStart + 1]) continue;
      let scan = scanStart + 2;
      match += 2;
      while (win[++scan] === win[++match] && scan < strend);
      const len = MAX_MATCH - (strend - scan);
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= niceMatch) break;
        scanEnd1 = win[scanStart + bestLen - 1];
        scanEnd = win[scanStart + bestLen];
      }
    } while ((curMatch = this.prev[curMatch & W_MASK]) > limit && --chainLength !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  private flushBlock(last: boolean): void {
    const stored = this.blockStart >= 0 ? this.window : null;
    this.coder.flushBlock(stored, this.blockStart, this.strstart - this.blockStart, last);
    this.blockStart = this.strstart;
  }

  /** what deflate_fast and deflate_slow do once the input runs out: false when they wait for more */
  private needMore(flush: Flush): boolean {
    return this.lookahead < MIN_LOOKAHEAD && flush === Flush.None;
  }

  /** the end of a flushed run: the last block, or the symbols gathered so far as a block */
  private endRun(flush: Flush): void {
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    if (flush === Flush.Finish) this.flushBlock(true);
    else if (this.coder.symNext > 0) this.flushBlock(false);
  }

  /** deflate_fast: a match found is taken at once; returns whether the flush was done */
  private fast(flush: Flush): boolean {
    const win = this.window;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.needMore(flush)) return false;
        if (this.lookahead === 0) break;
      }
      let hashHead = NIL;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== NIL && this.strstart - hashHead <= MAX_DIST) this.matchLength = this.longestMatch(hashHead);
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = this.coder.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        // (max_lazy is max_insert_length here)
        if (this.matchLength <= this.maxLazy && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = win[this.strstart];
          this.insH = this.updateHash(this.insH, win[this.strstart + 1]);
        }
      } else {
        bflush = this.coder.tallyLit(win[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) this.flushBlock(false);
    }
    this.endRun(flush);
    return true;
  }

  /** deflate_slow: lazy matching; returns whether the flush was done */
  private slow(flush: Flush): boolean {
    const win = this.window;
    let hashHead = NIL;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.needMore(flush)) return false;
        if (this.lookahead === 0) break;
      }
      hashHead = NIL;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== NIL && this.prevLength < this.maxLazy && this.strstart - hashHead <= MAX_DIST) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR) this.matchLength = MIN_MATCH - 1;
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = this.coder.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = false;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) this.flushBlock(false);
      } else if (this.matchAvailable) {
        if (this.coder.tallyLit(win[this.strstart - 1])) this.flushBlock(false);
        this.strstart++;
        this.lookahead--;
      } else {
        this.matchAvailable = true;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      this.coder.tallyLit(win[this.strstart - 1]);
      this.matchAvailable = false;
    }
    this.endRun(flush);
    return true;
  }
}

/** raw DEFLATE data (no header or trailer) of the whole input, at a level (default 6) */
export function deflateRaw(input: Uint8Array, out: BitWriter = new BitWriter(), level = 6): BitWriter {
  const d = new Deflater(out, level);
  d.append(input);
  d.deflate(Flush.Finish);
  return out;
}
