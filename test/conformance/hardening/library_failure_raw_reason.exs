# A library function with no matching clause fails with the raw reason :function_clause, as
# Elixir's own clause failure does; rescue builds the FunctionClauseError from the frame, and the
# frame names its application like every library frame.
defmodule Probe do
  def raw(f) do
    try do
      f.()
    catch
      kind, reason -> {kind, reason, hd(__STACKTRACE__)}
    end
  end

  def rescued(f) do
    try do
      f.()
    rescue
      e -> {e, hd(__STACKTRACE__)}
    end
  end

  def first_frame(f) do
    try do
      f.()
    catch
      kind, reason ->
        [line | _] = String.split(Exception.format(kind, reason, Enum.take(__STACKTRACE__, 1)), "\n", trim: true) |> Enum.drop(1)
        line
    end
  end
end

calls = [
  fn -> String.upcase(1) end,
  fn -> String.downcase(:a, :ascii) end,
  fn -> Float.to_string(:a) end,
  fn -> Float.round(1, 2) end,
  fn -> List.first(:a) end,
  fn -> Integer.to_string(1.5) end,
  fn -> Keyword.get(:a, :b) end,
  fn -> Map.keys(1) end,
]

for f <- calls do
  IO.inspect(Probe.raw(f))
  IO.inspect(Probe.rescued(f))
  IO.puts(Probe.first_frame(f))
end

r =
  try do
    String.upcase(1)
  catch
    :error, :function_clause -> :matched_raw_reason
  end

IO.inspect(r)
