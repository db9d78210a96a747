# Erlang's :io functions that are requests of the io protocol to a device (the formatting and
# writing ones are BIFs, vm/bifs/erlang_misc.ts): reads, options, geometry, raw requests. The
# device is :standard_io (the group leader, or the console), a registered name or a pid.
defmodule :io do
  def get_line(prompt), do: get_line(:standard_io, prompt)
  def get_line(device, prompt), do: IO.__request__(device, {:get_line, :unicode, prompt})

  def get_chars(prompt, count), do: get_chars(:standard_io, prompt, count)
  def get_chars(device, prompt, count), do: IO.__request__(device, {:get_chars, :unicode, prompt, count})

  def get_password, do: get_password(:standard_io)
  def get_password(device), do: IO.__request__(device, {:get_password, :unicode})

  def setopts(opts), do: setopts(:standard_io, opts)
  def setopts(device, opts), do: IO.__request__(device, {:setopts, opts})

  def getopts, do: getopts(:standard_io)
  def getopts(device), do: IO.__request__(device, :getopts)

  def columns, do: columns(:standard_io)
  def columns(device), do: geometry(device, :columns)

  def rows, do: rows(:standard_io)
  def rows(device), do: geometry(device, :rows)

  defp geometry(device, which) do
    case IO.__request__(device, {:get_geometry, which}) do
      n when is_integer(n) and n > 0 -> {:ok, n}
      _ -> {:error, :enotsup}
    end
  end

  def request(request), do: request(:standard_io, request)
  def request(device, request), do: IO.__request__(device, request)

  def requests(requests), do: requests(:standard_io, requests)

  # each request in turn until one answers an error
  def requests(device, [request]), do: request(device, request)

  def requests(device, [request | rest]) do
    case request(device, request) do
      {:error, _} = error -> error
      _ -> requests(device, rest)
    end
  end

  def requests(_device, []), do: :ok

  # fields read by an io_lib:fread format ("~d ~s"), from as many lines as they need
  def fread(prompt, format), do: fread(:standard_io, prompt, format)
  def fread(device, prompt, format), do: IO.__request__(device, {:get_until, :unicode, prompt, :io_lib, :fread, [format]})

  # a term written in Erlang syntax ending with a dot, read from the device; each read counts
  # lines from 1, as OTP's does
  def read(prompt), do: read(:standard_io, prompt)

  def read(device, prompt) do
    case IO.__request__(device, {:get_until, :unicode, prompt, :erl_scan, :tokens, [1]}) do
      {:ok, tokens, _end} -> :erl_parse.parse_term(tokens)
      {:error, info, _end} -> {:error, info}
      {:eof, _end} -> :eof
      other -> other
    end
  end

  def write(term), do: write(:standard_io, term)
  def write(device, term), do: :io.put_chars(device, :io_lib.write(term))

  def printable_range, do: :latin1
end
