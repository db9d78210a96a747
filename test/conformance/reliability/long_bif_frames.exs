# What another process sees of one inside a long BIF (Process.info's :current_function and the
# head of :current_stacktrace): the BEAM's functions, never beamlet's own. Sampled until the
# process is seen inside (a module other than the script's) or has ended.
inside = fn inside, pid ->
  case Process.info(pid, [:current_function, :current_stacktrace]) do
    nil ->
      :ended_before_seen

    [current_function: {m, _, _} = f, current_stacktrace: st] when m != :elixir_compiler_0 and f != {:erlang, :apply, 2} ->
      {f, Enum.take(st, 1)}

    _ ->
      :erlang.yield()
      inside.(inside, pid)
  end
end

l = Enum.to_list(1..3_000_000)
x = Integer.pow(7, 300_000)

for {label, f} <- [
      seq: fn -> :lists.seq(1, 4_000_000) end,
      reverse: fn -> :lists.reverse(l) end,
      integer_to_binary: fn -> :erlang.integer_to_binary(x) end
    ] do
  p = spawn(fn -> f.(); receive do: (:never -> :ok) end)
  IO.inspect({label, inside.(inside, p)})
  Process.exit(p, :kill)
end
