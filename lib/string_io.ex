defmodule StringIO do
  @moduledoc """
  An io device over a string: reads come from the input, writes go to the output. A process
  (linked to its opener) answering the Erlang io protocol, so IO.*, :io.* and a group leader set
  to it (ExUnit.CaptureIO) all work with it.

  Options: `capture_prompt: true` appends the prompts of reads to the output; `encoding:` the
  device's encoding (:unicode, or :latin1 where writes are stored as bytes).
  """

  def open(string, options_or_function \\ [])

  def open(string, function) when is_binary(string) and is_function(function, 1) do
    open(string, [], function)
  end

  def open(string, options) when is_binary(string) and is_list(options) do
    state = %{
      input: string,
      output: "",
      capture_prompt: Keyword.get(options, :capture_prompt, false),
      encoding: Keyword.get(options, :encoding, :unicode)
    }

    {:ok, spawn_link(fn -> loop(state) end)}
  end

  def open(string, options, function) when is_binary(string) and is_list(options) and is_function(function, 1) do
    {:ok, pid} = open(string, options)

    try do
      {:ok, function.(pid)}
    after
      {:ok, {_input, _output}} = close(pid)
    end
  end

  def contents(pid) when is_pid(pid), do: call(pid, :contents)
  def flush(pid) when is_pid(pid), do: call(pid, :flush)
  def close(pid) when is_pid(pid), do: call(pid, :close)

  defp call(pid, request) do
    ref = Process.monitor(pid)
    send(pid, {:string_io, self(), ref, request})

    receive do
      {:string_io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {StringIO, request, [pid]}})
    end
  end

  defp loop(state) do
    receive do
      {:io_request, from, ref, request} ->
        {reply, state} = io_request(request, state)
        send(from, {:io_reply, ref, reply})
        loop(state)

      {:string_io, from, ref, :contents} ->
        send(from, {:string_io_reply, ref, {state.input, state.output}})
        loop(state)

      {:string_io, from, ref, :flush} ->
        send(from, {:string_io_reply, ref, state.output})
        loop(%{state | output: ""})

      {:string_io, from, ref, :close} ->
        # unlinked first: the opener does not hear of this normal end
        Process.unlink(from)
        send(from, {:string_io_reply, ref, {:ok, {state.input, state.output}}})
    end
  end

  # ---- writes: stored in the device's encoding ----

  defp io_request({:put_chars, chars}, state), do: io_request({:put_chars, :latin1, chars}, state)
  defp io_request({:put_chars, mod, fun, args}, state), do: io_request({:put_chars, :latin1, mod, fun, args}, state)

  defp io_request({:put_chars, encoding, mod, fun, args}, state) do
    io_request({:put_chars, encoding, apply(mod, fun, args)}, state)
  end

  defp io_request({:put_chars, encoding, chars} = request, state) do
    case :unicode.characters_to_binary(chars, encoding, state.encoding) do
      text when is_binary(text) -> {:ok, %{state | output: state.output <> text}}
      # bytes that are no text in `encoding`
      {_, _, _} -> {{:error, {:no_translation, encoding, state.encoding}}, state}
    end
  rescue
    # chardata that is none at all: the request comes back as the error
    ArgumentError -> {{:error, request}, state}
  end

  # ---- reads: the prompt goes to the output when prompts are captured ----

  defp io_request({:get_chars, prompt, count}, state), do: io_request({:get_chars, :latin1, prompt, count}, state)
  defp io_request({:get_line, prompt}, state), do: io_request({:get_line, :latin1, prompt}, state)

  defp io_request({:get_until, prompt, mod, fun, args}, state) do
    io_request({:get_until, :latin1, prompt, mod, fun, args}, state)
  end

  defp io_request({:get_chars, encoding, prompt, count}, state) when count >= 0 do
    state = prompted(prompt, state)

    case state.input do
      "" ->
        {:eof, state}

      input ->
        {taken, rest} = split_chars(input, encoding, count)
        {taken, %{state | input: rest}}
    end
  end

  defp io_request({:get_line, encoding, prompt}, state) do
    state = prompted(prompt, state)

    case :binary.split(state.input, "\n") do
      [""] -> {:eof, state}
      # (as io_lib's line collection does, a CR before the newline is dropped)
      [line, rest] -> line_read(encoding, without_cr(line) <> "\n", rest, state)
      [line] -> line_read(encoding, line, "", state)
    end
  end

  defp without_cr(line) do
    size = byte_size(line)
    if size > 0 and :binary.last(line) == ?\r, do: binary_part(line, 0, size - 1), else: line
  end

  defp io_request({:get_until, encoding, prompt, mod, fun, args}, state) do
    state = prompted(prompt, state)
    chars = if encoding == :unicode, do: String.to_charlist(state.input), else: :erlang.binary_to_list(state.input)

    case get_until(mod, fun, args, [], chars) do
      {result, rest} -> {result, %{state | input: rest_binary(rest, encoding)}}
    end
  end

  defp io_request({:setopts, options}, state) do
    case Keyword.get(options, :encoding) do
      nil -> {:ok, state}
      encoding when encoding in [:unicode, :latin1, :utf8] -> {:ok, %{state | encoding: if(encoding == :utf8, do: :unicode, else: encoding)}}
      _ -> {{:error, :enotsup}, state}
    end
  end

  defp io_request(:getopts, state), do: {[binary: true, encoding: state.encoding], state}
  defp io_request({:get_geometry, _}, state), do: {{:error, :enotsup}, state}

  defp io_request({:requests, requests}, state) do
    Enum.reduce_while(requests, {:ok, state}, fn request, {_, state} ->
      case io_request(request, state) do
        {{:error, _}, _} = error -> {:halt, error}
        ok -> {:cont, ok}
      end
    end)
  end

  defp io_request(_other, state), do: {{:error, :request}, state}

  # a unicode read of bytes that are no UTF-8 (a latin1 device's) fails as Elixir's does
  defp line_read(encoding, line, rest, state) do
    if encoding == :unicode and not String.valid?(line),
      do: {{:error, :collect_line}, state},
      else: {line, %{state | input: rest}}
  end

  defp prompted(prompt, %{capture_prompt: true} = state) do
    %{state | output: state.output <> prompt_text(prompt)}
  end

  defp prompted(_prompt, state), do: state

  defp prompt_text(prompt) when is_atom(prompt), do: Atom.to_string(prompt)
  defp prompt_text(prompt), do: IO.chardata_to_string(prompt)

  # unicode reads count characters, latin1 ones bytes
  defp split_chars(input, :unicode, count), do: String.split_at(input, count)

  defp split_chars(input, _latin1, count) when byte_size(input) <= count, do: {input, ""}

  defp split_chars(input, _latin1, count) do
    <<taken::binary-size(count), rest::binary>> = input
    {taken, rest}
  end

  # the scanner fun is fed all the input, then :eof
  defp get_until(mod, fun, args, continuation, chars) do
    case apply(mod, fun, [continuation, chars | args]) do
      {:done, result, rest} -> {result, rest}
      {:more, _continuation} when chars == :eof -> {:eof, :eof}
      {:more, continuation} -> get_until(mod, fun, args, continuation, :eof)
    end
  end

  defp rest_binary(:eof, _encoding), do: ""
  defp rest_binary(rest, :unicode), do: List.to_string(rest)
  defp rest_binary(rest, _latin1), do: :erlang.list_to_binary(rest)
end
