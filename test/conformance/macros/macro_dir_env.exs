# __DIR__, __ENV__.file and Macro.Env helpers
IO.inspect(String.ends_with?(__DIR__, "macros"))
IO.inspect(Path.basename(__ENV__.file))
IO.inspect(Macro.Env.location(__ENV__) |> Keyword.keys())
IO.inspect(__ENV__.requires |> Enum.member?(Kernel))
defmodule E do
  def info, do: {__ENV__.function, __ENV__.module, __ENV__.context}
  def stack, do: Macro.Env.stacktrace(__ENV__) |> hd() |> elem(1)
  def aliases do
    alias String.Chars, as: SC
    _ = SC
    __ENV__.aliases
  end
end
IO.inspect(E.info())
IO.inspect(E.stack())
IO.inspect(E.aliases())
