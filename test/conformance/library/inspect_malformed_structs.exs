# A map naming a standard library struct without its fields (%{__struct__: Date, bogus: 1}) goes to
# that struct's Inspect implementation, which raises: Elixir 1.14 prints #Inspect.Error<...> with
# the exception (a FunctionClauseError of the implementation's head, a MatchError of its body, a
# KeyError of a field read, MapSet.to_list/1's FunctionClauseError) and a stack trace naming
# Elixir's own files and lines, the default options' inspect_fun (&Inspect.inspect/2) and, nested
# in a term, the frames of the containers around it (container_each/6, container_doc/6,
# Inspect.List.keyword/2, Inspect.Map.to_assoc/3, a struct's to_doc/2). beamlet printed these
# maps with the BIF's struct printer, then (unfinished) with lib/inspect_impls.ex's frames.
# (stack frames in stdout are masked in goldens: the trace's lines are printed as "| frame")
defmodule Show do
  def puts(text) do
    case String.split(text, "  Stacktrace:\n\n", parts: 2) do
      [head, trace] ->
        IO.puts(head)
        lines = String.split(trace, "\n")
        {frames, rest} = Enum.split_while(lines, &(&1 != ""))
        Enum.each(frames, &IO.puts("| " <> String.trim(&1)))
        IO.puts(Enum.join(rest, "\n"))

      [other] ->
        IO.puts(other)
    end
  end
end

for mod <- [Date, Time, NaiveDateTime, DateTime, MapSet, Regex, Range, Version, URI] do
  Show.puts(inspect(%{__struct__: mod, bogus: 1}))
end

IO.inspect(%{__struct__: Date, bogus: 2})
IO.inspect([%{__struct__: Time, bogus: 2}], label: "in a list")

defmodule Holder do
  defstruct [:a, :b]
end

d = %{__struct__: Date, bogus: 1}

nested = [
  [d],
  [1, d],
  {1, d},
  %{a: d},
  %{1 => d},
  %{d => 1},
  [[d]],
  [a: 1, b: d],
  [1, 2 | d],
  {[d]},
  %{a: {d}},
  struct(Holder, a: d),
  %{__struct__: Range, first: 1, last: 2, step: d},
  %{__struct__: Range, first: d, last: 2, step: 1},
  MapSet.new([d])
]

for t <- nested do
  Show.puts(inspect(t))
end

IO.inspect(%Inspect.Opts{})
