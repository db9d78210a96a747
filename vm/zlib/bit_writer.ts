// A growable output buffer that DEFLATE writes least significant bit first.
import { withRoom } from "../grow_bytes.ts";
export class BitWriter {
  private buf = new Uint8Array(1024);
  private n = 0;
  private acc = 0;
  private accBits = 0;

  private ensure(extra: number): void {
    this.buf = withRoom(this.buf, this.n, extra);
  }

  bits(value: number, len: number): void {
    this.acc |= (value & ((1 << len) - 1)) << this.accBits;
    this.accBits += len;
    while (this.accBits >= 8) {
      this.ensure(1);
      this.buf[this.n++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.accBits -= 8;
    }
  }

  /** pads with zero bits to the next byte boundary */
  alignToByte(): void {
    if (this.accBits > 0) this.bits(0, 8 - this.accBits);
  }

  byte(b: number): void {
    this.bits(b & 0xff, 8);
  }

  bytes(data: Uint8Array): void {
    this.ensure(data.length);
    if (this.accBits === 0) {
      this.buf.set(data, this.n);
      this.n += data.length;
    } else for (const b of data) this.byte(b);
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}
