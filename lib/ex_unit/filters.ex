# ExUnit.Filters: which tests run, given the include/exclude tag filters (as in ExUnit 1.14).
defmodule ExUnit.Filters do
  @moduledoc false

  @doc "Parses `mix test`-style filters: \"tag\" -> :tag, \"tag:value\" -> {:tag, \"value\"}."
  def parse(filters), do: Enum.map(filters, &parse_filter/1)

  @doc """
  Normalizes include and exclude filters: duplicates go, and an exclude an include overrides
  goes (what the suite's header lists). Including a tag (`:key`) drops every exclude of it;
  including `key: value` drops the excludes of `key` when their last value is `value`.
  """
  def normalize(include, exclude) do
    include = include |> List.wrap() |> Enum.uniq()
    exclude = exclude |> List.wrap() |> Enum.uniq()
    {include, Enum.reduce(include, exclude, &drop_overridden/2)}
  end

  defp drop_overridden(key, exclude) when is_atom(key) do
    Enum.reject(exclude, fn
      {^key, _} -> true
      other -> other == key
    end)
  end

  defp drop_overridden({key, value}, exclude) do
    last = exclude |> Enum.filter(&match?({^key, _}, &1)) |> List.last()

    if last == {key, value},
      do: Enum.reject(exclude, &match?({^key, _}, &1)),
      else: exclude
  end

  defp drop_overridden(_other, exclude), do: exclude

  defp parse_filter(filter) do
    case String.split(filter, ":", parts: 2) do
      [key, value] -> {String.to_atom(key), value}
      [key] -> String.to_atom(key)
    end
  end

  @doc "Splits FILE:LINE[:LINE...] into the file and its line filters."
  def parse_path(path) do
    case split_lines(path) do
      {file, []} -> {file, []}
      {file, lines} -> {file, [exclude: [:test], include: Enum.map(lines, &{:line, &1})]}
    end
  end

  defp split_lines(path) do
    parts = String.split(path, ":")
    {lines, file_parts} = parts |> Enum.reverse() |> Enum.split_while(&integer?/1)

    case file_parts do
      [] -> {path, []}
      _ -> {file_parts |> Enum.reverse() |> Enum.join(":"), Enum.reverse(lines)}
    end
  end

  defp integer?(s), do: s != "" and Enum.all?(String.to_charlist(s), &(&1 in ?0..?9))

  @doc """
  :ok, {:skipped, reason} or {:excluded, reason} for a test's tags; `collection` is every test of
  its module (a line filter picks the test whose block holds the line).
  """
  def eval(include, exclude, tags, collection) do
    # exclusion comes first: a @tag :skip test that a filter excludes is excluded, not skipped
    excluded = Enum.find(exclude, &has_tag?(&1, tags, collection))

    if excluded == nil or Enum.any?(include, &has_tag?(&1, tags, collection)) do
      skip? = not Enum.any?(include, &has_tag?(&1, %{skip: true}, collection))

      case Map.fetch(tags, :skip) do
        {:ok, msg} when is_binary(msg) and skip? -> {:skipped, msg}
        {:ok, true} when skip? -> {:skipped, "due to skip tag"}
        _ -> :ok
      end
    else
      {:excluded, "due to #{filter_name(excluded)} filter"}
    end
  end

  defp filter_name({key, _}), do: key
  defp filter_name(key), do: key

  defp has_tag?({:line, line}, tags, collection) do
    line = to_integer(line)
    # a describe's line picks its tests (and no test above it)
    tags[:describe_line] == line or
      (not Enum.any?(collection, &(&1.tags[:describe_line] == line)) and closest_test?(tags, line, collection))
  end

  defp has_tag?({:location, {file, line}}, tags, collection) do
    String.ends_with?(to_string(tags[:file]), file) and has_tag?({:line, line}, tags, collection)
  end

  defp has_tag?({key, value}, tags, _collection) when is_atom(key) do
    case Map.fetch(tags, key) do
      {:ok, ^value} -> true
      {:ok, tag} -> to_string(tag) == to_string(value)
      :error -> false
    end
  end

  defp has_tag?(key, tags, _collection) when is_atom(key) do
    Map.has_key?(tags, key)
  end

  defp to_integer(line) when is_integer(line), do: line
  defp to_integer(line), do: String.to_integer(line)

  # the line is inside this test: it is the last test starting at or before the line
  defp closest_test?(tags, line, collection) do
    starts = for %{tags: t} <- collection, t.line <= line, do: t.line

    case starts do
      [] -> false
      _ -> Map.get(tags, :line) == Enum.max(starts)
    end
  end
end
