# Random documents built with Inspect.Algebra (fixed seed), laid out at several widths: every
# construct (glue, flex_glue, nest with :cursor/:reset/:break, groups :self/:inherit, lines,
# force_unfit, next_break_fits, string/1) must break exactly as Elixir 1.14 breaks it.
defmodule DocGen do
  import Inspect.Algebra

  def doc(0), do: leaf()

  def doc(d) do
    case :rand.uniform(16) do
      1 -> glue(doc(d - 1), doc(d - 1))
      2 -> flex_glue(doc(d - 1), doc(d - 1))
      3 -> nest(doc(d - 1), :rand.uniform(4))
      4 -> nest(doc(d - 1), :rand.uniform(3), :break)
      5 -> nest(doc(d - 1), Enum.random([:cursor, :reset]))
      6 -> group(doc(d - 1))
      7 -> group(doc(d - 1), :inherit)
      8 -> concat(doc(d - 1), doc(d - 1))
      9 -> line(doc(d - 1), doc(d - 1))
      10 -> force_unfit(doc(d - 1))
      11 -> next_break_fits(doc(d - 1), Enum.random([:enabled, :disabled]))
      12 -> glue(doc(d - 1), Enum.random(["", ",", " | "]), doc(d - 1))
      13 -> container_doc("[", Enum.map(1..:rand.uniform(6), fn _ -> leaf() end), "]", %Inspect.Opts{limit: 4}, fn x, _ -> x end)
      14 -> space(doc(d - 1), doc(d - 1))
      _ -> concat([leaf(), doc(d - 1), leaf()])
    end
  end

  def leaf do
    case :rand.uniform(5) do
      1 -> String.duplicate("x", :rand.uniform(9))
      2 -> string(String.duplicate("é", :rand.uniform(6)))
      3 -> empty()
      4 -> Integer.to_string(:rand.uniform(100_000))
      _ -> "ab"
    end
  end
end

:rand.seed(:exsss, {42, 7, 2014})

for n <- 1..150 do
  doc = DocGen.doc(5)
  for w <- [0, 8, 20, 45, 80, :infinity] do
    text = doc |> Inspect.Algebra.format(w) |> IO.iodata_to_binary()
    IO.puts("#{n}/#{w}: " <> inspect(text))
  end
end
