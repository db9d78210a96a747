# A Logger backend of the program's own: a gen_event handler Logger calls for each entry
defmodule ListBackend do
  @behaviour :gen_event

  def init(__MODULE__) do
    IO.puts("init")
    {:ok, %{level: nil, seen: []}}
  end

  def handle_event({level, _gl, {Logger, msg, {{y, _, _}, {_, _, _, _}}, md}}, state) do
    if state.level == nil or Logger.compare_levels(level, state.level) != :lt do
      IO.puts("backend got #{level}: #{msg} (#{is_integer(y)}) #{inspect(Keyword.take(md, [:module, :function, :request_id]))} #{is_pid(md[:pid])}")
    end

    {:ok, %{state | seen: [msg | state.seen]}}
  end

  def handle_event(:flush, state) do
    IO.puts("flush")
    {:ok, state}
  end

  def handle_call({:configure, opts}, state) do
    {:ok, {:configured, opts}, %{state | level: Keyword.get(opts, :level, state.level)}}
  end

  def handle_call(:seen, state), do: {:ok, Enum.reverse(state.seen), state}

  def handle_info(_msg, state), do: {:ok, state}

  def terminate(reason, state) do
    IO.puts("terminate #{inspect(reason)} after #{length(state.seen)}")
    :ok
  end

  def code_change(_old, state, _extra), do: {:ok, state}
end

defmodule Shop do
  require Logger
  def order(id), do: Logger.info("order #{id}", request_id: id)
end

require Logger
Logger.remove_backend(:console)
{:ok, pid} = Logger.add_backend(ListBackend)
IO.inspect(is_pid(pid), label: "added")
IO.inspect(Logger.add_backend(ListBackend), label: "again")
Shop.order(1)
Logger.debug("debug entry")
Logger.flush()
IO.inspect(Logger.configure_backend(ListBackend, level: :warning), label: "configure")
Logger.info("below")
Logger.error("above")
Logger.flush()
IO.inspect(Logger.remove_backend(ListBackend), label: "remove")
IO.inspect(Logger.remove_backend(ListBackend), label: "remove again")
Logger.error("after removal")
Logger.flush()
