// A GenServer waiting for a message runs GenServer.__loop__/5 here (lib/otp/gen_server.ex); the
// BEAM shows such a process in OTP's server loop, :gen_server.loop/7 (Process.info's
// :current_function, the observe() table).

/** [module, function, arity] the process shows instead of its own function, or null */
export function serverLoopShown(module: string, name: string, arity: number): [string, string, number] | null {
  return module === "Elixir.GenServer" && name === "__loop__" && arity === 5 ? ["gen_server", "loop", 7] : null;
}
