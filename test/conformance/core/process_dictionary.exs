IO.inspect(Process.get(:counter))
Process.put(:counter, 1)
IO.inspect(Process.put(:counter, 2))
IO.inspect(Process.get(:counter))
IO.inspect(Process.get(:missing, :default))
Process.put({:key, 1}, "tuple key")
IO.inspect(Process.get({:key, 1}))
IO.inspect(Process.delete(:counter))
IO.inspect(Process.get(:counter))
defmodule Memo do
  def fib(n) when n < 2, do: n
  def fib(n) do
    case Process.get({:fib, n}) do
      nil ->
        v = fib(n - 1) + fib(n - 2)
        Process.put({:fib, n}, v)
        v
      v -> v
    end
  end
end
IO.inspect(Memo.fib(200))
IO.inspect(Process.get_keys() |> Enum.filter(&match?({:fib, _}, &1)) |> length())
