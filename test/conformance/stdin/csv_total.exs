defmodule Total do
  def run do
    [header | rows] = IO.read(:stdio, :eof) |> String.split("\n", trim: true)
    IO.puts("columns: #{header}")

    rows
    |> Enum.map(fn row -> row |> String.split(",") |> Enum.at(1) |> String.to_integer() end)
    |> Enum.sum()
    |> then(&IO.puts("total: #{&1}"))
  end
end

Total.run()
