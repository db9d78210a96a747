# Inspect.Algebra.format/2 hands back each colour as IO.ANSI.format_fragment/2 builds it
# ([[] | "\e[31m"], nested for a list of names), and takes any IO.ANSI data as a colour: a list
# of names ([:bright, :green]), a binary, characters; an unknown name is IO.ANSI's ArgumentError.
defmodule Tagged do
  defstruct [:tag, :value]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{tag: tag, value: v}, opts) do
      concat([color("#" <> Atom.to_string(tag), :atom, opts), "<", to_doc(v, opts), ">"])
    end
  end
end

import Inspect.Algebra

colors = [:red, [:bright, :green], "\e[7m", [[:red], :blue], ["x", :red], [], [:red, "lit"], [?*, :underline]]

for c <- colors do
  opts = %Inspect.Opts{syntax_colors: [k: c, reset: :normal]}
  IO.inspect(format(concat(["<", color("v", :k, opts), ">"]), 80), label: inspect(c))
end

opts = %Inspect.Opts{syntax_colors: [atom: [:bright, :cyan], number: :yellow]}
IO.inspect(format(group(concat([color("a", :atom, opts), break(), "b"])), 1))
IO.inspect(to_doc([1, :a, struct(Tagged, tag: :t, value: 2)], opts) |> format(80))
IO.inspect(to_doc(%{k: 1}, opts) |> format(80) |> IO.iodata_to_binary())
IO.puts(inspect(struct(Tagged, tag: :big, value: [1, 2]), syntax_colors: [atom: [:bright, :magenta], number: :blue]) |> inspect())
IO.inspect(IO.ANSI.format_fragment([:bright, :green], true))

try do
  format(color("v", :k, %Inspect.Opts{syntax_colors: [k: :no_such_colour]}), 80)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
