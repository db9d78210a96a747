// Keys typed (or pasted) while a shell is still starting: erl puts the terminal into raw mode as
// soon as the emulator is up, so what is typed before the banner is not echoed by the terminal;
// the shell's line editor shows it after its first prompt. Raw mode from the start of a REPL
// command (before the library loads, a project compiles or its application starts) does the same:
// the keys wait, unechoed, for the shell's line reader (readline keeps the terminal raw).
export function holdTypedAhead(): void {
  const stdin = process.stdin as NodeJS.ReadStream;
  if (stdin.isTTY && process.stdout.isTTY && typeof stdin.setRawMode === "function") stdin.setRawMode(true);
}
