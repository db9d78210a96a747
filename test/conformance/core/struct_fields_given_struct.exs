# struct/2 and struct!/2 fold their fields with Enum.reduce: a struct given as the fields is no
# Enumerable (Protocol.UndefinedError), unlike a plain map or a keyword list
attempt = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

attempt.(:struct_bang_of_struct, fn -> struct!(URI, %URI{host: "a"}) end)
attempt.(:struct_of_struct, fn -> struct(URI, %URI{host: "b"}) end)
attempt.(:struct_bang_of_map, fn -> struct!(URI, %{host: "c", port: 1}) end)
attempt.(:struct_bang_on_struct, fn -> struct!(%URI{}, %URI{host: "d"}) end)
attempt.(:struct_bang_keywords, fn -> struct!(URI, host: "e") end)
attempt.(:new_of_struct, fn -> URI.__struct__(%URI{host: "f"}) end)
