# a map update in evaluated code is erl_eval's: maps:put/3 checks the map, then a lists:foldl of
# maps:update/3 over the keys (KeyError names the map as updated so far); in compiled code the
# update is one instruction of the function's own
defmodule S do
  defstruct a: 1, b: 2
end

IO.inspect(Code.eval_string("m = %{a: 1, b: 2}; %{m | a: 10, b: 20}"))
IO.inspect(Code.eval_string("s = %S{}; %S{s | b: 5}"))
IO.inspect(Code.eval_string("f = fn m, i -> %{m | a: i} end; Enum.reduce(1..100, %{a: 0}, fn i, acc -> f.(acc, i) end)"))

for code <- [
      "m = %{a: 1}; %{m | b: 2}",
      "m = %{a: 1}; %{m | a: 2, b: 2}",
      "m = %{a: 1}; %{m | b: 2, c: 3}",
      "m = 5; %{m | b: 2}",
      "m = %{a: 1}; x = 1 + 1; [%{m | b: x}]",
      "f = fn m -> %{m | b: 2} end; f.(%{})",
      "s = %S{}; x = %{s | c: 5}\nx",
      "s = %{}; %S{s | a: 5}",
      "s = %S{}; %S{s | c: 5}"
    ] do
  try do
    Code.eval_string(code)
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e))
      IO.inspect(Enum.take(__STACKTRACE__, 6))
  end
end

defmodule Compiled do
  def update(m), do: %{m | b: 2}
end

try do
  Compiled.update(%{a: 1})
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)})
end
