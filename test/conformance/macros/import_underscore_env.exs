# import without an :only list leaves out names starting with an underscore (__using__/1), and
# __ENV__.functions lists an import's functions only (beamlet listed its macros there too)
defmodule Helpers do
  defmacro double(x), do: quote(do: unquote(x) * 2)
  def triple(x), do: x * 3
  defmacro __using__(opts) do
    only = Keyword.get(opts, :only, :all)
    case only do
      :macros -> quote(do: import(Helpers, only: :macros))
      :functions -> quote(do: import(Helpers, only: :functions))
      _ -> quote(do: import(Helpers))
    end
  end
end
defmodule A1 do
  use Helpers, only: :macros
  def f, do: double(2)
end
defmodule A2 do
  use Helpers, only: :functions
  def f, do: triple(2)
end
defmodule A3 do
  import Helpers, except: [triple: 1]
  def f, do: double(5)
  def g, do: __ENV__.macros |> Keyword.get(Helpers)
  def h, do: __ENV__.functions |> Keyword.get(Helpers)
  def r, do: __ENV__.requires |> Enum.member?(Helpers)
end
IO.inspect {A1.f(), A2.f(), A3.f(), A3.g(), A3.h(), A3.r()}

