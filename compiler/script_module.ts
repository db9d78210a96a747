// The module names a script's or an evaluation's top-level code is compiled into: there
// __MODULE__ is nil, as at the top level of an Elixir script or iex.
export function isScriptModule(name: string): boolean {
  return name.startsWith("elixir_compiler_") || name.startsWith("elixir_eval_") || name.startsWith("beamlet_mod_");
}
