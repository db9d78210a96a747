# A do/end call written in parentheses as a keyword value of a call without parentheses stays in
# them when the keywords break a pair a line (def f(x),\n  do:\n    (case ... end)), its lines
# shifted by one, as Elixir 1.14's formatter writes it; also in a do/end call's options and
# where an operand or a clause's argument needs them.
src = ~S'''
def get(k), do: (case :ets.lookup(@table, k) do [{^k, v, exp}] -> if exp > now(), do: {:ok, v}, else: :expired; [] -> :miss end)
def f(x), do: (try do x + 1 rescue _ -> :error end)
defp g(x) when is_integer(x), do: (if x > 0 do :pos else :neg end)
import Mod, only: (case x do 1 -> [a: 1] end)
for x <- [1, 2], into: (if a do %{} else [] end) do
  x
end
f(do: (case x do 1 -> 2 end))
x = (case x do 1 -> 2 end)
y = (if a do 1 end).b
with {:ok, x} <- (case a do b -> b end), do: x
if (case a do b -> b end), do: 1
'''

IO.puts(Code.format_string!(src))
