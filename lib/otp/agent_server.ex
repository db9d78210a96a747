defmodule Agent.Server do
  @moduledoc false
  # the GenServer callback module behind Agent. Its frames name Elixir's file and the lines its
  # functions run the agent's function from (@file, @beamlet_frame_line).

  @file "lib/agent/server.ex"
  @beamlet_frame_line 8
  def init(fun) do
    Process.put(:"$initial_call", initial_call(fun))
    {:ok, run(fun, [])}
  end

  @file "lib/agent/server.ex"
  @beamlet_def_line 11
  @beamlet_frame_line 12
  def handle_call({:get, fun}, _from, state), do: {:reply, run(fun, [state]), state}

  @beamlet_frame_line 16
  def handle_call({:get_and_update, fun}, _from, state) do
    case run(fun, [state]) do
      {reply, state} -> {:reply, reply, state}
      other -> {:stop, {:bad_return_value, other}, state}
    end
  end

  @beamlet_frame_line 23
  def handle_call({:update, fun}, _from, state), do: {:reply, :ok, run(fun, [state])}

  @file "lib/agent/server.ex"
  @beamlet_frame_line 27
  def handle_cast({:cast, fun}, state), do: {:noreply, run(fun, [state])}

  def handle_cast(msg, state) do
    _ = state
    _ = msg
    raise "attempted to cast GenServer #{inspect(proc())} but no handle_cast/2 clause was provided"
  end

  def handle_info(msg, state) do
    Logger.__unexpected_info__(Agent.Server, msg)
    {:noreply, state}
  end

  def terminate(_reason, _state), do: :ok

  @file "lib/agent/server.ex"
  @beamlet_frame_line 31
  def code_change(_old, state, fun), do: {:ok, run(fun, [state])}

  # what proc_lib records as the agent's initial call: its function
  defp initial_call({m, f, a}), do: {m, f, length(a)}

  defp initial_call(fun) when is_function(fun) do
    {:module, m} = :erlang.fun_info(fun, :module)
    {:name, f} = :erlang.fun_info(fun, :name)
    {:arity, arity} = :erlang.fun_info(fun, :arity)
    {m, f, arity}
  end

  defp proc do
    case :erlang.process_info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end
  end

  defp run({m, f, a}, extra), do: apply(m, f, extra ++ a)
  defp run(fun, extra), do: apply(fun, extra)
end
