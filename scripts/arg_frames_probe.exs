# Shared by scripts/gen-file-arg-frames.exs and gen-path-arg-frames.exs: how a call of a File or
# Path function with a bad argument fails, and the JSON the generated tables are written in.
defmodule ArgFramesProbe do
  # the failure of mod.name(args): its callee [module, name, file, line] and the frames of `mod`
  # below it, when the callee is one of `callees` (the chardata conversion, not a clause of the
  # function itself); nil when the call succeeds or fails elsewhere
  def failure(mod, name, args, callees) do
    try do
      apply(mod, name, args)
      nil
    rescue
      _ ->
        [{m, f, _, loc} | below] = __STACKTRACE__

        if {m, f} in callees do
          frames =
            below
            |> Enum.take_while(&(elem(&1, 0) == mod))
            |> Enum.map(fn {^mod, f, a, loc} -> [Atom.to_string(f), a, loc[:line]] end)

          %{callee: [Atom.to_string(m), Atom.to_string(f), to_string(loc[:file]), loc[:line]], below: frames}
        end
    end
  end

  def encode(nil), do: "null"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(s) when is_binary(s), do: inspect(s)
  def encode(l) when is_list(l), do: "[" <> Enum.map_join(l, ", ", &encode/1) <> "]"
  def encode(m) when is_map(m), do: "{" <> Enum.map_join(Enum.sort(m), ", ", fn {k, v} -> "#{k}: #{encode(v)}" end) <> "}"
end
