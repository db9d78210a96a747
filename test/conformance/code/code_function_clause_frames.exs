# a bad argument to a :code function is a function_clause in code.erl, at the line of the
# function's first clause (OTP 25); module_status/1 fails in is_loaded/1 under module_status/2
for f <- [fn -> :code.purge("Q") end, fn -> :code.delete(1) end, fn -> :code.is_loaded("Q") end, fn -> :code.soft_purge(1) end, fn -> :code.which("Q") end, fn -> :code.load_binary(Q, 'q.beam', :x) end, fn -> :code.load_file("x") end, fn -> :code.ensure_loaded(1) end, fn -> :code.is_sticky(1) end, fn -> :code.module_status(1) end, fn -> :code.get_object_code(1) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(3) |> Enum.join(" | "))
  end
end
