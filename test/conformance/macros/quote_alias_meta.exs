# aliases inside quotes carry the alias they denote where the quote was written
defmodule A.B.Helper do
  def hello, do: :hello_from_helper
end
defmodule M do
  alias A.B.Helper
  alias String.Chars, as: SC
  def q1, do: quote(do: Helper.hello())
  def q2, do: quote(do: SC.to_string(1))
  def q3, do: quote(do: Unknown.f())
  def q4, do: quote(do: Kernel.+(1, 2))
  defmacro call_helper, do: quote(do: Helper.hello())
end
IO.inspect(M.q1())
IO.inspect(M.q2())
IO.inspect(M.q3())
IO.inspect(M.q4())
defmodule N do
  require M
  def run, do: M.call_helper()
end
IO.inspect(N.run())
{value, _} = Code.eval_quoted(M.q1())
IO.inspect(value)
