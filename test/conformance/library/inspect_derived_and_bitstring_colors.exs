# syntax_colors reach a derived Inspect with only:/except: (#Name< , > in :map, keys in :atom)
# and a bitstring that is no binary (<< >> in :binary, its numbers in :number)
colors = [number: :red, atom: :blue, string: :green, list: :yellow, map: :cyan, binary: :magenta, reset: :reset]

defmodule Only do
  @derive {Inspect, only: [:a]}
  defstruct a: 1, b: 2
end

defmodule Except do
  @derive {Inspect, except: [:b]}
  defstruct a: 1, b: 2, c: [3, 4]
end

defmodule Show do
  def run(colors) do
    for term <- [%Only{}, %Except{}, [%Only{a: :x}, %Except{c: "s"}], <<0, 7::4>>, <<7::4>>, <<1, 2, 7::4>>, <<1::1>>],
        opts <- [[], [limit: 0], [limit: 1], [pretty: true, width: 5], [base: :hex]] do
      IO.puts(inspect(term, [syntax_colors: colors] ++ opts) |> String.replace("\e", "\\e"))
    end
    IO.puts(inspect(%Except{}, syntax_colors: [map: :cyan]) |> String.replace("\e", "\\e"))
  end
end

Show.run(colors)
