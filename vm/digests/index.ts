// Digests and HMAC in TypeScript, for hosts without a crypto library (the browser host: WebCrypto's
// digests are promises, :crypto.hash is a synchronous BIF). Names as node:crypto spells them, the
// ones vm/bifs/hashes.ts asks the host for.
import { md5 } from "../md5.ts";
import { sha1 } from "./sha1.ts";
import { sha224, sha256, sha384, sha512 } from "./sha2.ts";
import { sha3_224, sha3_256, sha3_384, sha3_512 } from "./sha3.ts";
import { ripemd160 } from "./ripemd160.ts";
import { blake2b, blake2s } from "./blake2.ts";

interface Digest {
  hash(data: Uint8Array): Uint8Array;
  /** the block size HMAC pads the key to */
  block: number;
}

const DIGESTS: Record<string, Digest> = {
  md5: { hash: md5, block: 64 },
  sha1: { hash: sha1, block: 64 },
  sha224: { hash: sha224, block: 64 },
  sha256: { hash: sha256, block: 64 },
  sha384: { hash: sha384, block: 128 },
  sha512: { hash: sha512, block: 128 },
  "sha3-224": { hash: sha3_224, block: 144 },
  "sha3-256": { hash: sha3_256, block: 136 },
  "sha3-384": { hash: sha3_384, block: 104 },
  "sha3-512": { hash: sha3_512, block: 72 },
  ripemd160: { hash: ripemd160, block: 64 },
  blake2b512: { hash: blake2b, block: 128 },
  blake2s256: { hash: blake2s, block: 64 },
};

/** the digest of data, or undefined for an algorithm this module does not know */
export function digest(algorithm: string, data: Uint8Array): Uint8Array | undefined {
  return DIGESTS[algorithm]?.hash(data);
}

/** HMAC (RFC 2104) with one of the digests */
export function hmac(algorithm: string, key: Uint8Array, data: Uint8Array): Uint8Array | undefined {
  const d = DIGESTS[algorithm];
  if (!d) return undefined;
  const k = new Uint8Array(d.block);
  k.set(key.length > d.block ? d.hash(key) : key);
  const inner = new Uint8Array(d.block + data.length);
  const outerKey = new Uint8Array(d.block);
  for (let i = 0; i < d.block; i++) {
    inner[i] = k[i] ^ 0x36;
    outerKey[i] = k[i] ^ 0x5c;
  }
  inner.set(data, d.block);
  const innerHash = d.hash(inner);
  const outer = new Uint8Array(d.block + innerHash.length);
  outer.set(outerKey);
  outer.set(innerHash, d.block);
  return d.hash(outer);
}
