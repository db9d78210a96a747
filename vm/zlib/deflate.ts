// DEFLATE compression as zlib 1.2.13 does it at its default level (6: lazy matching, hash chains
// of 128, window bits 15, memory level 8), for :zlib.compress/gzip/zip: a program that prints or
// hashes the compressed bytes sees what it sees on the BEAM. The window handling follows deflate.c
// with the whole input available at once (what OTP's NIF hands zlib for one binary).
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
// level 6's configuration
const GOOD_MATCH = 8, MAX_LAZY = 16, NICE_MATCH = 128, MAX_CHAIN = 128;

class Deflater {
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
  private inPos = 0;
  private readonly coder: BlockCoder;

  constructor(private readonly input: Uint8Array, readonly out: BitWriter) {
    this.coder = new BlockCoder(out, LIT_BUFSIZE);
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
    let chainLength = MAX_CHAIN;
    const scanStart = this.strstart;
    let bestLen = this.prevLength;
    let niceMatch = NICE_MATCH;
    const limit = this.strstart > MAX_DIST ? this.strstart - MAX_DIST : NIL;
    const strend = this.strstart + MAX_MATCH;
    let scanEnd1 = win[scanStart + bestLen - 1];
    let scanEnd = win[scanStart + bestLen];
    if (this.prevLength >= GOOD_MATCH) chainLength >>= 2;
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

  /** deflate_slow with Z_FINISH: the whole stream */
  run(): void {
    const win = this.window;
    let hashHead = NIL;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead === 0) break;
      }
      hashHead = NIL;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== NIL && this.prevLength < MAX_LAZY && this.strstart - hashHead <= MAX_DIST) {
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
    this.flushBlock(true);
  }
}

/** raw DEFLATE data (no header or trailer) of the whole input */
export function deflateRaw(input: Uint8Array, out: BitWriter = new BitWriter()): BitWriter {
  new Deflater(input, out).run();
  return out;
}
