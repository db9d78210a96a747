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

/** "0.W2.W1.W0" for the reference with id `id` (ids count up from 0 on a node) */
export function refText(id: number): string {
  const low = start.w0 + id;
  const hi = start.hi + Math.floor(low / W0_BITS);
  const w1 = (hi % HI_BITS) * W0_BITS + SCHEDULER;
  const w2 = (start.w2 + Math.floor(hi / HI_BITS)) % 2 ** 32;
  return `0.${w2}.${w1}.${low % W0_BITS}`;
}
