# What a raise puts on the raising function's frame: raise/1 (a message, an exception module or
# struct) raises through :erlang.error/3 with error_info: %{module: Exception}; raise/2 does not.
# :erlang.error/2,3 themselves: the argument list replaces the arity (an improper list too), an
# error_info map in the options is appended to the frame's location, other options are ignored.
defmodule R do
  def message(x), do: {raise("plain #{x}")}
  def module_only(_), do: {raise(RuntimeError)}
  def struct(x), do: {raise(%KeyError{key: x})}
  def module_and_message(x), do: {raise(ArgumentError, "bad #{x}")}
  def module_and_opts(x), do: {raise(KeyError, key: x)}
  def from_variable(x), do: {raise(x)}
  def error2(x), do: {:erlang.error(:r, [x, 2])}
  def error2_improper(x), do: {:erlang.error(:r, [x | 2])}
  def error2_empty(_), do: {:erlang.error(:r, [])}
  def error2_none(_), do: {:erlang.error(:r, :none)}
  def error2_not_list(x), do: {:erlang.error(:r, x)}
  def error3_info(x), do: {:erlang.error(:r, [x], error_info: %{module: Foo, function: :bar})}
  def error3_none(_), do: {:erlang.error(:r, :none, error_info: %{module: Foo})}
  def error3_empty_opts(_), do: {:erlang.error(:r, :none, [])}
  def error3_bad_opts(x), do: {:erlang.error(:r, :none, x)}
  def error3_info_not_map(x), do: {:erlang.error(:r, :none, error_info: x)}
  def error3_other_opts(_), do: {:erlang.error(:r, :none, [:other, {:error_info, %{module: Baz}}])}
end

defmodule Main do
  def show(f, arg) do
    try do
      apply(R, f, [arg])
    rescue
      e ->
        [top | _] = __STACKTRACE__
        IO.puts("#{f}: #{inspect(e.__struct__)} #{inspect(top)}")
    end
  end

  def run do
    show(:message, 1)
    show(:module_only, 1)
    show(:struct, 1)
    show(:module_and_message, 1)
    show(:module_and_opts, 1)
    show(:from_variable, "text")
    show(:from_variable, ArgumentError)
    show(:from_variable, %RuntimeError{message: "s"})
    show(:error2, 1)
    show(:error2_improper, 1)
    show(:error2_empty, 1)
    show(:error2_none, 1)
    show(:error2_not_list, 5)
    show(:error3_info, 1)
    show(:error3_none, 1)
    show(:error3_empty_opts, 1)
    show(:error3_bad_opts, :bad)
    show(:error3_info_not_map, 1)
    show(:error3_other_opts, 1)
    # OTP takes the options only when each one is {:error_info, map}; the last one wins
    for opts <- [[{:foo, 1}, {:error_info, %{module: A}}], [{:error_info, %{module: A}}, :other],
                 [{:error_info, %{module: A}}, {:error_info, %{module: B}}], [{:error_info, %{module: A}} | :tail],
                 [{:error_info, 1}, {:error_info, %{module: B}}]] do
      try do
        :erlang.error(:r, :none, opts)
      rescue
        _ -> IO.inspect(__STACKTRACE__ |> hd() |> elem(3) |> Keyword.get(:error_info), label: inspect(opts))
      end
    end

    # raise/1's tag in an Elixir library function (Enum.fetch!/2 raises Enum.OutOfBoundsError)
    try do
      Enum.fetch!([], 3)
    rescue
      e -> IO.puts("Enum.fetch!: #{inspect(e.__struct__)} #{inspect(__STACKTRACE__ |> hd() |> elem(3) |> Keyword.get(:error_info))}")
    end
  end
end

Main.run()
