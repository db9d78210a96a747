// The attributes Elixir's Module registers as accumulating when a module opens: a read before any
// set gives [] and no "undefined module attribute" warning (the module compiler and its checks
// both need the list). @moduledoc is registered too, as nil.
export const ELIXIR_ACCUMULATED = ["after_compile", "after_verify", "before_compile", "behaviour", "callback", "compile", "derive", "dialyzer",
  "external_resource", "macrocallback", "on_definition", "opaque", "optional_callbacks", "spec", "type", "typep"];
