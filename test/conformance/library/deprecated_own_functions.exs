defmodule A do
  @deprecated "lit"
  def a, do: 1
  m = "var"
  @deprecated m
  def b, do: 2
  defmacro __using__(_) do
    quote do
      msg = "q"
      @deprecated msg
      def c, do: 3
      @deprecated "ql"
      def d, do: 3
    end
  end
end
defmodule B do
  use A
end
defmodule U do
  def go, do: {A.a, A.b, B.c, B.d}
end
IO.inspect A.__info__(:deprecated)
IO.inspect B.__info__(:deprecated)

# defaults: each arity is deprecated; an overriding definition keeps the original's deprecation
defmodule WithDefaults do
  defmacro __using__(_) do
    quote do
      @deprecated "old"
      def get(d, k, default \\ nil), do: {d, k, default}
      defoverridable get: 3, get: 2
    end
  end
end

defmodule Overrides do
  use WithDefaults
  def get(d, k, default), do: {:mine, d, k, default}
  @deprecated "gone soon"
  defmacro mac(x), do: x
end

IO.inspect Overrides.__info__(:deprecated)
IO.inspect Overrides.get(1, 2)
