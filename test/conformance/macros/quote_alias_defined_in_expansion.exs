# an alias a macro's quote defines is seen by that same expansion's aliases (and stays in the caller's
# __ENV__.aliases), not by another expansion's; an alias to itself is no alias
defmodule Hyg do
  defmacro alias_test do
    quote do
      alias String, as: S
      S.upcase("a")
    end
  end
  defmacro alias_only do
    quote do
      alias String, as: S
    end
  end
end
defmodule T do
  require Hyg
  def c do
    r = Hyg.alias_test()
    {r, __ENV__.aliases}
  end
  def d do
    Hyg.alias_only()
    __ENV__.aliases
  end
end
IO.inspect T.c()
IO.inspect T.d()
defmodule Lib.Helper do
  def help(x), do: {:helped, x}
end
defmodule Lib do
  defmacro __using__(_) do
    quote do
      alias Lib.Helper
      require Logger, as: L
      def via_alias(x), do: Helper.help(x)
    end
  end
  defmacro inner do
    quote do
      alias Lib.Helper, as: H
      H.help(:inner)
    end
  end
  defmacro outer do
    quote do
      alias Enum, as: H
      r = Lib.inner()
      {r, H.count([1, 2])}
    end
  end
  defmacro multi do
    quote do
      alias Lib.{Helper}
      Helper.help(:multi)
    end
  end
end
defmodule User2 do
  use Lib
  require Lib
  def a, do: via_alias(1)
  def b, do: Helper.help(2)
  def c, do: Lib.inner()
  def d, do: Lib.outer()
  def e, do: Lib.multi()
  def f do
    Lib.inner()
    H.help(:caller)
  end
  def g, do: __ENV__.aliases
end
IO.inspect {User2.a(), User2.b(), User2.c(), User2.e(), User2.f(), User2.g()}
# (the inner expansion's alias H replaced the outer one's: the outer H is no alias then)
try do
  User2.d()
rescue
  e -> IO.puts Exception.message(e)
end
alias String
IO.inspect __ENV__.aliases
alias Map, as: M
alias Map, as: Map
IO.inspect __ENV__.aliases
