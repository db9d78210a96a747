# ExUnit.CaptureServer: the captures of named io devices (capture_io(:stderr, ...)). While a
# device is captured, a StringIO is registered under its name in place of the original device
# (restored when the last capture ends); captures running at the same time share it, and each
# gets what was written from its start to its end.
defmodule ExUnit.CaptureServer do
  @moduledoc false


  @name __MODULE__

  def device_capture_on(name, encoding, input) do
    GenServer.call(ensure_started(), {:device_capture_on, name, encoding, input}, :infinity)
  end

  @doc false
  # the output since the capture started; the capture ends
  def device_capture_off(ref) do
    GenServer.call(ensure_started(), {:device_capture_off, ref}, :infinity)
  end

  @doc "The server as ExUnit.Supervisor's child (the :ex_unit application started)."
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: @name)

  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}

  # (started on its own when ExUnit.start/1 was not called)
  defp ensure_started do
    case GenServer.start(__MODULE__, :ok, name: @name) do
      {:ok, pid} -> pid
      {:error, {:already_started, pid}} -> pid
    end
  end

  def init(:ok) do
    # the server's own io goes to the console, whichever capture started it
    :beamlet.write_to_console()
    {:ok, %{devices: %{}, refs: %{}}}
  end

  def handle_call({:device_capture_on, name, encoding, input}, {caller, _}, state) do
    case Map.fetch(state.devices, name) do
      {:ok, device} -> capture_again(name, device, encoding, input, caller, state)
      :error -> capture_first(name, encoding, input, caller, state)
    end
  end

  def handle_call({:device_capture_off, ref}, _from, state) do
    {output, state} = release(ref, state)
    {:reply, {:ok, output}, state}
  end

  def handle_info({:DOWN, ref, _, _, _}, state) do
    {_output, state} = release(ref, state)
    {:noreply, state}
  end

  defp capture_first(name, encoding, input, caller, state) do
    original = Process.whereis(name)

    # the console's standard error stands for a device always there
    if original == nil and name != :standard_error do
      {:reply, {:error, :no_device}, state}
    else
      if original, do: Process.unregister(name)
      {:ok, string_io} = StringIO.open(input, encoding: encoding)
      Process.register(string_io, name)
      device = %{original: original, string_io: string_io, encoding: encoding, input?: input != "", refs: []}
      add_capture(name, device, 0, caller, state)
    end
  end

  defp capture_again(name, device, encoding, input, caller, state) do
    cond do
      input != "" or device.input? ->
        {:reply, {:error, :input_on_already_captured_device}, state}

      encoding != device.encoding ->
        {:reply, {:error, {:changed_encoding, device.encoding}}, state}

      true ->
        {_input, output} = StringIO.contents(device.string_io)
        add_capture(name, device, byte_size(output), caller, state)
    end
  end

  # the capture's ref monitors its caller: a capture whose process ends is released
  defp add_capture(name, device, start, caller, state) do
    ref = Process.monitor(caller)
    devices = Map.put(state.devices, name, %{device | refs: [ref | device.refs]})
    {:reply, {:ok, ref}, %{state | devices: devices, refs: Map.put(state.refs, ref, {name, start})}}
  end

  defp release(ref, state) do
    case Map.pop(state.refs, ref) do
      {nil, _refs} ->
        {"", state}

      {{name, start}, refs} ->
        Process.demonitor(ref, [:flush])
        device = Map.fetch!(state.devices, name)
        {_input, output} = StringIO.contents(device.string_io)
        output = binary_part(output, start, byte_size(output) - start)
        state = %{state | refs: refs}

        case List.delete(device.refs, ref) do
          [] ->
            Process.unregister(name)
            _ = StringIO.close(device.string_io)
            if device.original && Process.alive?(device.original), do: Process.register(device.original, name)
            {output, %{state | devices: Map.delete(state.devices, name)}}

          rest ->
            {output, %{state | devices: Map.put(state.devices, name, %{device | refs: rest})}}
        end
    end
  end
end
