# super through several levels of defoverridable: each override's super calls the definition it
# replaced, across `use` chains and in one module; default arguments redefined by an override;
# &super/1 captures; what the hidden layers are called in stack traces and __ENV__
defmodule Greeting do
  defmacro __using__(_) do
    quote do
      def greet(name), do: "hello #{name}"
      def size(x), do: x
      defoverridable greet: 1, size: 1
    end
  end
end

defmodule Excited do
  defmacro __using__(_) do
    quote do
      use Greeting
      def greet(name), do: super(name) <> "!"
      defoverridable greet: 1
    end
  end
end

defmodule Top do
  use Excited
  def greet(name), do: "[" <> super(String.upcase(name)) <> "]"
  def size(x), do: super(x) * 2
end

defmodule Direct do
  def f(x), do: x + 1
  defoverridable f: 1
  def f(x), do: super(x) * 10
  defoverridable f: 1
  def f(x), do: super(x) - 3
  defoverridable f: 1
  def f(0), do: :zero
  def f(x), do: {super(x), :top}

  def where(x), do: {__ENV__.function, x}
  defoverridable where: 1
  def where(x), do: {__ENV__.function, super(x)}
  defoverridable where: 1
  def where(x), do: {__ENV__.function, super(x)}
end

defmodule Defaults do
  def g(a, b \\ 2), do: a + b
  defoverridable g: 2, g: 1
  def g(a, b \\ 5), do: super(a, b) * 100
  defoverridable g: 2
  def g(a, b), do: super(a, b) + 1
end

defmodule Captures do
  def h(x), do: x
  defoverridable h: 1
  def h(x) do
    f = &super/1
    f.(x) + 1
  end
  defoverridable h: 1
  def h(x), do: super(x) * 3
end

defmodule Skips do
  # an override without super drops what it replaced; the next super reaches that override
  def k(x), do: {:first, x}
  defoverridable k: 1
  def k(x), do: {:second, x}
  defoverridable k: 1
  def k(x), do: {:third, super(x)}
end

defmodule Raises do
  def r(x), do: raise("deep #{x}")
  defoverridable r: 1
  def r(x), do: super(x)
  defoverridable r: 1
  def r(x), do: super(x + 1)
end

IO.puts(Top.greet("bob"))
IO.puts(Top.size(21))
IO.inspect(Direct.f(1))
IO.inspect(Direct.f(0))
IO.inspect(Direct.where(:x))
IO.inspect({Defaults.g(1), Defaults.g(1, 1)})
IO.inspect(Captures.h(1))
IO.inspect(Skips.k(7))
IO.inspect(Enum.sort(Direct.__info__(:functions)))

try do
  Raises.r(1)
rescue
  e ->
    IO.puts(Exception.message(e))
    for {m, f, a, _} <- __STACKTRACE__, m == Raises, do: IO.inspect({f, a})
end
