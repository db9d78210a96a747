// A failed write to stdout or stderr (EPIPE when the reader went away, ENOSPC on a full disk, a
// closed log) never takes the node down: the text is dropped and counted, as the BEAM's logger
// drops what it cannot write. Once stdout has failed the standard io device has terminated, as in
// Elixir: the program's later writes to it raise in the writer (Host.outputFailed, vm/io_routing.ts). Without a listener Node.js turns the stream's 'error' into an
// uncaught exception that ends the process.
import { consoleBytes } from "../vm/raw_bytes.ts";

export const outputFaults = { dropped: 0, lastError: "", stdoutFailed: false, stdoutError: "" };

/** who wants to know when standard output fails (the node: Host.onOutputFailed) */
const failureListeners: Array<() => void> = [];

export function onStdoutFailed(listener: () => void): void {
  failureListeners.push(listener);
}

/** standard output failed with the error code `code` (the first failure is the one kept) */
function stdoutFailed(code: string): void {
  const first = !outputFaults.stdoutFailed;
  outputFaults.stdoutFailed = true;
  if (outputFaults.stdoutError === "") outputFaults.stdoutError = code;
  if (first) for (const listener of failureListeners) listener();
}

let installed = false;

export function guardOutputStreams(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (stream === process.stdout) stdoutFailed(e.code ?? e.message);
      outputFaults.dropped++;
      outputFaults.lastError = e.code ?? e.message;
    });
  }
}

/** write unless the stream has already failed (then count the text as dropped) */
export function safeWrite(stream: NodeJS.WriteStream, text: string): void {
  if (stream.destroyed || stream.writableEnded) {
    if (stream === process.stdout) stdoutFailed("EPIPE");
    outputFaults.dropped++;
    return;
  }
  try {
    stream.write(consoleBytes(text) ?? text);
  } catch (e) {
    // a synchronous failure (a closed file descriptor)
    if (stream === process.stdout) stdoutFailed((e as NodeJS.ErrnoException).code ?? String(e));
    outputFaults.dropped++;
    outputFaults.lastError = (e as NodeJS.ErrnoException).code ?? String(e);
  }
}

/** what standard output may hold that its reader has not taken yet, before the node waits (a
 *  pipe's own buffer is 64 KB) */
const BACKLOG_BYTES = 64 * 1024;

/** the promise of room in stdout again (drained, or failed: closed, EPIPE) while it holds more
 *  than BACKLOG_BYTES; null otherwise (a terminal or a file is written at once) */
export function stdoutBacklog(limit = BACKLOG_BYTES): Promise<void> | null {
  const s = process.stdout;
  if (s.destroyed || s.writableEnded || s.writableLength <= limit) return null;
  return new Promise<void>((resolve) => {
    const done = () => {
      s.off("drain", done).off("error", done).off("close", done);
      resolve();
    };
    s.on("drain", done).on("error", done).on("close", done);
  });
}

/**
 * End the process once what was written to stdout and stderr has been taken by them:
 * process.exit drops what a pipe has not taken yet, so a slow reader lost most of a long output
 * (elixir writes all of it before it halts).
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  const flushed = (s: NodeJS.WriteStream) => new Promise<void>((resolve) => {
    if (s.destroyed || s.writableEnded || s.writableLength === 0) return resolve();
    // chunks are written in order: this one's callback comes after all before it
    s.write("", () => resolve());
  });
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
