# OTP's standard handler, as a program adds it (:logger.add_handler(id, :logger_std_h, config)):
# each event is formatted in the logging process by the handler's formatter and written by the
# handler's own process (registered as :logger_std_h_<id>) to standard output (the default
# type), standard error or a file it appends to, so the program's next output may come first;
# filesync/1 waits until what was logged is written.
defmodule :logger_std_h do
  @moduledoc false

  def adding_handler(%{id: id} = config) do
    own = Map.merge(%{type: :standard_io}, Map.get(config, :config, %{}))

    case own.type do
      type when type in [:standard_io, :standard_error] or (is_tuple(type) and elem(type, 0) == :file) ->
        parent = self()
        pid = spawn(fn -> start(parent, id, own.type) end)
        receive do: ({^pid, :started} -> :ok)
        {:ok, Map.put(config, :config, own)}

      type ->
        {:error, {:invalid_config, :logger_std_h, %{type: type}}}
    end
  end

  def removing_handler(%{id: id}) do
    case Process.whereis(name(id)) do
      nil -> :ok
      pid -> call(pid, :stop)
    end
  end

  def log(event, %{id: id} = config) do
    {formatter, formatter_config} = Map.get(config, :formatter, {:logger_formatter, %{}})
    text = :unicode.characters_to_binary(formatter.format(event, formatter_config))

    case Process.whereis(name(id)) do
      nil -> :ok
      pid -> send(pid, {:log, text})
    end

    :ok
  end

  # (a handler that is gone: the exit of OTP's call to its process)
  def filesync(id) do
    case Process.whereis(name(id)) do
      nil -> exit({:noproc, {:gen_server, :call, [name(id), :filesync]}})
      pid -> call(pid, :filesync)
    end
  end

  defp name(id), do: :"logger_std_h_#{id}"

  defp call(pid, request) do
    ref = Process.monitor(pid)
    send(pid, {request, self(), ref})

    receive do
      {^ref, reply} -> Process.demonitor(ref, [:flush]); reply
      {:DOWN, ^ref, _, _, _} -> :ok
    end
  end

  # the handler's process: writes to the node's console as OTP's, whatever group leader the
  # program that added it had
  defp start(parent, id, type) do
    Process.register(self(), name(id))
    if type == :standard_io, do: :beamlet.write_to_console()
    send(parent, {self(), :started})
    loop(type)
  end

  defp loop(type) do
    receive do
      {:log, text} ->
        write(type, text)
        loop(type)

      {:filesync, from, ref} ->
        send(from, {ref, :ok})
        loop(type)

      {:stop, from, ref} ->
        send(from, {ref, :ok})
    end
  end

  defp write(:standard_io, text), do: IO.write(text)
  defp write(:standard_error, text), do: IO.write(:standard_error, text)
  defp write({:file, path}, text), do: File.write(path, text, [:append])
  defp write({:file, path, _modes}, text), do: File.write(path, text, [:append])
end
