# String.starts_with?/2 given a compiled pattern works but warns (deprecated in 1.14);
# ends_with?/2 takes no compiled pattern (FunctionClauseError); contains?/2 takes one silently
attempt = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

attempt.(:starts, fn -> String.starts_with?("hello", :binary.compile_pattern("he")) end)
attempt.(:starts_list, fn -> String.starts_with?("hello", :binary.compile_pattern(["x", "he"])) end)
attempt.(:starts_not, fn -> String.starts_with?("hello", :binary.compile_pattern("lo")) end)
attempt.(:starts_empty, fn -> String.starts_with?("", :binary.compile_pattern("lo")) end)
attempt.(:ends, fn -> String.ends_with?("hello", :binary.compile_pattern("lo")) end)
attempt.(:contains, fn -> String.contains?("hello", :binary.compile_pattern("ll")) end)
