# ExUnit.CaptureIO: what a function writes, captured. Standard io is captured by making a StringIO
# (which holds the input) the process's group leader for the call, as ExUnit does: processes the
# function spawns inherit it. Any other device (:stderr, a registered name) is captured through
# ExUnit.CaptureServer, which stands a StringIO in for it under its name.
defmodule ExUnit.CaptureIO do
  @doc "Captures what `fun` writes to the device, given options or an input; returns the output."
  # (each clause calls do_with_io/3 itself, at the line of Elixir's: a raise under the capture
  # shows the clause called, as Elixir's frames do)
  @beamlet_frame_line 106
  def capture_io(fun) when is_function(fun, 0) do
    {_result, output} = do_with_io(:standard_io, [], fun)
    output
  end

  @beamlet_frame_line 119
  def capture_io(device, fun) when is_atom(device) and is_function(fun, 0) do
    {_result, output} = do_with_io(map_dev(device), [], fun)
    output
  end

  @beamlet_frame_line 124
  def capture_io(input, fun) when is_binary(input) and is_function(fun, 0) do
    {_result, output} = do_with_io(:standard_io, [input: input], fun)
    output
  end

  @beamlet_frame_line 129
  def capture_io(options, fun) when is_list(options) and is_function(fun, 0) do
    {_result, output} = do_with_io(:standard_io, options, fun)
    output
  end

  @beamlet_frame_line 143
  def capture_io(device, input, fun) when is_binary(input) and is_function(fun, 0) do
    {_result, output} = do_with_io(map_dev(device), [input: input], fun)
    output
  end

  @beamlet_frame_line 149
  def capture_io(device, options, fun) when is_atom(device) and is_list(options) and is_function(fun, 0) do
    {_result, output} = do_with_io(map_dev(device), options, fun)
    output
  end

  @doc "Runs `fun` with its io captured as capture_io/3 does; returns `{result, output}`."
  def with_io(fun) when is_function(fun, 0), do: with_io(:stdio, [], fun)

  def with_io(device, fun) when is_atom(device) and is_function(fun, 0), do: with_io(device, [], fun)
  def with_io(input, fun) when is_binary(input) and is_function(fun, 0), do: with_io(:stdio, input, fun)
  def with_io(options, fun) when is_list(options) and is_function(fun, 0), do: with_io(:stdio, options, fun)

  def with_io(device, input, fun) when is_binary(input) and is_function(fun, 0) do
    with_io(device, [input: input], fun)
  end

  def with_io(device, options, fun) when is_atom(device) and is_list(options) and is_function(fun, 0) do
    do_with_io(map_dev(device), options, fun)
  end

  defp map_dev(:stdio), do: :standard_io
  defp map_dev(:stderr), do: :standard_error
  defp map_dev(other), do: other

  defp do_with_io(:standard_io, options, fun) do
    prompt_config = Keyword.get(options, :capture_prompt, true)
    encoding = Keyword.get(options, :encoding, :unicode)
    input = Keyword.get(options, :input, "")

    original_gl = Process.group_leader()
    {:ok, capture_gl} = StringIO.open(input, capture_prompt: prompt_config, encoding: encoding)

    try do
      Process.group_leader(self(), capture_gl)
      __at_line__(230, do_capture_gl(capture_gl, fun))
    after
      Process.group_leader(self(), original_gl)
    end
  end

  defp do_with_io(device, options, fun) do
    input = Keyword.get(options, :input, "")
    encoding = Keyword.get(options, :encoding, :unicode)

    case ExUnit.CaptureServer.device_capture_on(device, encoding, input) do
      {:ok, ref} ->
        try do
          result = __at_line__(243, fun.())
          {:ok, output} = ExUnit.CaptureServer.device_capture_off(ref)
          {result, output}
        catch
          kind, reason ->
            _ = ExUnit.CaptureServer.device_capture_off(ref)
            :erlang.raise(kind, reason, __STACKTRACE__)
        end

      {:error, :no_device} ->
        raise "could not find IO device registered at #{inspect(device)}"

      {:error, {:changed_encoding, current_encoding}} ->
        raise ArgumentError, """
        attempted to change the encoding for a currently captured device #{inspect(device)}.

        Currently set as: #{inspect(current_encoding)}
        Given: #{inspect(encoding)}

        If you need to use multiple encodings on a captured device, you cannot run your test asynchronously
        """

      {:error, :input_on_already_captured_device} ->
        raise ArgumentError,
              "attempted multiple captures on device #{inspect(device)} with input. " <>
                "If you need to give an input to a captured device, you cannot run your test asynchronously"
    end
  end

  defp do_capture_gl(string_io, fun) do
    try do
      __at_line__(272, fun.())
    catch
      kind, reason ->
        _ = StringIO.close(string_io)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      result ->
        {:ok, {_input, output}} = StringIO.close(string_io)
        {result, output}
    end
  end
end
