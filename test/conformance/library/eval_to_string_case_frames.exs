# In code Elixir evaluates (Code.eval_string, EEx templates), String.Chars.to_string/1 and
# to_string/1 (Kernel's macro, also written Kernel.to_string) are a case on their argument in
# Elixir's translation, so a failure in the argument has erl_eval's case frame (expr/6 at 323)
# above it, not a call's argument frames (expr_list/7, expr/6 at 454). Code expanded from its
# quoted form names elixir_expand's frames with the elixir app.
frames = fn code ->
  try do
    Code.eval_string(code)
  rescue
    e ->
      IO.puts(Exception.message(e))
      for entry <- Enum.take(__STACKTRACE__, 5), do: IO.puts("> " <> Exception.format_stacktrace_entry(entry))
  end
end

frames.("x = String.Chars.to_string(Map.fetch!(%{}, :a)); x")
frames.("x = to_string(Map.fetch!(%{}, :b)); x")
frames.("x = Kernel.to_string(Map.fetch!(%{}, :c)); x")
frames.("String.Chars.to_string(hd([]))")
frames.("[to_string(elem({}, 0))]")
frames.("{:ok, Kernel.to_string(1 / 0)}")
frames.("x = List.to_string(Map.fetch!(%{}, :d)); x")
frames.("x = \"\#{Map.fetch!(%{}, :e)}\"; x")
frames.("x = to_charlist(Map.fetch!(%{}, :f)); x")

try do
  Code.eval_quoted({{:., [], [{:__aliases__, [], [:String]}, :upcase]}, [], [{:missing_var, [line: 1], nil}]})
rescue
  e ->
    IO.puts(Exception.message(e))
    for entry <- Enum.take(__STACKTRACE__, 4), do: IO.puts("> " <> Exception.format_stacktrace_entry(entry))
end

# the BEAM records a return address equal to the one before it once: nested constructs of one kind
# show one erl_eval frame for both
frames.("x = String.Chars.to_string(if Map.fetch!(%{}, :g) do 1 end); x")
frames.("x = to_string(Map.fetch!(%{}, :h) && 1); x")
frames.("x = String.Chars.to_string(String.Chars.to_string(Map.fetch!(%{}, :i))); x")
frames.("x = case (case Map.fetch!(%{}, :j) do y -> y end) do z -> z end; x")
frames.("x = [[Map.fetch!(%{}, :k)]]; x")
frames.("x = -(-Map.fetch!(%{}, :l)); x")
frames.("x = {{Map.fetch!(%{}, :m)}}; x")
frames.("x = Map.get(%{}, Map.get(%{}, Map.fetch!(%{}, :n))); x")
