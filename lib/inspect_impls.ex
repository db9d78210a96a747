# Elixir 1.14's Inspect implementations for the built-in types and the standard library's structs,
# so Inspect.impl_for/1 answers as Elixir does and a user implementation can delegate to them
# (Inspect.Map.inspect(map, opts)). Each answers the term's document as the inspect BIF lays it
# out (Inspect.Algebra.to_doc/2), so a delegated part breaks across lines inside a larger
# document as Elixir's own implementations' documents do.
# The structs among them are the ones the inspect BIF prints itself (vm/bifs/elixir_core.ts
# BUILTIN_INSPECT and Inspect.Walker leave them to it).

# Options that are no Inspect.Opts fail where Elixir's implementation first reads them: colouring
# the term's text (Inspect.Algebra.color/3) or matching the options (a MatchError on its line)
defimpl Inspect, for: Atom do
  def inspect(term, %Inspect.Opts{} = opts), do: Inspect.Algebra.to_doc(term, opts)
  def inspect(term, opts), do: Inspect.Algebra.color(Kernel.inspect(term), :atom, opts)
end

defimpl Inspect, for: BitString do
  @file "lib/inspect.ex"
  def inspect(term, %Inspect.Opts{} = opts), do: Inspect.Algebra.to_doc(term, opts)
  def inspect(term, opts) when is_binary(term), do: __at_line__(159, %Inspect.Opts{} = opts)
  def inspect(term, opts), do: inspect_bitstring(term, opts)

  @file "lib/inspect.ex"
  defp inspect_bitstring(_term, opts) do
    doc = __at_line__(184, Inspect.Algebra.color("<<", :binary, opts))
    doc
  end
end

defimpl Inspect, for: Integer do
  # (options that are no Inspect.Opts fail in its head, as Elixir's)
  @file "lib/inspect.ex"
  @beamlet_def_line 336
  def inspect(term, %Inspect.Opts{} = opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Float do
  def inspect(term, %Inspect.Opts{} = opts), do: Inspect.Algebra.to_doc(term, opts)
  def inspect(term, opts), do: Inspect.Algebra.color(Kernel.inspect(term), :number, opts)
end

defimpl Inspect, for: List do
  @file "lib/inspect.ex"
  def inspect(term, %Inspect.Opts{} = opts), do: Inspect.Algebra.to_doc(term, opts)
  def inspect([], opts), do: Inspect.Algebra.color("[]", :list, opts)
  def inspect(_term, opts), do: __at_line__(231, %Inspect.Opts{} = opts)
end

defimpl Inspect, for: Map do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Tuple do
  @file "lib/inspect.ex"
  def inspect(term, %Inspect.Opts{} = opts), do: Inspect.Algebra.to_doc(term, opts)
  def inspect(_term, opts) do
    doc = __at_line__(295, Inspect.Algebra.color("{", :tuple, opts))
    doc
  end
end

defimpl Inspect, for: PID do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Port do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Reference do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Function do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Range do
  # (its clauses match first..last//step, or first and last of a range without :step)
  @file "lib/range.ex"
  @beamlet_def_line 436
  def inspect(%{first: _, last: _} = term, %Inspect.Opts{} = opts), do: Inspect.Algebra.to_doc(term, opts)
  def inspect(%{first: first, last: _}, opts) do
    doc = __at_line__(437, Inspect.Algebra.to_doc(first, opts))
    doc
  end
end

defimpl Inspect, for: Date.Range do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Date do
  @file "lib/calendar/date.ex"
  @beamlet_def_line 1037
  def inspect(%{calendar: _, year: _, month: _, day: _} = term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Time do
  @file "lib/calendar/time.ex"
  @beamlet_def_line 817
  def inspect(term, opts) do
    __at_line__(824, %{hour: _, minute: _, second: _, microsecond: _, calendar: _} = term)
    Inspect.Algebra.to_doc(term, opts)
  end
end

defimpl Inspect, for: NaiveDateTime do
  @file "lib/calendar/naive_datetime.ex"
  @beamlet_def_line 1193
  def inspect(term, opts) do
    __at_line__(1203, %{year: _, month: _, day: _, hour: _, minute: _, second: _, microsecond: _, calendar: _} = term)
    Inspect.Algebra.to_doc(term, opts)
  end
end

defimpl Inspect, for: DateTime do
  @file "lib/calendar/datetime.ex"
  @beamlet_def_line 1777
  def inspect(term, opts) do
    __at_line__(1791, %{year: _, month: _, day: _, hour: _, minute: _, second: _, microsecond: _, calendar: _,
                        time_zone: _, zone_abbr: _, utc_offset: _, std_offset: _} = term)
    Inspect.Algebra.to_doc(term, opts)
  end
end

defimpl Inspect, for: URI do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Version do
  def inspect(term, opts), do: Inspect.Algebra.to_doc(term, opts)
end

defimpl Inspect, for: Regex do
  @file "lib/inspect.ex"
  @beamlet_def_line 384
  def inspect(term, opts) do
    __at_line__(396, _ = {term.source, term.opts})
    Inspect.Algebra.to_doc(term, opts)
  end
end
