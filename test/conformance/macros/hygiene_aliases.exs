# aliases inside a macro resolve where the macro was written, not at the caller
defmodule Lib.Impl do
  def run, do: :lib_impl
end

defmodule Impl do
  def run, do: :top_impl
end

defmodule Lib do
  alias Lib.Impl
  defmacro call_impl, do: quote(do: Impl.run())
  defmacro call_alias_bang, do: quote(do: alias!(Impl).run())
end

defmodule User do
  require Lib
  def a, do: Lib.call_impl()
  def b, do: Impl.run()
  def c, do: Lib.call_alias_bang()
end

IO.inspect({User.a(), User.b(), User.c()})
