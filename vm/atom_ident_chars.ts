// Non-ASCII characters that Elixir 1.14 accepts in unquoted atoms (Unicode 14 identifier
// characters restricted to UTS 39 Identifier_Status=Allowed, as its tokenizer applies them).
// Measured on real elixir (scripts/probe-atom-ident-chars.exs): START holds the characters an atom
// may begin with (inspect(:"X") unquoted), CONTINUE those that may follow (after "a" or after a
// start character of the same script). Encoding: ranges as base-36 pairs (gap from the previous
// range end, length - 1), comma separated.
const START =
  "5c,m,2,u,2,1l,3,a,3,7,2,1g,h,0,h,1,e,1,t,f,2,5,3,a,4,1,3,z,3,1,7,d,12,0,2q,1,1c,0,3z,2,9,0,2,2,2,0,2,j,2,17,1a,2r,17,39,h,p,5,1,2,11,3,0,8,11,22,q,5,3,1a,v,2,9,13,1,2,0,5,k,2,h,2,1d,2,0,g,1,8,1,b,2,3,0,29,2d,c,0,5b,n,2,5,i,c,6,0,3,k,1n,1h,4,0,j,0,g,1,g,6,2,6,6,7,3,1,3,l,2,6,2,0,4,3,4,0,h,0,i,1,f,1,k,5,5,1,3,l,2,6,2,0,3,0,3,1,z,0,m,2,h,8,2,2,2,l,2,6,2,1,2,4,4,0,j,0,g,1,10,7,3,1,3,l,2,6,2,1,2,4,4,0,y,2,g,0,i,0,2,5,4,2,2,3,4,1,2,0,2,1,4,1,4,2,4,b,n,0,1h,7,2,2,2,m,2,9,2,4,4,0,w,0,3,1,v,0,5,7,2,2,2,m,2,9,2,4,4,0,w,0,3,1,g,1,j,7,2,2,2,14,3,0,h,0,6,2,a,1,p,5,6,9,3,5,4,b,2,a,2,8,2,0,3,6,1n,1b,2,0,e,6,1n,1,2,0,2,4,2,n,2,0,2,9,2,0,b,0,3,4,2,0,o,1,x,0,1s,2,2,3,2,3,2,3,2,3,2,3,2,b,2,2,s,4,38,16,l,0,h,5,5,3,4,0,4,1,8,2,5,c,d,0,1l,0,6,0,3,w,7,3,3,2,75,20,2,3,3,6,2,0,2,3,3,14,2,3,3,w,2,3,3,6,2,0,2,3,3,e,2,1k,2,3,3,1u,12,f,s1,y,3,2,2,a,10,0,5,0,xg,16,3,2,8x,49,5,0,2,2h,7,l,3,5,3,11,3,5,3,7,2,0,2,0,2,0,2,h,2,0,2,0,2,0,2,0,2,0,2,0,4,1g,2,4,2,0,6,2,2,2,2,0,2,0,4,2,4,4,6,2,2,6,2,0,6,2,2,2,2,0,2,0,2ln,0,6,0,2b,m,a,6,2,6,2,6,2,6,2,6,2,6,2,6,2,6,fb,2,1m,2d,7,1,3,2h,2,2,7,14,2,0,35,v,g1,533,1t,g73,1a8,0,48,8,2x,0,5,0,5,1,n,0,4,0,a,1,7,a,6,1,2,0,2,4,em,8,b,4,2q,m,4,0,4,1,3m,5,3,5,3,5,a,6,2,6,1k,1,49,8mb,6sr,1,2,0,2,1,b,0,2,0,2,1,3,2,1052,3,1a,2,i,3,909,u,1qa,6,2,3,2,1,2,e,4qq,wyn,x,37c,8,65,3,4g1,f,5rk,3z4,3t6";
const CONTINUE =
  "53,0,9,m,2,u,2,1l,3,a,3,7,2,1g,h,0,h,1,e,1,t,f,2,5,3,a,4,1,3,z,3,1,7,d,12,0,2q,1,1c,0,v,0,5,0,3,1,7,0,9,0,2,1,6,1,2,1,4,0,3,1,1u,2,9,0,2,2,2,0,2,j,2,17,1a,2r,17,39,h,p,5,1,2,11,3,0,8,11,1a,0,s,q,5,3,1a,v,2,9,m,9,8,1,2,0,5,k,2,h,2,1d,2,0,g,1,8,e,3,0,29,2p,5b,n,2,5,i,c,6,0,3,k,1k,24,2,1,6,1,9,3,3,9,2,6,2,6,2,2,2,7,3,1,3,l,2,6,2,0,4,3,3,8,3,1,5,1,9,0,9,3,3,b,d,0,3,2,2,5,5,1,3,l,2,6,2,0,3,0,3,1,3,0,2,4,5,1,3,2,f,0,a,e,d,2,2,8,2,2,2,l,2,6,2,1,2,4,3,9,2,2,2,2,3,0,g,3,3,9,b,5,2,2,2,7,3,1,3,l,2,6,2,1,2,4,3,7,4,0,6,0,8,2,8,2,5,9,2,0,h,1,2,5,4,2,2,3,4,1,2,0,2,1,4,1,4,2,4,b,5,4,4,2,5,0,3,0,7,0,f,9,i,b,2,2,2,m,2,9,2,4,3,8,2,1,3,3,8,1,7,0,3,1,5,9,h,0,2,1,2,7,2,2,2,m,2,9,2,4,3,3,2,3,2,0,6,1,8,1,7,0,3,3,3,9,2,1,e,0,2,1,2,7,2,2,2,14,3,6,3,2,5,1,6,3,9,1,5,9,b,5,3,1,2,9,3,5,4,b,2,a,2,8,2,0,3,6,4,0,5,5,2,0,2,1,2,0,n,0,f,1d,2,6,6,e,2,9,14,1,2,0,2,4,2,n,2,0,2,b,2,9,3,4,2,0,2,5,3,9,5,1,x,0,w,9,c,0,2,0,7,4,2,3,2,3,2,3,2,3,2,3,2,b,2,2,5,1,2,0,6,6,2,2,2,c,2,3,2,3,2,3,2,3,2,3,2,b,2,2,a,0,1m,21,7,25,16,0,6,0,3,w,7,3,3,2,75,20,2,3,3,6,2,0,2,3,3,14,2,3,3,w,2,3,3,6,2,0,2,3,3,e,2,1k,2,3,3,1u,3,2,x,f,s1,y,3,2,2,a,3,n,3,0,2,0,5,0,5,0,4,9,x3,16,3,2,8x,49,5,0,2,2h,7,l,3,5,3,11,3,5,3,7,2,0,2,0,2,0,2,h,2,0,2,0,2,0,2,0,2,0,2,0,4,1g,2,4,2,0,6,2,2,2,2,0,2,0,4,2,4,4,6,2,2,6,2,0,6,2,2,2,2,0,2,0,2ln,0,6,0,2b,m,a,6,2,6,2,6,2,6,2,6,2,6,2,6,2,6,fb,2,1m,2d,3,1,3,1,3,2h,2,2,7,14,2,0,35,v,g1,533,1t,g73,1a8,0,48,8,2x,0,5,0,5,1,n,0,4,0,a,1,7,a,6,1,2,0,2,4,em,n,2q,m,4,5,3m,5,3,5,3,5,a,6,2,6,1k,1,49,8mb,6sr,1,2,0,2,1,b,0,2,0,2,1,3,2,n9j,1,cvi,3,1a,2,i,3,909,u,1qa,6,2,3,2,1,2,e,4qq,wyn,x,37c,8,65,3,4g1,f,5rk,3z4,3t6";

function decode(text: string): Uint32Array {
  const parts = text.split(",");
  const out = new Uint32Array(parts.length);
  let prev = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const lo = prev + parseInt(parts[i]!, 36);
    const hi = lo + parseInt(parts[i + 1]!, 36);
    out[i] = lo;
    out[i + 1] = hi;
    prev = hi;
  }
  return out;
}

function inRanges(r: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]!) hi = mid - 1;
    else if (cp > r[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

let start: Uint32Array | undefined;
let cont: Uint32Array | undefined;

/** whether a non-ASCII code point may begin an unquoted atom */
export const isAtomStartChar = (cp: number): boolean => inRanges((start ??= decode(START)), cp);
/** whether a non-ASCII code point may follow the first character of an unquoted atom */
export const isAtomContinueChar = (cp: number): boolean => inRanges((cont ??= decode(CONTINUE)), cp);
