IO.inspect is_nil(nil) and is_atom(:a) and is_binary("s") and is_list([]) and is_map(%{}) and is_tuple({})
IO.inspect [hd([1, 2]), tl([1, 2]), length([1, 2, 3])]
IO.inspect binary_part("hello", 1, 3)
IO.inspect bit_size(<<1::3>>) + byte_size(<<1, 2>>)
IO.inspect to_string(:atom) <> to_string(12) <> to_string(1.5) <> to_string('cl')
IO.inspect to_charlist(123)
IO.inspect String.to_atom("x") == :x
IO.inspect Kernel.then(5, &(&1 * 2))
IO.inspect tap(5, &IO.inspect(&1, label: "tapped"))
IO.inspect if(false, do: 1) || :fallback
IO.inspect unless(true, do: 1, else: 2)
IO.inspect (case {1, 2} do {a, b} when a < b -> :lt; _ -> :other end)
IO.inspect (cond do 1 > 2 -> :no; true -> :yes end)
IO.inspect (with {:ok, a} <- {:ok, 1}, {:ok, b} <- {:error, 2} do a + b else {:error, x} -> {:failed, x} end)
IO.inspect (try do raise ArgumentError, "bad" rescue e in ArgumentError -> e.message end)
IO.inspect (try do throw(:ball) catch :throw, v -> v end)
IO.inspect (try do exit(:bye) catch :exit, v -> v end)
IO.inspect (try do :ok after IO.puts("after runs") end)
IO.inspect (try do 1 / 0 rescue e -> Exception.message(e) end)
IO.inspect (try do String.to_integer("x") rescue e -> e.__struct__ end)
IO.inspect (try do %{}.missing rescue e -> Exception.message(e) end)
IO.inspect (try do Enum.fetch!([], 0) rescue e -> Exception.message(e) end)
IO.inspect (try do :erlang.error(:custom) rescue e -> Exception.message(e) end)
IO.inspect (try do raise "plain" rescue e -> {e.__struct__, e.message} end)
defmodule MyError do
  defexception [:code, message: "default msg"]
end
IO.inspect (try do raise MyError, code: 42 rescue e -> {e.code, Exception.message(e)} end)
IO.inspect (try do raise MyError, message: "custom" rescue e -> e.message end)
IO.inspect match?({:ok, _}, {:ok, 1})
IO.inspect Kernel.function_exported?(Enum, :map, 2)
IO.inspect apply(Enum, :sum, [[1, 2]])
IO.inspect apply(fn a, b -> a - b end, [5, 3])
f = &(&1 + &2)
IO.inspect f.(1, 2)
IO.inspect Function.info(f)[:arity]
IO.inspect Function.identity(:same)
IO.inspect Enum.map([1, 2], &Integer.to_string/1)
IO.inspect :erlang.term_to_binary({:a, 1}) |> :erlang.binary_to_term()
IO.inspect self() |> is_pid()
IO.inspect node()
IO.inspect System.get_env("BEAMLET_UNSET_VAR_X")
IO.inspect "abc" =~ ~r/b/
IO.inspect [1, 2] ++ [3] -- [1]
IO.inspect "a" <> "b" <> "c"
IO.inspect 5 |> Kernel.-(3) |> Kernel.*(2)
IO.inspect elem({:a, :b}, 0)
IO.inspect Kernel.inspect(%{a: 1})
IO.inspect !nil && not false
IO.inspect 1 == 1.0 and 1 !== 1.0
IO.inspect [3, 1, 2] |> Enum.sort() |> Enum.reverse()
IO.inspect :a < 1 or 1 < :a
IO.inspect Enum.sort([{:b, 1}, :a, 1, "s", [1], %{}, 1.5])
