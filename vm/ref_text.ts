// How a reference prints: `0.W2.W1.W0`, the words of the BEAM's 64-bit reference counter. On the
// BEAM the counter starts at a value that differs from run to run, so references print with 9-10
// digit words (#Reference<0.1732036299.3751542786.149875>); beamlet prints its reference ids the
// same way, from a random start, so inspect lays out terms holding references at the same widths
// (a line that fits on the BEAM fits here too) and nothing can rely on a fixed number.
const W0_BITS = 2 ** 18; // the lowest word counts up to 2^18 - 1
const HI_BITS = 2 ** 14; // the middle word holds 14 more counter bits above the scheduler number
const SCHEDULER = 2;

const start = {
  w0: Math.floor(Math.random() * W0_BITS),
  hi: Math.floor(Math.random() * HI_BITS),
  w2: Math.floor(Math.random() * 2 ** 32),
};

/** references read from text (list_to_ref/1) that no id of the counter prints: negative ids, their words */
const forgedIds = new Map<string, number>();
const forgedTexts: string[] = [];

/** "0.W2.W1.W0" for the reference with id `id` (ids count up from 0 on a node) */
export function refText(id: number): string {
  if (id < 0) return forgedTexts[-id - 1];
  const low = start.w0 + id;
  const hi = start.hi + Math.floor(low / W0_BITS);
  const w1 = (hi % HI_BITS) * W0_BITS + SCHEDULER;
  const w2 = (start.w2 + Math.floor(hi / HI_BITS)) % 2 ** 32;
  return `0.${w2}.${w1}.${low % W0_BITS}`;
}

/** the id of the reference that prints as "0.W2.W1.W0": the counter's own where the words are the
 *  counter's at SCHEDULER (list_to_ref(ref_to_list(r)) == r), else one kept for those words */
export function refIdOfWords(w2: number, w1: number, w0: number): number {
  if (w1 % W0_BITS === SCHEDULER && w0 < W0_BITS) {
    const counter = (BigInt(w2) << 32n) + (BigInt(Math.floor(w1 / W0_BITS)) << 18n) + BigInt(w0);
    const first = (BigInt(start.w2) << 32n) + (BigInt(start.hi) << 18n) + BigInt(start.w0);
    const id = BigInt.asUintN(64, counter - first);
    if (id <= BigInt(Number.MAX_SAFE_INTEGER - W0_BITS)) return Number(id);
  }
  const text = `0.${w2}.${w1}.${w0}`;
  let id = forgedIds.get(text);
  if (id === undefined) {
    forgedTexts.push(text);
    id = -forgedTexts.length;
    forgedIds.set(text, id);
  }
  return id;
}

/** references in term order: the counter's by id (its order), one read from text among them by
 *  its words, the highest first, as the BEAM compares local references */
export function refOrder(a: number, b: number): number {
  if (a >= 0 && b >= 0) return Math.sign(a - b);
  const wa = refText(a).split(".").map(Number), wb = refText(b).split(".").map(Number);
  for (let i = 1; i < 4; i++) if (wa[i] !== wb[i]) return wa[i] < wb[i] ? -1 : 1;
  return 0;
}
