# aliases a macro's expansion defines (use's, and a quote's alias used by that same quote) resolve
# the calls through them: no undefined-module warning, and never reported unused
defmodule Lib.Helper do
  def help(x), do: {:helped, x}
end

defmodule Lib do
  defmacro __using__(_) do
    quote do
      alias Lib.Helper
      alias Lib.Helper, as: Unused
    end
  end

  defmacro own do
    quote do
      alias Lib.Helper, as: H
      H.help(:own)
    end
  end

  defmacro multi do
    quote do
      alias Lib.{Helper}
      Helper.help(:multi)
    end
  end
end

defmodule User do
  use Lib
  require Lib
  def b, do: Helper.help(2)
  def c, do: Lib.own()
  def e, do: Lib.multi()

  def f do
    Lib.own()
    H.help(:caller)
  end

  def g, do: Nope.call()
end

IO.inspect({User.b(), User.c(), User.e(), User.f()})
