# OTP 25's error_info: a failing BIF heads the stack trace with its own frame, whose error_info
# names the module that formats its errors (erl_erts_errors, erl_stdlib_errors) and, for some, a
# cause; a failed binary construction puts error_info (format_bs_fail) on the caller's frame.
defmodule Main do
  def show(label, f) do
    try do
      f.()
    catch
      kind, reason ->
        [top | _] = __STACKTRACE__
        IO.puts(label)
        IO.inspect({kind, reason, frame(top)}, limit: :infinity)
        IO.inspect(Exception.normalize(kind, reason, __STACKTRACE__))
    end
  end

  # references and funs print differently on each run: show their kind only
  defp frame({m, f, args, loc}) when is_list(args), do: {m, f, Enum.map(args, &arg/1), loc}
  defp frame({m, f, arity, loc}), do: {m, f, arity, Keyword.delete(loc, :file)}
  defp arg(r) when is_reference(r), do: :a_reference
  defp arg(p) when is_pid(p), do: :a_pid
  defp arg(x), do: x

  def run do
    x = Enum.random([:x])
    n = Enum.random([-1])
    show("hd", fn -> hd(x) end)
    show("atom_to_binary", fn -> :erlang.atom_to_binary(Enum.random([1])) end)
    show("math.sqrt", fn -> :math.sqrt(x) end)
    show("math.pow", fn -> :math.pow(x, x) end)
    show("binary_to_integer", fn -> :erlang.binary_to_integer(Enum.random(["1x"])) end)
    show("element", fn -> elem({x}, 5) end)
    show("send", fn -> send(x, 1) end)
    show("list_to_atom", fn -> :erlang.list_to_atom(Enum.random([[-1]])) end)
    show("binary_to_atom", fn -> :erlang.binary_to_atom(Enum.random([<<255>>]), :utf8) end)
    show("integer_to_binary base", fn -> :erlang.integer_to_binary(1, Enum.random([99])) end)
    show("tuple_size", fn -> tuple_size(x) end)
    show("setelement", fn -> :erlang.setelement(3, {1}, x) end)
    show("crc32", fn -> :erlang.crc32(x) end)
    show("term_to_binary", fn -> :erlang.term_to_binary(1, x) end)
    show("add", fn -> Enum.random([1]) + x end)
    show("process_flag unknown", fn -> Process.flag(x, true) end)
    show("process_flag value", fn -> Process.flag(:trap_exit, x) end)
    show("process_flag priority value", fn -> :erlang.process_flag(:priority, x) end)
    show("ets.lookup no table", fn -> :ets.lookup(:no_such_table, 1) end)
    show("ets.new bad option", fn -> :ets.new(x, [:bad]) end)
    t = :ets.new(:t, [:protected])
    b = :ets.new(:b, [:bag])
    show("ets.lookup_element badkey", fn -> :ets.lookup_element(t, 1, 2) end)
    show("ets.update_counter badkey", fn -> :ets.update_counter(t, 1, 1) end)
    show("ets.update_counter bag", fn -> :ets.update_counter(b, 1, 1) end)
    show("ets.insert empty tuple", fn -> :ets.insert(t, {}) end)
    Task.await(Task.async(fn -> show("ets.insert access", fn -> :ets.insert(t, {1}) end) end))
    :ets.insert(t, {1, :a})
    show("ets.update_counter keypos", fn -> :ets.update_counter(t, 1, {1, 1}) end)
    show("ets.update_element out of range", fn -> :ets.update_element(t, 1, {5, 1}) end)
    show("ets.lookup_element position", fn -> :ets.lookup_element(t, 1, 5) end)
    :ets.new(:named, [:named_table])
    show("ets.new already exists", fn -> :ets.new(:named, [:named_table]) end)
    show("ets.give_away owner", fn -> :ets.give_away(t, self(), 1) end)
    show("ets.next no table", fn -> :ets.next(x, 1) end)
    show("persistent_term.get", fn -> :persistent_term.get(x) end)
    show("lists.keyfind", fn -> :lists.keyfind(1, x, []) end)
    show("lists.member", fn -> :lists.member(1, x) end)
    show("maps.from_keys", fn -> :maps.from_keys(x, 1) end)
    show("bin type", fn -> <<1, x::binary>> end)
    show("bin integer", fn -> <<x::integer>> end)
    show("bin short", fn -> <<Enum.random(["abc"])::binary-size(5)>> end)
    show("bin size atom", fn -> <<1::size(x)>> end)
    show("bin size negative", fn -> <<1::size(n)>> end)
    show("bin float size", fn -> <<1.5::float-size(n)>> end)
    show("bin utf8", fn -> <<x::utf8>> end)
    show("bin float", fn -> <<x::float>> end)
    [top | _] = try do hd(x) rescue _ -> __STACKTRACE__ end
    IO.inspect(:erl_erts_errors.format_error(:badarg, [top]))
    IO.inspect(:erl_erts_errors.format_bs_fail(:badarg, [{:m, :f, 1, [error_info: %{cause: {2, :binary, :type, :x}}]}]))
  end
end

Main.run()
