// The POSIX reason OTP gives for a failed file or OS operation, from the error Node's fs or
// child_process threw: its code lowercased (ENOENT -> :enoent). Node's own argument checks are no
// POSIX errors: a path holding a NUL byte (ERR_INVALID_ARG_VALUE) is OTP's :badarg, as prim_file
// refuses such a name before calling the OS.

/** the reason atom's name for host error e (`fallback` when it carries no code) */
export function hostErrorReason(e: unknown, fallback = "eio"): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return fallback;
  if (code.startsWith("ERR_")) return code === "ERR_INVALID_ARG_VALUE" || code === "ERR_INVALID_ARG_TYPE" ? "badarg" : fallback;
  return code.toLowerCase();
}
