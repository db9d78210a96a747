# The io server of standard input (vm/bifs/stdin.ts starts one per input source): answers the
# Erlang io protocol's read requests from a buffer, asking the host for more input when the buffer
# cannot answer. A request is {:get_line, encoding, prompt} or {:get_chars, encoding, prompt, n};
# :unicode counts characters, :latin1 bytes. At end of input a request gets what is left, or :eof.
defmodule :beamlet_stdin do
  @moduledoc false

  def loop, do: loop("")

  defp loop(buffer) do
    receive do
      {:io_request, from, ref, request} ->
        {reply, rest} = serve(request, buffer)
        reply = if is_binary(reply) and not binary?(), do: :unicode.characters_to_list(reply), else: reply
        send(from, {:io_reply, ref, reply})
        loop(rest)
    end
  end

  # a line is split off the bytes as they are; asked for in :latin1 (IO.binread(:line)), it is
  # then converted from UTF-8, and a character past 255 or bytes that are not UTF-8 end the io
  # server, as they end OTP 25's (the caller's request answers {:error, :terminated})
  defp serve({:get_line, encoding, prompt}, buffer) do
    write_prompt(prompt)

    case line(buffer) do
      {line, rest} when encoding == :latin1 and is_binary(line) ->
        case :unicode.characters_to_binary(line, :unicode, :latin1) do
          bin when is_binary(bin) -> {bin, rest}
          _ -> exit({:no_translation, :unicode, :latin1})
        end

      other ->
        other
    end
  end

  defp serve({:get_chars, encoding, prompt, n}, buffer) when is_integer(n) and n >= 0 do
    write_prompt(prompt)
    chars(buffer, encoding, n)
  end

  # the io protocol's get_until: mod.fun(state, chars | args) answers {:more, state} or
  # {:done, result, rest}; rest goes back into the buffer (:io.read/1,2 reads a term with it)
  defp serve({:get_until, _encoding, prompt, mod, fun, args}, buffer) do
    write_prompt(prompt)
    until(buffer, mod, fun, args, [])
  end

  defp serve({:get_line, prompt}, buffer), do: serve({:get_line, :latin1, prompt}, buffer)
  defp serve({:get_chars, prompt, n}, buffer), do: serve({:get_chars, :latin1, prompt, n}, buffer)

  # the console's options: elixir starts it in binary mode; `:list` or `binary: false` makes
  # reads answer charlists
  defp serve({:setopts, opts}, buffer) when is_list(opts) do
    binary =
      Enum.reduce(opts, binary?(), fn
        :list, _ -> false
        :binary, _ -> true
        {:binary, b}, _ when is_boolean(b) -> b
        _, b -> b
      end)

    Process.put(:binary, binary)
    {:ok, buffer}
  end

  defp serve(:getopts, buffer), do: {[binary: binary?(), encoding: :unicode], buffer}
  defp serve({:get_geometry, _}, buffer), do: {{:error, :enotsup}, buffer}
  defp serve(other, buffer), do: {{:error, {:request, other}}, buffer}

  defp binary?, do: Process.get(:binary, true)

  defp write_prompt(prompt) do
    case prompt_text(prompt) do
      "" -> :ok
      text -> IO.write(text)
    end
  end

  # a prompt is chardata or an atom (or another term, printed as String.Chars does)
  defp prompt_text(prompt) when is_binary(prompt) or is_list(prompt), do: IO.chardata_to_string(prompt)
  defp prompt_text(prompt), do: to_string(prompt)

  defp line(buffer) do
    case :binary.match(buffer, "\n") do
      {pos, 1} ->
        {binary_part(buffer, 0, pos + 1), binary_part(buffer, pos + 1, byte_size(buffer) - pos - 1)}

      :nomatch ->
        case more(buffer) do
          {:more, buffer} -> line(buffer)
          :eof when buffer == "" -> {:eof, ""}
          :eof -> {buffer, ""}
        end
    end
  end

  defp until(buffer, mod, fun, args, state) do
    chunk =
      cond do
        buffer != "" -> buffer
        true -> with {:more, data} <- more(buffer), do: data
      end

    chars = if chunk == :eof, do: :eof, else: :unicode.characters_to_list(chunk)

    case apply(mod, fun, [state, chars | args]) do
      {:done, result, rest} when is_list(rest) -> {result, :unicode.characters_to_binary(rest)}
      {:done, result, _eof} -> {result, ""}
      {:more, state} when chunk != :eof -> until("", mod, fun, args, state)
      {:more, _state} -> {:eof, ""}
    end
  end

  defp chars(buffer, _encoding, 0), do: {"", buffer}

  # :latin1 (IO.binread/2): the buffered input is converted from UTF-8 to Latin-1 first, and what
  # is left stays converted (a later read gets those bytes as they are); input that does not
  # convert (a character past 255, bytes that are not UTF-8) answers {:error, :collect_chars} and
  # is dropped, as OTP 25's io server does with the data it holds
  defp chars(buffer, :latin1, n), do: latin1_chars(buffer, n, "")

  defp chars(buffer, encoding, n) do
    case prefix_size(buffer, encoding, n, 0) do
      {:ok, size} ->
        {binary_part(buffer, 0, size), binary_part(buffer, size, byte_size(buffer) - size)}

      :short ->
        case more(buffer) do
          {:more, buffer} -> chars(buffer, encoding, n)
          :eof when buffer == "" -> {:eof, ""}
          :eof -> {buffer, ""}
        end
    end
  end

  defp latin1_chars("", n, acc) do
    case more("") do
      {:more, data} -> latin1_chars(data, n, acc)
      :eof when acc == "" -> {:eof, ""}
      :eof -> {acc, ""}
    end
  end

  defp latin1_chars(buffer, n, acc) do
    case :unicode.characters_to_binary(buffer, :unicode, :latin1) do
      bin when is_binary(bin) ->
        need = n - byte_size(acc)

        if byte_size(bin) >= need do
          {acc <> binary_part(bin, 0, need), binary_part(bin, need, byte_size(bin) - need)}
        else
          latin1_chars("", n, acc <> bin)
        end

      _ ->
        {{:error, :collect_chars}, ""}
    end
  end

  # the bytes of the first n characters (or bytes), or :short when the buffer holds fewer
  defp prefix_size(_buffer, _encoding, 0, at), do: {:ok, at}
  defp prefix_size(buffer, _encoding, _n, at) when at >= byte_size(buffer), do: :short
  defp prefix_size(buffer, :latin1, n, at), do: if(byte_size(buffer) - at >= n, do: {:ok, at + n}, else: :short)

  defp prefix_size(buffer, encoding, n, at) do
    size = utf8_size(:binary.at(buffer, at))
    if at + size > byte_size(buffer), do: :short, else: prefix_size(buffer, encoding, n - 1, at + size)
  end

  defp utf8_size(byte) when byte < 0xC0, do: 1
  defp utf8_size(byte) when byte < 0xE0, do: 2
  defp utf8_size(byte) when byte < 0xF0, do: 3
  defp utf8_size(_byte), do: 4

  defp more(buffer) do
    :beamlet_stdin.request()

    receive do
      {:beamlet_stdin, :eof} -> :eof
      {:beamlet_stdin, data} -> {:more, buffer <> data}
    end
  end
end
