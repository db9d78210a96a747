# @doc, @typedoc or @moduledoc set again before a definition took it warns at the second one;
# a definition (with a body or not, a delegate, a guard, a protocol's function, a callback) takes it
defmodule DocTwice do
  @moduledoc "a"
  @moduledoc "b"
  @doc "x"
  @doc false
  def f, do: 1
  @doc since: "1.0"
  @doc "y"
  def g, do: 2
  @typedoc "t"
  @typedoc "u"
  @type t :: 1
  @doc "a"
  defdelegate count(x), to: Enum
  @doc "c"
  defguard is_one(x) when x == 1
  @doc "d"
  def h(x)
  def h(x), do: x
  @doc "e"
  @callback cb() :: 1
  @doc "f"
  def k, do: 1
end

defprotocol DocProto do
  @doc "a"
  def f(x)
  @doc "b"
  @doc "c"
  def g(x)
end
