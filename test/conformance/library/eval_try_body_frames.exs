# In code Elixir evaluates (Code.eval_string), a try's body runs inside erl_eval's try_clauses/10
# (erl_eval.erl:987): a failure there that the try does not handle shows that frame under the
# failing call's, whatever the try's other parts (rescue, catch, else, after).
frames = fn code ->
  try do
    Code.eval_string(code)
  rescue
    e ->
      IO.puts(Exception.message(e))
      for entry <- Enum.take(__STACKTRACE__, 5), do: IO.puts("> " <> Exception.format_stacktrace_entry(entry))
  end
end

frames.("x = try do Map.fetch!(%{}, :a) after 1 end; x")
frames.("try do Map.fetch!(%{}, :b) rescue e in ArgumentError -> e end")
frames.("x = try do Map.fetch!(%{}, :c) catch :x -> 1 end; x")
frames.("try do\n  Map.fetch!(%{}, :d)\n  2\nafter\n  1\nend")
frames.("try do Map.fetch!(%{}, :e) rescue _ in ArgumentError -> 1 else v -> v end")
frames.("x = String.Chars.to_string(try do Map.fetch!(%{}, :f) after 1 end); x")
frames.("try do try do Map.fetch!(%{}, :g) after 1 end after 2 end")
frames.("try do 1 rescue _ -> 2 else v -> Map.fetch!(%{}, v) end")
frames.("try do raise \"boom\" catch :throw, _ -> 1 end")
frames.("f = fn -> try do Map.fetch!(%{}, :h) after 0 end end; f.()")

# the other parts' bodies run in try_clauses/10 too: else at line 993, rescue and catch at 1004,
# after at 1012
frames.("try do raise \"x\" rescue _ -> Map.fetch!(%{}, :i) end")
frames.("try do throw 1 catch _ -> Map.fetch!(%{}, :j) end")
frames.("try do 1 after Map.fetch!(%{}, :k) end")
frames.("try do 1 rescue _ -> 2 else v -> Map.fetch!(%{}, v)\n 3 end")
frames.("try do raise \"x\" after Map.fetch!(%{}, :l) end")
frames.("try do exit(:x) catch :exit, r -> Map.fetch!(%{}, r) end")
frames.("x = try do raise \"x\" rescue e in RuntimeError -> Map.fetch!(%{}, e.message) end; x")
