# A script's module has no object file, so doctest cannot read its docs (exunit/
# doctest_script_module); once the script writes the module's binary to a directory on the code
# path, Code.fetch_docs/1 finds it there as :code.get_object_code/1 does, and the doctests run:
# passing ones, failing ones of each kind, only:/except:
{:module, _, calc_beam, _} =
  defmodule Calc do
    @moduledoc """
    A calculator.

        iex> Calc.add(1, 2)
        3

        iex> Calc.add(
        ...>   10,
        ...>   20
        ...> )
        30
    """

    @doc """
    Divides.

        iex> Calc.div(10, 2)
        5.0
        iex> Calc.div(1, 0)
        ** (ArgumentError) cannot divide by zero

        iex> Calc.div(1, 0)
        ** (ArgumentError) wrong message here

        iex> Calc.div(3, 1)
        4.0
    """
    def div(_, 0), do: raise(ArgumentError, "cannot divide by zero")
    def div(a, b), do: a / b

    @doc """
        iex> Calc.add(2, 2)
        4
    """
    def add(a, b), do: a + b

    @doc """
        iex> x = Calc.pairs([1, 2, 3])
        iex> length(x)
        3
        iex> x
        [{1, 1}, {2, 4}, {3, 8}]
    """
    def pairs(list), do: Enum.map(list, &{&1, &1 * &1})

    @doc """
        iex> Calc.info()
        %{name: "calc", version: {1, 0}, tags: [:math], nested: %{deep: [1, %{x: :y}]}}
    """
    def info, do: %{name: "calc", version: {1, 1}, tags: [:math], nested: %{deep: [1, %{x: :z}]}}

    @doc """
        iex> Calc.raises()
        ** (RuntimeError) boom
    """
    def raises, do: :no_raise
  end

ExUnit.start(seed: 0)
IO.inspect(Code.fetch_docs(Calc), label: "before")
dir = Path.join(System.tmp_dir!(), "doctest_object_file_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
File.write!(Path.join(dir, "Elixir.Calc.beam"), calc_beam)
Code.prepend_path(dir)
{:docs_v1, _, :elixir, _, %{"en" => moduledoc}, _, entries} = Code.fetch_docs(Calc)
IO.inspect({String.slice(moduledoc, 0, 13), length(entries)}, label: "after")

defmodule CalcTest do
  use ExUnit.Case
  doctest Calc, except: [add: 2]
end

defmodule CalcOnlyTest do
  use ExUnit.Case
  doctest Calc, only: [add: 2, pairs: 1]
end

System.at_exit(fn _ -> File.rm_rf!(dir) end)
