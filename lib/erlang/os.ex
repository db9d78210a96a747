# :os.cmd/1,2 (the rest of :os are BIFs, vm/bifs/os.ts and clock.ts): the command runs under
# `sh -c` on the host with stderr merged into stdout, as OTP's port does, and the output comes
# back as a list of bytes.
defmodule :os do
  def cmd(command), do: cmd(command, %{})

  def cmd(command, options) when is_map(options) do
    text = command_text(command)
    max = Map.get(options, :max_size, :infinity)

    unless :beamlet_system_cmd.available() do
      :erlang.error(:enotsup, [command, options])
    end

    sh = System.find_executable("sh") || :erlang.error(:enoent, [command, options])
    ref = :beamlet_system_cmd.start(sh, ["-c", text], nil, nil, [], true)

    receive do
      {:beamlet_cmd, ^ref, {:ok, output, _status}} ->
        bytes = :erlang.binary_to_list(output)
        if max == :infinity, do: bytes, else: Enum.take(bytes, max)

      {:beamlet_cmd, ^ref, {:error, reason}} ->
        :erlang.error(reason)
    end
  end

  def cmd(command, options), do: :erlang.error(:badarg, [command, options])

  defp command_text(command) when is_atom(command), do: Atom.to_string(command)

  defp command_text(command) when is_list(command) do
    try do
      List.to_string(command)
    rescue
      _ -> :erlang.error(:badarg, [command])
    end
  end

  defp command_text(command), do: :erlang.error(:badarg, [command])
end
