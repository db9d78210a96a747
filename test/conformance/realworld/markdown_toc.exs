defmodule Markdown do
  @heading ~r/^(?<level>\#{1,6})\s+(?<title>.+?)\s*#*\s*$/

  def headings(text) do
    text
    |> String.split(~r/\R/)
    |> Enum.with_index(1)
    |> Enum.flat_map(fn {line, n} ->
      case Regex.named_captures(@heading, line) do
        %{"level" => l, "title" => t} -> [%{level: String.length(l), title: t, line: n}]
        nil -> []
      end
    end)
  end

  def slug(title) do
    title
    |> String.downcase()
    |> String.replace(~r/[^\w\s-]/u, "")
    |> String.trim()
    |> String.replace(~r/[\s_]+/, "-")
  end

  def toc(headings) do
    {lines, _} =
      Enum.map_reduce(headings, %{}, fn h, seen ->
        base = slug(h.title)
        count = Map.get(seen, base, 0)
        anchor = if count == 0, do: base, else: "#{base}-#{count}"
        indent = String.duplicate("  ", h.level - 1)
        {"#{indent}- [#{h.title}](##{anchor})", Map.put(seen, base, count + 1)}
      end)

    Enum.join(lines, "\n")
  end

  def word_stats(text) do
    words =
      Regex.scan(~r/\b[[:alpha:]']+\b/u, text)
      |> List.flatten()
      |> Enum.map(&String.downcase/1)

    %{
      total: length(words),
      unique: words |> MapSet.new() |> MapSet.size(),
      top: words |> Enum.frequencies() |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(5)
    }
  end

  def links(text) do
    Regex.scan(~r/\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)/, text, capture: :all_but_first)
    |> Enum.map(fn
      [label, url] -> {label, url, nil}
      [label, url, title] -> {label, url, title}
    end)
  end
end

doc = """
# Getting Started

Welcome to the *guide*. See [the docs](https://hexdocs.pm "Hex Docs") and [home](/index.html).

## Installation ##

Run `mix deps.get`. Don't forget it's important.

### Über Config

Set the values.

## Installation

Again, a duplicate heading! It's the same heading.

#### Deep_Dive: Résumé (v2)
"""

hs = Markdown.headings(doc)
IO.inspect(hs, label: "headings")
IO.puts(Markdown.toc(hs))
IO.inspect(Markdown.word_stats(doc))
IO.inspect(Markdown.links(doc))
IO.inspect(Regex.split(~r/(\*)/, "a*b*c", include_captures: true))
IO.inspect(Regex.replace(~r/`([^`]+)`/, doc, "<code>\\1</code>") |> String.split("\n") |> Enum.at(6))
IO.inspect(String.split("  a  b   c ", ~r/\s+/, trim: true))
IO.inspect(Regex.run(~r/(\d+)-(\d+)/, "range 10-20 and 30-40", return: :index))
IO.inspect(Regex.scan(~r/(?<k>\w+)=(?<v>\w+)/, "a=1 b=2", capture: ["v", "k"]))
IO.inspect(~r/foo/iu)
IO.inspect(Regex.source(~r/a+b/), label: "source")
IO.inspect(Regex.names(~r/(?<year>\d{4})-(?<month>\d\d)/))
