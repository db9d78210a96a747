defmodule MD do
  def render(text), do: text |> String.split("\n") |> Enum.map(&line/1) |> Enum.reject(&(&1 == "")) |> Enum.join("\n")

  defp line("### " <> t), do: "<h3>#{inline(t)}</h3>"
  defp line("## " <> t), do: "<h2>#{inline(t)}</h2>"
  defp line("# " <> t), do: "<h1>#{inline(t)}</h1>"
  defp line("- " <> t), do: "<li>#{inline(t)}</li>"
  defp line(""), do: ""
  defp line(t), do: "<p>#{inline(t)}</p>"

  defp inline(t), do: t |> pairs("**", "strong") |> pairs("_", "em") |> pairs("`", "code")

  defp pairs(t, marker, tag) do
    parts = String.split(t, marker)
    if rem(length(parts), 2) == 0 do
      t
    else
      parts
      |> Enum.with_index()
      |> Enum.map_join(fn {p, i} -> if rem(i, 2) == 1, do: "<#{tag}>#{p}</#{tag}>", else: p end)
    end
  end
end

doc = """
# Title with **bold**
Some _emphasis_ and `code` here.

## List
- one **1**
- two _2_
- unbalanced **marker
### End
"""
IO.puts(MD.render(doc))
