// What a terminal session reads, one line at a time: iex's line editor takes the keys typed (or
// pasted) ahead only when the shell asks for its next line, so a paste of N lines shows each line
// after its own prompt, its result under it. Node's readline would take (and echo) a whole paste
// at once; this stream stands between the terminal (or a remote client's socket) and readline,
// passing keys up to the end of one line and holding the rest until the shell opens it again.
// Ctrl-C is passed at once (it interrupts the running expression); what was held before it is
// dropped, as the typed-ahead lines are.
import { PassThrough } from "node:stream";

const CTRL_C = 0x03;

export interface LineGate {
  /** what readline reads */
  stream: NodeJS.ReadableStream;
  /** the shell wants its next line (a prompt is shown, or the evaluator reads a line) */
  open(): void;
}

export function lineGate(input: NodeJS.ReadableStream): LineGate {
  const stream = new PassThrough();
  // readline puts a terminal into raw mode through its input: pass that on
  const tty = input as NodeJS.ReadableStream & { setRawMode?: (mode: boolean) => unknown; isTTY?: boolean };
  if (typeof tty.setRawMode === "function") {
    (stream as unknown as { setRawMode: (mode: boolean) => unknown }).setRawMode = (mode: boolean) => tty.setRawMode!(mode);
    (stream as unknown as { isTTY: boolean }).isTTY = true;
  }
  let held: Buffer = Buffer.alloc(0);
  let isOpen = false;
  let ended = false;

  // (what goes to readline is taken out of `held` before it is written: readline may answer it at
  // once, within the write, and open the gate again for the next line)
  const flush = () => {
    while (isOpen && held.length > 0) {
      let end = held.findIndex((b) => b === 0x0d || b === 0x0a);
      if (end >= 0 && held[end] === 0x0d && held[end + 1] === 0x0a) end++;
      const piece = end < 0 ? held : held.subarray(0, end + 1);
      held = end < 0 ? Buffer.alloc(0) : held.subarray(end + 1);
      // a line end passed: the rest waits for the shell's next request
      if (end >= 0) isOpen = false;
      stream.write(piece);
    }
    if (ended && held.length === 0 && !stream.writableEnded) stream.end();
  };

  input.on("data", (chunk: Buffer | string) => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    const c = bytes.lastIndexOf(CTRL_C);
    if (c >= 0 && !isOpen) {
      held = Buffer.from(bytes.subarray(c + 1));
      stream.write(Buffer.from([CTRL_C]));
    } else held = Buffer.concat([held, bytes]);
    flush();
  });
  input.on("end", () => {
    ended = true;
    flush();
  });
  input.on("error", (e) => stream.destroy(e));
  return {
    stream,
    open() {
      isOpen = true;
      flush();
    },
  };
}
