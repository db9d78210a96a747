# Library modules the browser build fetches on first use (beamlet-library-more.js), reached in
# every way a program reaches a module: by name in the source, by a name made at run time
# (apply, a capture, spawn), through a BIF that looks the module up, through protocol dispatch,
# from a process other than the caller, and in a module body that prints before it needs one.
defmodule Body do
  IO.puts("body runs once")
  @parsed Version.parse!("1.2.3")
  def parsed, do: @parsed
end

IO.inspect(Body.parsed())
mod = String.to_atom("Elixir." <> "Option" <> "Parser")
IO.inspect(Code.ensure_loaded?(mod) and function_exported?(mod, :parse, 2))
IO.inspect(apply(mod, :parse, [["--n", "3"], [strict: [n: :integer]]]))
cap = Function.capture(String.to_atom("Elixir." <> "U" <> "RI"), :decode, 1)
IO.puts(cap.("a%20b"))
parent = self()
q = String.to_atom("que" <> "ue")
spawn(fn -> send(parent, {:from_child, apply(q, :to_list, [apply(q, :from_list, [[1, 2, 3]])])}) end)

receive do
  msg -> IO.inspect(msg)
end

task = Task.async(fn -> apply(String.to_atom("gb_" <> "sets"), :size, [apply(String.to_atom("gb_" <> "sets"), :from_list, [[3, 1, 2]])]) end)
IO.inspect(Task.await(task))
IO.inspect(Enum.map([~D[2024-02-28]], &Date.add(&1, 1)))
IO.inspect(Regex.run(~r/(\d+)/, "ab 12 cd"))
