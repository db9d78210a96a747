# A small HTTP server on packet: :http_bin: the request line and headers come as packets, the
# body is read raw after :http_eoh, and the connection is kept alive for a second request.
defmodule TinyHTTP do
  def start(parent) do
    {:ok, listen} = :gen_tcp.listen(0, [:binary, packet: :http_bin, active: false, reuseaddr: true])
    {:ok, port} = :inet.port(listen)
    pid = spawn(fn -> accept(listen, parent) end)
    :ok = :gen_tcp.controlling_process(listen, pid)
    port
  end

  defp accept(listen, parent) do
    {:ok, socket} = :gen_tcp.accept(listen)
    serve(socket, parent)
    accept(listen, parent)
  end

  defp serve(socket, parent) do
    case :gen_tcp.recv(socket, 0) do
      {:ok, {:http_request, method, {:abs_path, path}, version}} ->
        headers = read_headers(socket, [])
        send(parent, {:request, method, path, version, headers})
        body = read_body(socket, headers)
        respond(socket, method, path, body)
        serve(socket, parent)

      {:ok, {:http_error, line}} ->
        :gen_tcp.send(socket, "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
        send(parent, {:bad_request, line})
        serve(socket, parent)

      {:error, :closed} ->
        :ok
    end
  end

  defp read_headers(socket, acc) do
    case :gen_tcp.recv(socket, 0) do
      {:ok, {:http_header, _, name, _, value}} -> read_headers(socket, [{name, value} | acc])
      {:ok, :http_eoh} -> Enum.reverse(acc)
    end
  end

  defp read_body(socket, headers) do
    case List.keyfind(headers, :"Content-Length", 0) do
      {_, n} ->
        :ok = :inet.setopts(socket, packet: :raw)
        {:ok, body} = :gen_tcp.recv(socket, String.to_integer(n))
        :ok = :inet.setopts(socket, packet: :http_bin)
        body

      nil ->
        ""
    end
  end

  defp respond(socket, method, path, body) do
    text = "#{method} #{path} #{byte_size(body)} bytes"
    :gen_tcp.send(socket, "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: #{byte_size(text)}\r\n\r\n" <> text)
  end
end

port = TinyHTTP.start(self())
{:ok, c} = :gen_tcp.connect('localhost', port, [:binary, packet: :http_bin, active: false])

read_response = fn ->
  {:ok, {:http_response, version, status, reason}} = :gen_tcp.recv(c, 0)

  headers =
    Stream.repeatedly(fn -> :gen_tcp.recv(c, 0) end)
    |> Enum.take_while(&(&1 != {:ok, :http_eoh}))
    |> Enum.map(fn {:ok, {:http_header, _, name, _, value}} -> {name, value} end)

  {_, len} = List.keyfind(headers, :"Content-Length", 0)

  # (recv/2 of 0 bytes would wait for whatever comes next)
  body =
    if len == "0" do
      ""
    else
      :ok = :inet.setopts(c, packet: :raw)
      {:ok, body} = :gen_tcp.recv(c, String.to_integer(len))
      :ok = :inet.setopts(c, packet: :http_bin)
      body
    end

  {version, status, reason, headers, body}
end

:ok = :gen_tcp.send(c, "GET /hello?name=x HTTP/1.1\r\nHost: localhost\r\nUser-Agent: test\r\nX-Trace: 1\r\n\r\n")
receive do: (m -> IO.inspect(m, label: "server saw"))
IO.inspect(read_response.(), label: "response")

:ok = :gen_tcp.send(c, "POST /items HTTP/1.1\r\nHost: localhost\r\nContent-Length: 11\r\n\r\nhello world")
receive do: (m -> IO.inspect(m, label: "server saw"))
IO.inspect(read_response.(), label: "response")

:ok = :gen_tcp.send(c, "NONSENSE\r\n")
receive do: (m -> IO.inspect(m, label: "server saw"))
IO.inspect(read_response.(), label: "response")
:gen_tcp.close(c)

# the same server, read by a client in active mode
{:ok, c} = :gen_tcp.connect('localhost', port, [:binary, packet: :http_bin, active: true])
:ok = :gen_tcp.send(c, "DELETE /items/1 HTTP/1.0\r\n\r\n")
receive do: ({:request, _, _, _, _} = m -> IO.inspect(m, label: "server saw"))

for _ <- 1..4 do
  receive do
    {:http, ^c, packet} -> IO.inspect(packet, label: "active")
  end
end

:gen_tcp.close(c)
