# a caller variable that a macro then rebinds with var!(x) = ... (directly, through another macro,
# in a branch, in a def a macro makes, or at a module body level) is reported unused at its first
# binding as Elixir 1.14 does; var!(x, Ctx) leaves the caller's x alone
defmodule M2 do
  defmacro setx do
    quote do
      var!(x) = 9
    end
  end
  defmacro outer do
    quote do
      M2.setx()
    end
  end
  defmacro deff(name) do
    quote do
      def unquote(name)() do
        x = 1
        M2.setx()
        :ok
      end
    end
  end
end

defmodule U2 do
  require M2
  def a do
    x = 1
    M2.outer()
    :ok
  end
  def b(c) do
    x = 1
    if c, do: M2.setx()
    x
  end
  def c(c) do
    x = 1
    case c do
      1 -> M2.setx(); x
      _ -> 0
    end
  end
  def d do
    x = 1
    _ = M2.setx()
    x
  end
  M2.deff(:e)
  x = 1
  M2.setx()
  def f, do: unquote(x)
end
defmodule M do
  defmacro setx do
    quote do
      var!(x) = 9
    end
  end
  defmacro setc do
    quote do
      var!(x, Ctx) = 9
    end
  end
  defmacro readc do
    quote do
      var!(x, Ctx)
    end
  end
  defmacro setx_used do
    quote do
      var!(x) = 9
      var!(x)
    end
  end
end

defmodule U do
  require M
  def f do
    x = 1
    M.setc()
    M.readc()
    x
  end
  def g do
    M.setc()
    :ok
  end
  def h do
    x = 1
    M.setx_used()
  end
  def i(x) do
    M.setx()
    x
  end
  def j do
    x = 1
    fn -> M.setx() end
  end
end
IO.inspect U.f()
IO.inspect {U.f(), U2.a()}
