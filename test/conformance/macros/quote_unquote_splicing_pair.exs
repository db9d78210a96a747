# A two-element tuple holding unquote_splicing is quoted as the {} it becomes once spliced
defmodule Splice do
  defmacro tagged(tag, args) do
    quote do: {unquote(tag), unquote_splicing(args)}
  end

  defmacro memo_key({name, _, args}) do
    quote do: {unquote(name), unquote_splicing(args)}
  end

  def run do
    args = [1, 2]
    IO.inspect(quote(do: {:a, unquote_splicing(args)}))
    IO.inspect(quote(do: {unquote_splicing(args), :z}))
    IO.inspect(quote(do: {unquote_splicing([]), :only}))
    IO.inspect(quote(do: {unquote_splicing(args)}))
    IO.inspect(quote(do: {:a, :b, unquote_splicing(args)}))
    IO.inspect(quote(do: {:a, unquote(args)}))
    IO.inspect(quote(do: {:a, unquote_splicing(args)}) |> Code.eval_quoted() |> elem(0))
  end
end

defmodule User do
  require Splice
  def one, do: Splice.tagged(:ok, [1])
  def three, do: Splice.tagged(:ok, [1, 2, 3])
  def key(x, y), do: Splice.memo_key(fib(x, y))
end

Splice.run()
IO.inspect(User.one())
IO.inspect(User.three())
IO.inspect(User.key(4, 5))
