// erf and erfc as the C library under OTP computes them (glibc's, from Sun's fdlibm): rational
// approximations on |x| < 0.84375, < 1.25, < 1/0.35, < 28 (erfc) / 6 (erf), each polynomial
// evaluated in glibc's order so the results agree to the last bit.
import { expRounded } from "./exp_rounded.ts";

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

const view = new DataView(new ArrayBuffer(8));
/** the high 32 bits of the double, sign cleared */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0) & 0x7fffffff;
}
/** x with the low 32 bits of its mantissa cleared */
function clearLowWord(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** (erf(x) - x) / x on |x| < 0.84375, z = x * x */
function small(z: number): number {
  const r1 = PP[0] + z * PP[1], z2 = z * z, r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1 + z * QQ[1], s2 = QQ[2] + z * QQ[3], s3 = QQ[4] + z * QQ[5];
  return (r1 + z2 * r2 + z4 * PP[4]) / (s1 + z2 * s2 + z4 * s3);
}

/** erf(1 + s) - ERX on 0.84375 <= |x| < 1.25 */
function nearOne(s: number): number {
  const P1 = PA[0] + s * PA[1], s2 = s * s, Q1 = 1 + s * QA[1], s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3], s6 = s4 * s2, Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5], Q3 = QA[4] + s * QA[5];
  return (P1 + s2 * P2 + s4 * P3 + s6 * PA[6]) / (Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6]);
}

/** erfc(a) for 1.25 <= a (the tail, exp(-a^2 - 0.5625 + R/S) / a) */
function tail(a: number, ix: number, bound: number): number {
  const s = 1 / (a * a);
  let R: number, S: number;
  if (ix < bound) {
    const R1 = RA[0] + s * RA[1], s2 = s * s, S1 = 1 + s * SA[1], s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3], s6 = s4 * s2, S2 = SA[2] + s * SA[3], s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5], S3 = SA[4] + s * SA[5], R4 = RA[6] + s * RA[7], S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else {
    const R1 = RB[0] + s * RB[1], s2 = s * s, S1 = 1 + s * SB[1], s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3], s6 = s4 * s2, S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5], S3 = SB[4] + s * SB[5], S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = clearLowWord(a);
  return (expRounded(-z * z - 0.5625) * expRounded((z - a) * (z + a) + R / S)) / a;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.125 * (8 * x + 1.02703333676410069053e+00 * x) : x + EFX * x;
    return x + x * small(x * x);
  }
  if (ix < 0x3ff40000) return x >= 0 ? ERX + nearOne(Math.abs(x) - 1) : -ERX - nearOne(Math.abs(x) - 1);
  if (ix >= 0x40180000) return x >= 0 ? 1 : -1;
  const r = tail(Math.abs(x), ix, 0x4006db6e);
  return x >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = small(x * x);
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const pq = nearOne(Math.abs(x) - 1);
    return x >= 0 ? 1 - ERX - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (x < 0 && ix >= 0x40180000) return 2;
    const r = tail(Math.abs(x), ix, 0x4006db6d);
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2;
}
