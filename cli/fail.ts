// A command-line failure: one line on stderr and a non-zero exit, never a stack trace.
export function fail(message: string, code = 1): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(code);
}
