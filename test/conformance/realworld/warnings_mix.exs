defmodule Report do
  alias Enum, as: E
  import String, only: [upcase: 1, downcase: 1]
  require Logger

  @unused_attr 5
  @limit 3

  def build(rows, opts \\ []) do
    title = Keyword.get(opts, :title, "Report")
    unused = length(rows)
    rows
    |> Enum.take(@limit)
    |> Enum.map(fn {name, score} -> "#{upcase(name)}: #{score}" end)
    |> then(&[title | &1])
  end

  def score_label(score) when score > 90, do: "A"
  def score_label(score) when score > 80, do: "B"
  def score_label(_score), do: "C"
  def score_label(100), do: "perfect"

  defp never_called, do: :ok

  def dbg_demo(x) do
    x
    |> Kernel.*(2)
    |> dbg()
  end
end

defmodule Main do
  def run do
    Report.build([{"ann", 95}, {"bob", 82}, {"cy", 70}, {"dee", 60}], title: "Top")
    |> Enum.each(&IO.puts/1)
    IO.puts(Report.score_label(100))
    x = 5
    IO.inspect(Report.dbg_demo(x))
    dbg(%{a: x, b: [1, 2]})
    [1, 2, 3] |> Enum.map(&(&1 + 1)) |> Enum.sum() |> dbg()
  end
end

Main.run()
