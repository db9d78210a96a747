# A sigil's delimiter and a heredoc's indentation survive a macro argument quoted again (a test's
# body holding quote(do: ~r/abc/i)) and Macro.escape of an argument.
defmodule M do
  defmacro id(x), do: x
  defmacro q(x), do: Macro.escape(x)
end
defmodule U do
  require M
  def a, do: M.id(quote(do: ~r/abc/i))
  def b, do: M.id(quote(do: ~S"""
  heredoc
  """))
  def c, do: M.q(~w(a b)a)
end
IO.inspect(U.a())
IO.inspect(U.b())
IO.inspect(U.c())
