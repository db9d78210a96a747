# a CompileError in what a macro of the program returned, expanded in a def: Elixir's trace is the
# macro's frame and the def's at the call, not the module body's
defmodule MacroResultBad do
  defmacro bad, do: quote(do: :trim.(1))
end

defmodule MacroResultUser do
  require MacroResultBad

  def f do
    MacroResultBad.bad()
  end
end
