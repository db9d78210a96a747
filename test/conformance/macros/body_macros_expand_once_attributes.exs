defmodule Counter do
  defmacro bump(name) do
    n = Process.get(:n, 0) + 1
    Process.put(:n, n)
    IO.puts("bump #{name} #{n}")
    quote do
      @count unquote(n)
      def unquote(name)(), do: unquote(n)
    end
  end
  defmacro attr(v) do
    IO.puts("attr #{v}")
    Module.put_attribute(__CALLER__.module, :seen, v)
    quote do: :ok
  end
  defmacro inner_m(x) do
    IO.puts("inner #{inspect(x)}")
    x
  end
end
defmodule A do
  require Counter
  Module.register_attribute(__MODULE__, :seen, accumulate: true)
  Counter.bump(:a)
  Counter.attr(1)
  x = Counter.inner_m(10)
  IO.puts("x=#{x}")
  Counter.bump(:b)
  for i <- [1, 2] do
    Counter.inner_m(i)
  end
  IO.inspect(@seen, label: "seen")
  case Counter.inner_m(3) do
    3 -> Counter.attr(2)
  end
  def f, do: Counter.inner_m(99)
  Counter.bump(:c)
  IO.inspect(@seen, label: "seen2")
end
IO.inspect({A.a(), A.b(), A.c(), A.f()})
