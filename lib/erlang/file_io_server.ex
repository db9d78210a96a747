# The process behind File.open/2's device: answers the io protocol ({:io_request, ...}) over a
# raw descriptor (the :beamlet_file BIFs) and {:file_request, ..., :close}. It is linked to the
# process that opened the file and closes the file when that process exits. Encoding: :latin1
# (bytes) unless opened with :utf8; requests in :unicode or :latin1 are translated as OTP does. A
# file in UTF-16 or UTF-32 ({:encoding, {:utf16, :little}}...) is read and written through UTF-8:
# its bytes are decoded into the buffer as they are read (`wide`, with `pending` the bytes of a
# character not read whole yet) and characters are encoded as they are written.
defmodule :file_io_server do
  @chunk 4096

  @doc false
  def open(owner, path, raw_modes, modes) do
    ref = make_ref()

    pid =
      spawn(fn ->
        case :beamlet_file.open(path, raw_modes) do
          {:ok, fd} -> serve(owner, fd, raw_modes ++ modes, ref)

          {:error, _} = error ->
            send(owner, {ref, error})
        end
      end)

    receive do
      {^ref, :ok} -> {:ok, pid}
      {^ref, error} -> error
    end
  end

  # a :raw open's device: on the BEAM a raw file is a port, no process, so this one is numbered
  # apart and the program's next spawn takes the number it would take there
  @doc false
  def start(owner, fd, modes) do
    ref = make_ref()
    pid = :beamlet.spawn_apart(fn -> serve(owner, fd, modes, ref) end)

    receive do
      {^ref, :ok} -> {:ok, pid}
    end
  end

  defp serve(owner, fd, modes, ref) do
    state = %{
      fd: fd,
      owner: owner,
      buf: "",
      eof: false,
      wide: wide_encoding(modes),
      pending: "",
      encoding:
        if(:utf8 in modes or {:encoding, :utf8} in modes or {:encoding, :unicode} in modes or wide_encoding(modes) != nil,
          do: :unicode,
          else: :latin1
        ),
      read: :read in modes or not (:write in modes or :append in modes or :exclusive in modes),
      write: :write in modes or :append in modes or :exclusive in modes,
      # Erlang's :file.open reads lists unless given :binary; File.open binaries unless :charlist
      binary: not (:list in modes or :charlist in modes),
      raw: :raw in modes
    }

    Process.flag(:trap_exit, true)
    Process.link(owner)
    send(owner, {ref, :ok})
    loop(state)
  end

  defp wide_encoding(modes) do
    Enum.find_value(modes, fn
      {:encoding, enc} when enc in [:utf16, :utf32] -> {enc, :big}
      {:encoding, {enc, endian} = wide} when enc in [:utf16, :utf32] and endian in [:big, :little] -> wide
      _ -> nil
    end)
  end

  defp loop(state) do
    receive do
      {:io_request, from, ref, request} ->
        case io_request(request, state) do
          # as OTP's server does, bytes that are not UTF-8 on a :utf8 device end the server, and
          # so do characters a latin1 read cannot take
          {{:error, reason} = reply, state} when reason == :invalid_unicode or elem(reason, 0) == :no_translation ->
            send(from, {:io_reply, ref, reply})
            :beamlet_file.close(state.fd)

          # and so does a write that fails (a full disk, a file opened only to read, characters
          # the file's encoding cannot hold): the writer gets the reason, later ones :terminated
          {{:error, _} = reply, state} when elem(request, 0) == :put_chars ->
            send(from, {:io_reply, ref, reply})
            :beamlet_file.close(state.fd)

          {reply, state} ->
            send(from, {:io_reply, ref, as_mode(reply, request, state)})
            loop(state)
        end

      {:file_request, from, ref, :close} ->
        send(from, {:file_reply, ref, :beamlet_file.close(state.fd)})

      {:file_request, from, ref, request} ->
        case file_request(request, state) do
          {:stop, reply} ->
            send(from, {:file_reply, ref, reply})
            :beamlet_file.close(state.fd)

          {reply, state} ->
            send(from, {:file_reply, ref, reply})
            loop(state)
        end

      {:EXIT, owner, _} when owner == state.owner ->
        :beamlet_file.close(state.fd)

      _other ->
        loop(state)
    end
  end

  # data read in list mode is a list: of bytes from a latin1 device, of characters from a unicode one
  defp as_mode(data, request, %{binary: false}) when is_binary(data) and elem(request, 0) in [:get_line, :get_chars] do
    if elem(request, 1) == :unicode, do: :unicode.characters_to_list(data), else: :binary.bin_to_list(data)
  end

  defp as_mode(reply, _request, _state), do: reply

  # ---- positioning: what :file.position/pread/pwrite ask -----------------------------------------

  defp file_request({:position, location}, state) do
    # the descriptor is ahead of the reader by what it buffered
    here = position_of(state) - buffered_bytes(state)

    target =
      case location do
        at when is_integer(at) -> at
        {:bof, off} when is_integer(off) -> off
        {:cur, off} when is_integer(off) -> here + off
        {:eof, off} when is_integer(off) -> :beamlet_file.size(state.fd) + off
        :bof -> 0
        :cur -> here
        :eof -> :beamlet_file.size(state.fd)
        _ -> :badarg
      end

    cond do
      target == :badarg -> {{:error, :badarg}, state}
      target < 0 -> {{:error, :einval}, state}
      true -> {:beamlet_file.position(state.fd, target), %{state | buf: "", pending: "", eof: false}}
    end
  end

  # as OTP 25's server, a positioned read or write moves there (the read-ahead dropped) and reads
  # or writes on, leaving the position after it; the data written are bytes (latin1), translated to
  # the device's encoding. A read or write that fails ends the server, as put_chars does. (A raw
  # device keeps its position, as the pread/pwrite system calls do.)
  defp file_request({:pread, at, count}, %{raw: true} = state) do
    cond do
      not state.read -> {{:error, :ebadf}, state}
      true -> {in_mode(:beamlet_file.pread(state.fd, at, count), state), state}
    end
  end

  defp file_request({:pread, at, count}, state) do
    with {{:ok, _}, state} <- file_request({:position, at}, state) do
      cond do
        not state.read -> {:stop, {:error, :ebadf}}
        count == 0 -> {in_mode({:ok, ""}, state), state}
        true -> {in_mode(:beamlet_file.read(state.fd, count), state), state}
      end
    end
  end

  defp file_request({:pwrite, at, data}, %{raw: true} = state) do
    if state.write, do: {:beamlet_file.pwrite(state.fd, at, :erlang.iolist_to_binary(data)), state}, else: {{:error, :ebadf}, state}
  end

  defp file_request({:pwrite, at, data}, state) do
    with {{:ok, _}, state} <- file_request({:position, at}, state) do
      case bytes_to_device(data, state.encoding) do
        {:ok, _} when not state.write -> {:stop, {:error, :ebadf}}
        {:ok, bytes} -> with(:ok <- :beamlet_file.write(state.fd, widened(bytes, state)), do: {:ok, state}, else: (error -> {:stop, error}))
        error -> {:stop, error}
      end
    end
  end

  # as OTP's server, it cuts where the descriptor stands (past what was read ahead), which the
  # buffer is dropped for
  defp file_request(:truncate, state), do: {:beamlet_file.truncate(state.fd), %{state | buf: "", pending: "", eof: false}}

  defp file_request(sync, state) when sync in [:sync, :datasync], do: {:beamlet_file.sync(state.fd), state}
  defp file_request(_other, state), do: {{:error, :enotsup}, state}

  # the bytes of the file the buffer holds (a wide file's characters encoded back)
  defp buffered_bytes(%{wide: nil} = state), do: byte_size(state.buf)
  defp buffered_bytes(state), do: byte_size(:unicode.characters_to_binary(state.buf, :unicode, state.wide)) + byte_size(state.pending)

  defp position_of(state) do
    {:ok, at} = :beamlet_file.position(state.fd, :cur)
    at
  end

  defp io_request({:put_chars, encoding, chars}, state) do
    cond do
      not state.write -> {{:error, :ebadf}, state}
      true ->
        case to_device(chars, encoding, state.encoding) do
          {:ok, bytes} -> {:beamlet_file.write(state.fd, widened(bytes, state)), state}
          error -> {error, state}
        end
    end
  end

  defp io_request({:put_chars, chars}, state), do: io_request({:put_chars, :latin1, chars}, state)

  defp io_request({:get_line, encoding, _prompt}, state) do
    if state.read, do: get_line(encoding, state), else: {{:error, :ebadf}, state}
  end

  defp io_request({:get_chars, encoding, _prompt, count}, state) do
    if state.read, do: get_chars(encoding, count, state), else: {{:error, :ebadf}, state}
  end

  defp io_request({:requests, requests}, state) do
    Enum.reduce(requests, {:ok, state}, fn request, {_, state} -> io_request(request, state) end)
  end

  defp io_request({:setopts, opts}, state) do
    encoding = if :binary in opts or {:encoding, :latin1} in opts, do: :latin1, else: state.encoding
    encoding = if {:encoding, :unicode} in opts or {:encoding, :utf8} in opts, do: :unicode, else: encoding
    {:ok, %{state | encoding: encoding}}
  end

  defp io_request(:getopts, state), do: {[binary: state.binary, encoding: state.encoding], state}
  defp io_request(_other, state), do: {{:error, :request}, state}

  # ---- writing ------------------------------------------------------------------------------------

  # UTF-8 written to a wide file, in its encoding
  defp widened(bytes, %{wide: nil}), do: bytes
  defp widened(bytes, %{wide: wide}), do: :unicode.characters_to_binary(bytes, :unicode, wide)

  defp in_mode({:ok, data}, %{binary: false}), do: {:ok, :binary.bin_to_list(data)}
  defp in_mode(reply, _state), do: reply

  defp bytes_to_device(data, :latin1) do
    {:ok, :erlang.iolist_to_binary(data)}
  catch
    :error, _ -> {:error, :badarg}
  end

  defp bytes_to_device(data, :unicode) do
    case :unicode.characters_to_binary(data, :latin1, :unicode) do
      bin when is_binary(bin) -> {:ok, bin}
      _ -> {:error, {:no_translation, :latin1, :unicode}}
    end
  catch
    :error, _ -> {:error, :badarg}
  end

  defp to_device(chars, :unicode, :unicode), do: {:ok, :unicode.characters_to_binary(chars)}
  defp to_device(chars, :latin1, :latin1), do: {:ok, :erlang.iolist_to_binary(chars)}

  defp to_device(chars, :unicode, :latin1) do
    case :unicode.characters_to_binary(chars, :unicode, :latin1) do
      bin when is_binary(bin) -> {:ok, bin}
      _ -> {:error, {:no_translation, :unicode, :latin1}}
    end
  end

  defp to_device(chars, :latin1, :unicode), do: {:ok, :unicode.characters_to_binary(:erlang.iolist_to_binary(chars), :latin1, :unicode)}

  # ---- reading ------------------------------------------------------------------------------------

  defp fill(%{eof: true} = state), do: state

  defp fill(state) do
    case :beamlet_file.read(state.fd, @chunk) do
      {:ok, data} when state.wide != nil -> decode_wide(state.pending <> data, state)
      {:ok, data} -> %{state | buf: state.buf <> data}
      :eof -> %{state | eof: true}
      {:error, _} -> %{state | eof: true}
    end
  end

  defp decode_wide(data, state) do
    case :unicode.characters_to_binary(data, state.wide, :unicode) do
      text when is_binary(text) -> %{state | buf: state.buf <> text, pending: ""}
      {:incomplete, text, rest} -> %{state | buf: state.buf <> text, pending: rest}
      {:error, text, rest} -> %{state | buf: state.buf <> text <> rest, pending: ""}
    end
  end

  # (a line that is not UTF-8 on a unicode device is a character the line cannot be translated to)
  defp get_line(encoding, %{encoding: :unicode} = state) do
    case line(encoding, state) do
      {{:error, :invalid_unicode}, state} -> {{:error, {:no_translation, :unicode, encoding}}, state}
      other -> other
    end
  end

  defp get_line(encoding, state), do: line(encoding, state)

  defp line(encoding, state) do
    case :binary.match(state.buf, "\n") do
      {pos, 1} ->
        size = byte_size(state.buf)
        # (a line read ends in a newline alone: a CR before it is dropped, as OTP's line
        # collection does for file:read_line/1 and io:get_line/2)
        line = if pos > 0 and :binary.at(state.buf, pos - 1) == ?\r, do: binary_part(state.buf, 0, pos - 1) <> "\n", else: binary_part(state.buf, 0, pos + 1)
        deliver(line, encoding, %{state | buf: binary_part(state.buf, pos + 1, size - pos - 1)})

      :nomatch ->
        if state.eof do
          if state.buf == "", do: {:eof, state}, else: deliver(state.buf, encoding, %{state | buf: ""})
        else
          line(encoding, fill(state))
        end
    end
  end

  defp get_chars(_encoding, 0, state), do: {"", state}

  defp get_chars(encoding, count, state), do: get_chars(encoding, count, state, state.buf)

  # (`before` is the buffer as the request found it: OTP's server answers :eof when that held no
  # whole character and the file gave nothing more, keeping a partial character buffered; what
  # was read in this request is all delivered, a partial character at its end failing to translate)
  defp get_chars(encoding, count, state, before) do
    case take(state.buf, count, state.encoding) do
      {:ok, taken, rest} ->
        deliver(taken, encoding, %{state | buf: rest})

      :short ->
        cond do
          not state.eof -> get_chars(encoding, count, fill(state), before)
          state.buf == "" -> {:eof, state}
          state.encoding == :latin1 or String.valid?(state.buf) -> deliver(state.buf, encoding, %{state | buf: ""})
          not partial_tail?(state.buf) -> {{:error, :invalid_unicode}, state}
          state.buf == before and take(state.buf, 1, :unicode) == :short -> {:eof, state}
          true -> {{:error, {:no_translation, :unicode, encoding}}, %{state | buf: ""}}
        end
    end
  end

  # UTF-8 whose last character is cut short (the rest of it could still follow)
  defp partial_tail?(buf), do: match?({:incomplete, _, _}, :unicode.characters_to_binary(buf, :unicode, :unicode))

  # count characters of the device's encoding: bytes for latin1, code points for unicode
  defp take(buf, count, :latin1) when byte_size(buf) >= count do
    <<taken::binary-size(count), rest::binary>> = buf
    {:ok, taken, rest}
  end

  defp take(_buf, _count, :latin1), do: :short

  defp take(buf, count, :unicode) do
    case utf8_prefix(buf, count, 0) do
      # an incomplete or invalid character: read more, the end of the file decides
      nil -> :short
      size ->
        <<taken::binary-size(size), rest::binary>> = buf
        {:ok, taken, rest}
    end
  end

  defp utf8_prefix(_buf, 0, size), do: size

  defp utf8_prefix(buf, count, size) do
    case buf do
      <<_::utf8, _::binary>> ->
        <<c::utf8, rest::binary>> = buf
        utf8_prefix(rest, count - 1, size + byte_size(<<c::utf8>>))

      _ ->
        nil
    end
  end

  # bytes of the device's encoding to the encoding the client asked for
  defp deliver(bytes, :latin1, %{encoding: :latin1} = state), do: {bytes, state}
  defp deliver(bytes, :unicode, %{encoding: :latin1} = state), do: {:unicode.characters_to_binary(bytes, :latin1, :unicode), state}

  defp deliver(bytes, wanted, %{encoding: :unicode} = state) do
    case :unicode.characters_to_binary(bytes, :unicode, wanted) do
      bin when is_binary(bin) -> {bin, state}
      _ when wanted == :latin1 -> if String.valid?(bytes), do: {{:error, {:no_translation, state.wide || :unicode, :latin1}}, state}, else: {{:error, :invalid_unicode}, state}
      _ -> {{:error, :invalid_unicode}, state}
    end
  end
end
