# A function whose last call is a BIF or a library function: which frames a failure's stack trace
# keeps (the BEAM's last call optimisation). A built-in called by name keeps the caller's frame;
# Erlang or Elixir code (:erlang.atom_to_binary/1 is Erlang code in OTP 25, String.upcase/1 is
# Elixir) was entered with the caller's frame gone; so were BIFs reached through mod.f(...),
# apply/3 with a list built at run time, and a fun.
defmodule T do
  def bif_code_last(x), do: :erlang.atom_to_binary(x)
  def bif_code_not_last(x), do: {:ok, :erlang.atom_to_binary(x)}
  def builtin_last(x), do: :erlang.integer_to_binary(x)
  def builtin_list_last(x), do: :erlang.list_to_tuple(x)
  def elixir_fn_last(x), do: String.upcase(x)
  def elixir_fn_not_last(x), do: {String.upcase(x)}
  def elixir_inlined_last(x), do: Integer.to_string(x)
  def atom_to_string_last(x), do: Atom.to_string(x)
  def apply_last(m, f, a), do: apply(m, f, a)
  def apply_not_last(m, f, a), do: {apply(m, f, a)}
  def apply_literal_last(x), do: apply(:erlang, :integer_to_binary, [x])
  def apply_literal_code_last(x), do: apply(String, :upcase, [x])
  def apply_fun_last(f, a), do: apply(f, a)
  def dynamic_last(m, x), do: m.integer_to_binary(x)
  def dynamic_not_last(m, x), do: {m.integer_to_binary(x)}
  def dynamic_error_last(m, x), do: m.error(x)
  def fun_last(f, x), do: f.(x)
  def guard_bif_last(x), do: elem(x, 0)
  def length_last(x), do: length(x)
  def hd_last(x), do: hd(x)
  def error_last(x), do: :erlang.error(x)
  def local_last(x), do: helper(x)
  defp helper(x), do: :erlang.atom_to_binary(x)
  def remote_last(x), do: U.g(x)
  def undefined_last(x), do: :lists.no_such_function(x)
  def spawn_last(x), do: :erlang.spawn(x)
  def kernel_spawn_last(x), do: spawn(x)
  def binary_to_atom_last(x), do: :erlang.binary_to_atom(x)
  def maps_builtin_last(x), do: :maps.keys(x)
  def fun_info_last(x), do: :erlang.fun_info(x)
end

defmodule U do
  def g(x), do: :erlang.atom_to_binary(x)
end

defmodule Main do
  def show(name, f) do
    try do
      f.()
      IO.puts("#{name}: no error")
    rescue
      e ->
        IO.puts("#{name}: #{inspect(e.__struct__)}")
        # the frames above Main.show/2 (which calls f, not last)
        for frame <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.puts("  " <> inspect(frame))
    end
  end

  def run do
    show(:bif_code_last, fn -> T.bif_code_last(1) end)
    show(:bif_code_not_last, fn -> T.bif_code_not_last(1) end)
    show(:builtin_last, fn -> T.builtin_last(:a) end)
    show(:builtin_list_last, fn -> T.builtin_list_last(:a) end)
    show(:elixir_fn_last, fn -> T.elixir_fn_last(1) end)
    show(:elixir_fn_not_last, fn -> T.elixir_fn_not_last(1) end)
    show(:elixir_inlined_last, fn -> T.elixir_inlined_last(:a) end)
    show(:atom_to_string_last, fn -> T.atom_to_string_last(1) end)
    show(:apply_last, fn -> T.apply_last(:erlang, :atom_to_binary, [1]) end)
    show(:apply_last_builtin, fn -> T.apply_last(:erlang, :integer_to_binary, [:a]) end)
    show(:apply_last_error, fn -> T.apply_last(:erlang, :error, [:boom]) end)
    show(:apply_not_last, fn -> T.apply_not_last(:erlang, :atom_to_binary, [1]) end)
    show(:apply_literal_last, fn -> T.apply_literal_last(:a) end)
    show(:apply_literal_code_last, fn -> T.apply_literal_code_last(1) end)
    show(:apply_fun_last, fn -> T.apply_fun_last(&:erlang.atom_to_binary/1, [1]) end)
    show(:dynamic_last, fn -> T.dynamic_last(:erlang, :a) end)
    show(:dynamic_not_last, fn -> T.dynamic_not_last(:erlang, :a) end)
    show(:dynamic_error_last, fn -> T.dynamic_error_last(:erlang, :boom) end)
    show(:fun_last, fn -> T.fun_last(&:erlang.integer_to_binary/1, :a) end)
    show(:fun_last_error, fn -> T.fun_last(&:erlang.error/1, :boom) end)
    show(:fun_last_elixir, fn -> T.fun_last(&String.upcase/1, 1) end)
    show(:guard_bif_last, fn -> T.guard_bif_last(1) end)
    show(:length_last, fn -> T.length_last(1) end)
    show(:hd_last, fn -> T.hd_last([]) end)
    show(:error_last, fn -> T.error_last(:boom) end)
    show(:local_last, fn -> T.local_last(1) end)
    show(:remote_last, fn -> T.remote_last(1) end)
    show(:undefined_last, fn -> T.undefined_last(1) end)
    show(:spawn_last, fn -> T.spawn_last(1) end)
    show(:kernel_spawn_last, fn -> T.kernel_spawn_last(1) end)
    show(:binary_to_atom_last, fn -> T.binary_to_atom_last(1) end)
    show(:maps_builtin_last, fn -> T.maps_builtin_last(1) end)
    show(:fun_info_last, fn -> T.fun_info_last(1) end)
  end
end

Main.run()
