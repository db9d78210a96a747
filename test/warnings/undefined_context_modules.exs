# A module the body defines is one of its context modules from its defmodule on: the module's own
# calls to it after there are not checked; warnings come module by module as the checks end
defmodule Outer do
  def before, do: Outer.Kid.nope_before()

  defmodule Kid do
    def k, do: :ok
    def k2, do: Outer.Later.nope_from_kid()
  end

  def after_, do: Outer.Kid.nope_after()

  defmodule Later do
    def l, do: Outer.Kid.nope_from_later()
  end

  defmodule Kid.Grand do
    def g, do: :ok
  end

  def grand, do: Outer.Kid.Grand.nope_grand()
end

defmodule Next do
  def n, do: Outer.Kid.nope_next()
end
IO.puts "ok"
