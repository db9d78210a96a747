# Failures of functions that OTP 25 writes in Erlang (lists.erl, unicode.erl) or as C BIFs with
# error_info: the exception, its message and the top of the stack trace, as on the BEAM.
show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      IO.inspect(e.__struct__)
      IO.puts(Exception.message(e))
      IO.inspect(Enum.take(__STACKTRACE__, 2))
  end
end

# :lists.reverse/1 is Erlang code: no clause for a non-list; the rest goes to the BIF reverse/2
show.(fn -> :lists.reverse(Enum.random([1])) end)
show.(fn -> :lists.reverse(Enum.random([[1 | 2]])) end)
show.(fn -> :lists.reverse(Enum.random([[1, 2 | 3]])) end)
show.(fn -> :lists.reverse(Enum.random([[1, 2, 3 | 4]])) end)
show.(fn -> :lists.reverse(Enum.random([[1, 2, 3]])) end)
show.(fn -> :lists.reverse(Enum.random([[1, 2]])) end)
show.(fn -> :lists.reverse(Enum.random([[1, 2, 3]]), 5) end)
show.(fn -> :lists.reverse(Enum.random([1]), []) end)
show.(fn -> :lists.reverse(Enum.random([[1 | :t]]), []) end)

# :binary.copy/1,2 and :unicode.characters_to_binary/1
show.(fn -> :binary.copy(Enum.random([1])) end)
show.(fn -> :binary.copy(Enum.random(["a"]), :x) end)
show.(fn -> :binary.copy(Enum.random([1]), 2) end)
show.(fn -> :binary.copy(Enum.random(["a"]), -1) end)
show.(fn -> :binary.copy(Enum.random(["ab"]), 2) end)
show.(fn -> :unicode.characters_to_binary(Enum.random([1])) end)
show.(fn -> :unicode.characters_to_binary(Enum.random([[1 | 2]])) end)
show.(fn -> :unicode.characters_to_binary(Enum.random([[:a]])) end)

# Kernel.elem/2 is :erlang.element/2
show.(fn -> elem(Enum.random([1]), 0) end)
show.(fn -> elem(Enum.random([{1}]), 3) end)

# timers: every wrong argument named, cause :badopt or :time
show.(fn -> :erlang.send_after(Enum.random([-1]), self(), :x) end)
show.(fn -> :erlang.send_after(Enum.random([1.0]), self(), :x) end)
show.(fn -> :erlang.start_timer(Enum.random([:a]), self(), :x) end)
show.(fn -> :erlang.send_after(Enum.random([1]), 1, :x) end)
show.(fn -> :erlang.send_after(Enum.random([-1]), 1, :x) end)
show.(fn -> :erlang.start_timer(Enum.random([1]), {:a, :b}, :x) end)
show.(fn -> :erlang.send_after(Enum.random([1]), :nope_x, :x, [:bad]) end)
show.(fn -> :erlang.send_after(Enum.random([1]), self(), :x, :bad) end)
show.(fn -> :erlang.send_after(Enum.random([1]), self(), :x, [{:abs, true} | :t]) end)
show.(fn -> :erlang.send_after(Enum.random([-1]), 1, :x, :bad) end)
show.(fn -> :erlang.start_timer(Enum.random([1]), self(), :x, [abs: :x]) end)
show.(fn -> :erlang.start_timer(Enum.random([:a]), :a, :x, [abs: false]) end)
show.(fn -> :erlang.send_after(Enum.random([-1]), self(), :x, []) end)
show.(fn -> is_reference(:erlang.send_after(:erlang.monotonic_time(:millisecond) - 5, self(), :past_abs, abs: true)) end)
show.(fn -> is_reference(:erlang.start_timer(Enum.random([4_294_967_296]), self(), :far)) end)
r = :erlang.start_timer(1, self(), :m)
receive do
  {:timeout, ^r, :m} -> IO.puts("start_timer sends {:timeout, ref, msg}")
end
t = :erlang.monotonic_time(:millisecond)
:erlang.start_timer(t + 5, self(), :abs, abs: true)
receive do
  {:timeout, _, :abs} -> IO.puts("an absolute timer fired")
end
receive do
  :past_abs -> IO.puts("a past absolute send_after fired")
end
receive do
  {:timeout, _, :far} -> IO.puts("a far timer fired early")
after
  20 -> IO.puts("a far timer waits")
end

# :erlang.is_record/2,3 and :erlang.display_string/1
IO.inspect(:erlang.is_record({:a, 1}, :a))
IO.inspect(:erlang.is_record({:a, 1}, :b))
IO.inspect(:erlang.is_record({}, :b))
IO.inspect(:erlang.is_record([], :b))
IO.inspect(:erlang.is_record({:a, 1}, :a, 2))
IO.inspect(:erlang.is_record({:a, 1}, :a, 3))
IO.inspect(:erlang.is_record({:a}, :a, Enum.random([-1])))
show.(fn -> :erlang.is_record({:a}, Enum.random([1])) end)
show.(fn -> :erlang.is_record({:a}, :a, Enum.random([:x])) end)
show.(fn -> :erlang.is_record({:a}, Enum.random([1]), :x) end)
show.(fn -> :erlang.is_record({:a}, Enum.random([1]), 1) end)
show.(fn -> :erlang.display_string(Enum.random([~c"shown on stderr\n"])) end)
show.(fn -> :erlang.display_string(Enum.random([1])) end)
show.(fn -> :erlang.display_string(Enum.random(["bin"])) end)
show.(fn -> :erlang.display_string(Enum.random([[?a | ?b]])) end)
show.(fn -> :erlang.display_string(Enum.random([[0xD800]])) end)
