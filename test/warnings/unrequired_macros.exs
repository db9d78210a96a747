# "you must require M before invoking the macro M.f/n" comes from Elixir's checker once the file
# is compiled (after OTP's warnings), sorted with the module's other remote-call warnings by
# their terms: undefined modules, unrequired macros, then deprecated and undefined functions;
# the same call in several places is one warning listing them
defmodule UnrequiredHelper do
  defmacro twice(x), do: quote(do: unquote(x) * 2)
end

defmodule Unrequired do
  def a, do: Integer.is_odd(1)
  def b, do: UnrequiredHelper.twice(1)
  def c, do: Bitwise.band(1, 2)
  def d, do: Logger.debug("x")
  def e, do: Record.is_record(1)
  def f(x), do: Integer.is_odd(x) or Integer.is_even(x)
  def g, do: Nope.Mod.call()
  def h, do: Enum.nope(1)
  def i, do: String.to_char_list("a")
  def j, do: 1 + :a
  def k do
    require Integer
    Integer.is_odd(3)
  end
end

defmodule UnrequiredFine do
  require Logger
  require Integer
  def a, do: Logger.debug("x")
  def b, do: Integer.is_even(2)
end
IO.puts(:ok)
