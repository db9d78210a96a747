# Process.register/2 fails as Elixir 1.14's: a bad name is a FunctionClauseError, a failed
# registration an ArgumentError raised with the arguments (its frame shows them), in lib/process.ex;
# :erlang.unregister/1 of a name not registered says "not a pid" as OTP 25 does. Library frames
# are shown with their file but without their line.
frame = fn {m, f, a, loc} ->
  file = to_string(loc[:file] || "")
  a = if is_list(a), do: Enum.map(a, fn x -> if is_pid(x), do: :a_pid, else: x end), else: a
  if String.ends_with?(file, ".exs"), do: {m, f, a, Path.basename(file), loc[:line]}, else: {m, f, a, file}
end

show = fn label, f ->
  try do
    IO.inspect({label, f.()})
  rescue
    e ->
      IO.puts(Exception.message(e) |> String.replace(inspect(self()), "#PID<self>"))
      IO.inspect({label, e.__struct__, __STACKTRACE__ |> Enum.take(2) |> Enum.map(frame)})
  end
end

show.(:bad_name, fn -> Process.register(self(), nil) end)
show.(:undefined_name, fn -> Process.register(self(), :undefined) end)
show.(:ok, fn -> Process.register(self(), :taken) end)
show.(:taken, fn -> Process.register(self(), :taken) end)
show.(:not_pid, fn -> Process.register(:x, :b) end)
show.(:unregister, fn -> Process.unregister(:nope) end)
show.(:erlang_unregister, fn -> :erlang.unregister(:nope) end)
show.(:erlang_unregister_int, fn -> :erlang.unregister(1) end)
show.(:unregister_ok, fn -> Process.unregister(:taken) end)
