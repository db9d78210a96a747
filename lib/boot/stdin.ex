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
    if Process.get(:list_rest, false), do: end_on_list_rest()

    case line(buffer) do
      {line, rest} when encoding == :latin1 and is_binary(line) ->
        case :unicode.characters_to_binary(line, :unicode, :latin1) do
          bin when is_binary(bin) -> {bin, rest}
          _ ->
            # (the console's server is OTP's :user, which is also standard output: both end)
            reason = {:no_translation, :unicode, :latin1}
            :beamlet_stdin.ended(reason)
            exit(reason)
        end

      other ->
        other
    end
  end

  defp serve({:get_chars, encoding, prompt, n}, buffer) when is_integer(n) and n >= 0 do
    write_prompt(prompt)
    # (the characters come out of the data as bytes again: what is left is no charlist)
    if n > 0, do: Process.put(:list_rest, false)
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
  # the size of standard output's terminal, else standard input's, as the BEAM's console answers
  defp serve({:get_geometry, which}, buffer) when which in [:columns, :rows] do
    case :beamlet.terminal_geometry(which) do
      n when is_integer(n) and n > 0 -> {n, buffer}
      _ -> {{:error, :enotsup}, buffer}
    end
  end

  defp serve({:get_geometry, _}, buffer), do: {{:error, :enotsup}, buffer}
  defp serve(other, buffer), do: {{:error, {:request, other}}, buffer}

  defp binary?, do: Process.get(:binary, true)

  # OTP 25's console keeps what a get_until (:io.fread, :io.read) left unread as the charlist the
  # callback answered, and its line reader takes only bytes: the next line read (IO.gets, IO.read
  # of :line, :eof or :all, IO.stream) ends the console, as there (the request answers
  # {:error, :terminated}, and standard output is gone too); a shell session's reader does not
  defp end_on_list_rest do
    if :beamlet_stdin.console?() do
      reason = {:badarg, :get_line}
      :beamlet_stdin.ended(reason)
      exit(reason)
    end
  end

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
      # (a CR before the newline is dropped, as OTP's line collection does)
      {pos, 1} when pos > 0 and binary_part(buffer, pos - 1, 1) == "\r" ->
        {binary_part(buffer, 0, pos - 1) <> "\n", binary_part(buffer, pos + 1, byte_size(buffer) - pos - 1)}

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
      {:done, result, rest} when is_list(rest) ->
        Process.put(:list_rest, rest != [])
        {result, :unicode.characters_to_binary(rest)}

      {:done, result, _eof} ->
        Process.put(:list_rest, false)
        {result, ""}

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

  # :unicode: OTP 25's io server counts the characters of the data it holds up to the first bytes
  # that are not UTF-8; more than n: the first n; exactly n: all of the data, those bytes
  # included; fewer: those and the next chunk's, counted afresh (at the end, what was collected)
  defp chars(buffer, _encoding, n), do: unicode_chars(buffer, n, [])

  defp unicode_chars("", n, acc) do
    case more("") do
      {:more, data} -> unicode_chars(data, n, acc)
      :eof when acc == [] -> {:eof, ""}
      :eof -> {IO.iodata_to_binary(Enum.reverse(acc)), ""}
    end
  end

  defp unicode_chars(buffer, n, acc) do
    case count_chars(buffer, n, 0, 0) do
      {:split, at} ->
        {IO.iodata_to_binary(Enum.reverse([binary_part(buffer, 0, at) | acc])), binary_part(buffer, at, byte_size(buffer) - at)}

      ^n ->
        {IO.iodata_to_binary(Enum.reverse([buffer | acc])), ""}

      count ->
        unicode_chars("", n - count, [buffer | acc])
    end
  end

  # the characters before the first bytes that are not UTF-8 (or the end), or {:split, at} where
  # the (n+1)th begins
  defp count_chars(<<c::utf8, rest::binary>>, n, count, at) do
    if count == n, do: {:split, at}, else: count_chars(rest, n, count + 1, at + byte_size(<<c::utf8>>))
  end

  defp count_chars(_rest, _n, count, _at), do: count

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
  defp more(buffer) do
    :beamlet_stdin.request()

    receive do
      {:beamlet_stdin, :eof} -> :eof
      {:beamlet_stdin, data} -> {:more, buffer <> data}
    end
  end
end
