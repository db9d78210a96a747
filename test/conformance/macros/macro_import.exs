# import of macros: only: :macros, only: [name: arity], except:
defmodule Tools do
  defmacro unless_(cond, do: block) do
    quote do
      if unquote(cond), do: nil, else: unquote(block)
    end
  end

  defmacro inc(x), do: quote(do: unquote(x) + 1)
  def helper(x), do: x * 10
end

defmodule A do
  import Tools, only: :macros
  def run, do: {unless_(false, do: :ran), inc(1)}
end

defmodule B do
  import Tools, only: [inc: 1, helper: 1]
  def run, do: helper(inc(2))
end

defmodule C do
  import Tools
  def run, do: {inc(9), helper(1), unless_(true, do: :skipped)}
end

IO.inspect(A.run())
IO.inspect(B.run())
IO.inspect(C.run())
