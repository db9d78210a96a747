// BIF groups a host may load on their first call instead of at start (the browser build does:
// web/bifs.ts; Node imports them all at start, vm/bifs/index.ts). What a first program seldom
// calls: :rand, :ets, :string, Base, System.cmd and ports, :global, :persistent_term/:atomics/
// :counters, Logger's level check, :crypto and the checksums, :zlib, :gen_tcp's and :gen_udp's sockets and :inet, the
// export tables UndefinedFunctionError's hints choose from, :re (with the regex engine; a literal
// ~r compiles through it too: compiler/regex_sigil.ts). Each group is a loader of its files;
// scripts/build-web.mjs finds which "module:name/arity" each defines (web/build/lazy_bif_keys.ts).
export const LAZY_BIF_GROUPS: Record<string, () => Promise<unknown>> = {
  rand: () => Promise.all([import("./rand.ts"), import("./rand_normal.ts"), import("./rand_jump.ts")]),
  ets: () => Promise.all([import("./ets.ts"), import("./ets_more.ts")]),
  string: () => import("./erl_string.ts"),
  system_cmd: () => Promise.all([import("./system_cmd.ts"), import("./open_port.ts")]),
  shared_terms: () => import("./shared_terms.ts"),
  // Logger's level check (it reads persistent terms)
  logger: () => import("./logger_level.ts"),
  global: () => import("./global.ts"),
  base: () => Promise.all([import("./base.ts"), import("./base64.ts")]),
  crypto: () => Promise.all([import("./hashes.ts"), import("./crypto_cipher.ts")]),
  re: () => Promise.all([import("./re.ts"), import("./re_edit.ts")]),
  zlib: () => Promise.all([import("./zlib.ts"), import("./zlib_stream.ts")]),
  net: () => Promise.all([import("./tcp.ts"), import("./udp.ts"), import("./inet.ts"), import("./decode_packet.ts"), import("./port_info.ts")]),
  // the exports UndefinedFunctionError's hints choose from (Elixir's and OTP's tables)
  exports: () => import("./module_exports.ts"),
  // the texts of :binary's failures, worked out when an error is formatted
  binary_errors: () => import("./binary_errors.ts"),
};
