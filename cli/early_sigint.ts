// Ctrl-C while beamlet starts: loading the bundle and the library takes a few hundred ms before a
// command has its own handler (the BREAK menu, the REPL's), and Node.js's default would end the
// process (status 130, nothing shown) where the BEAM shows its BREAK menu. cli/bin.js starts
// counting them first thing (the same global slot); a release's bin/APP runs the bundle directly,
// so cli/main.ts starts it too. The command's handler takes what came (takeEarlySigints); a
// command without one lets a Ctrl-C end it as by default (releaseEarlySigints).
interface EarlySigints {
  count: number;
  listener: () => void;
}
const SLOT = "__beamletEarlySigints";
const slot = globalThis as unknown as Record<string, EarlySigints | null | undefined>;

export function captureEarlySigints(): void {
  // (null: taken already; undefined: not started by cli/bin.js)
  if (slot[SLOT] !== undefined) return;
  const early: EarlySigints = { count: 0, listener: () => void early.count++ };
  slot[SLOT] = early;
  process.on("SIGINT", early.listener);
}

/** the Ctrl-Cs that came while beamlet started; from now on the caller's handler has them */
export function takeEarlySigints(): number {
  const early = slot[SLOT];
  slot[SLOT] = null;
  if (!early) return 0;
  process.off("SIGINT", early.listener);
  return early.count;
}

/** a command with no Ctrl-C handler of its own: one that came ends it now, as by default */
export function releaseEarlySigints(): void {
  if (takeEarlySigints() > 0) process.kill(process.pid, "SIGINT");
}
