# IO.puts/2 and IO.inspect/3 take a device that is an atom or a pid: anything else (a string, a
# tuple) matches no clause, a FunctionClauseError naming IO.puts/2 or IO.inspect/3
defmodule M do
  def id(x), do: x
end

for {f, args} <- [{:puts, ["s", [label: "r"]]}, {:puts, [{:a}, "x"]}, {:inspect, ["dev", 1, []]}, {:inspect, [{:a}, 1, [label: "l"]]}, {:puts, [:stdio, "ok"]}] do
  try do
    IO.inspect(apply(IO, f, args))
  rescue
    e -> IO.puts("#{f}: #{inspect(e.__struct__)} " <> Exception.message(e))
  end
end

IO.puts(M.id("written"), label: "x")
