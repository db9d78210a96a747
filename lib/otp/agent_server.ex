defmodule Agent.Server do
  @moduledoc false
  # the GenServer callback module behind Agent

  def init(fun), do: {:ok, run(fun, [])}

  def handle_call({:get, fun}, _from, state), do: {:reply, run(fun, [state]), state}

  def handle_call({:get_and_update, fun}, _from, state) do
    case run(fun, [state]) do
      {reply, state} -> {:reply, reply, state}
      other -> {:stop, {:bad_return_value, other}, state}
    end
  end

  def handle_call({:update, fun}, _from, state), do: {:reply, :ok, run(fun, [state])}

  def handle_call(msg, from, state), do: super_call(msg, from, state)

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

  def code_change(_old, state, fun), do: {:ok, run(fun, [state])}

  defp super_call(_msg, _from, _state) do
    raise "attempted to call GenServer #{inspect(proc())} but no handle_call/3 clause was provided"
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
