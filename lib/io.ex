defmodule IO do
  @moduledoc "The language half of IO; the first-order functions (puts, write, inspect ...) are BIFs."

  @doc false
  # IO.puts/IO.write of a struct: the BIF hands over here to use String.Chars
  @doc false
  # IO.write/binwrite/puts to a device process (File.open, StringIO)
  def __device_write__(device, data, newline, binary) do
    data = if newline, do: [data, ?\n], else: data

    if binary do
      IO.Device.put!(device, :latin1, :erlang.iolist_to_binary(data))
    else
      IO.Device.put!(device, :unicode, IO.chardata_to_string(data))
    end
  end

  def read(device \\ :stdio, line_or_chars)
  def read(device, :all), do: read_all(device, :unicode, "")
  def read(device, :eof), do: read_eof(device, :unicode)
  def read(device, :line), do: IO.Device.request(device, {:get_line, :unicode, ""})
  def read(device, count) when is_integer(count) and count >= 0, do: IO.Device.request(device, {:get_chars, :unicode, "", count})

  def binread(device \\ :stdio, line_or_chars)
  def binread(device, :all), do: read_all(device, :latin1, "")
  def binread(device, :eof), do: read_eof(device, :latin1)
  def binread(device, :line), do: IO.Device.request(device, {:get_line, :latin1, ""})
  def binread(device, count) when is_integer(count) and count >= 0, do: IO.Device.request(device, {:get_chars, :latin1, "", count})

  def gets(device \\ :stdio, prompt), do: IO.Device.request(device, {:get_line, :unicode, prompt})

  defp read_all(device, encoding, acc) do
    case IO.Device.request(device, {:get_chars, encoding, "", 4096}) do
      :eof -> acc
      {:error, _} = error -> error
      data -> read_all(device, encoding, acc <> data)
    end
  end

  defp read_eof(device, encoding) do
    case read_all(device, encoding, "") do
      "" -> :eof
      other -> other
    end
  end

  @doc false
  def __write_struct__(device, term, newline) do
    string = String.Chars.to_string(term)

    case newline do
      true -> IO.puts(device, string)
      false -> IO.write(device, string)
    end
  end
end

defmodule IO.Device do
  @moduledoc false
  # The io protocol from the client side: {:io_request, from, ref, request} to a device process,
  # answered by {:io_reply, ref, reply}. A dead device answers {:error, :terminated}.

  def request(device, request) do
    ref = Process.monitor(device)
    send(device, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end

  # a put_chars reply of an error raises as Erlang's io:put_chars does
  def put!(device, encoding, data) do
    case request(device, {:put_chars, encoding, data}) do
      :ok -> :ok
      {:error, :terminated} -> :erlang.error(:terminated)
      {:error, reason} -> raise ArgumentError, "errors were found at the given arguments:\n\n  * 1st argument: " <> reason_text(reason) <> "\n"
    end
  end

  defp reason_text(:ebadf), do: "bad file number (ebadf)"
  defp reason_text(:no_translation), do: "the device could not translate the characters (no_translation)"
  defp reason_text(other), do: inspect(other)
end
