# Library modules fetched on first use (beamlet-library-more.js) reached in a module body
# only by names made at run time: apply/3, :erlang.apply, Kernel.apply, a capture built at run
# time, a call on a variable module, Code.ensure_loaded?. The body runs once: its output, its
# messages and its process dictionary show it.
defmodule Dyn do
  IO.puts("Dyn's body starts")
  send(self(), :dyn_body)
  Process.put(:bodies, (Process.get(:bodies) || 0) + 1)
  mod = String.to_atom("Elixir." <> "Option" <> "Parser")
  IO.inspect(apply(mod, :split, ["a b"]))
  IO.inspect(:erlang.apply(String.to_atom("que" <> "ue"), :is_queue, [{[], []}]))
  IO.inspect(Kernel.apply(String.to_atom("gb_" <> "trees"), :empty, []) |> elem(0))
  cap = Function.capture(String.to_atom("Elixir." <> "U" <> "RI"), :decode, 1)
  @decoded cap.("a%20b")
  ver = String.to_atom("Elixir." <> "Ver" <> "sion")
  @parsed ver.parse!("1.2.3")
  IO.inspect(Code.ensure_loaded?(String.to_atom("Elixir.Da" <> "te.Range")))
  IO.puts("Dyn's body ends")
  def decoded, do: @decoded
  def parsed, do: @parsed
end

IO.inspect({Dyn.decoded(), Dyn.parsed()})
IO.inspect(Process.info(self(), :messages))
IO.inspect(Process.get(:bodies))
