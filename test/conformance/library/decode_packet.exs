# :erlang.decode_packet/3 as OTP 25's packet parser: raw, 1/2/4, line and HTTP (request and status
# lines, headers with OTP's table of known names, continuation lines, errors).
req = "GET /index.html?x=1 HTTP/1.1\r\nHost: localhost:4000\r\nUser-Agent: curl/8\r\nAccept: */*\r\nX-Custom-Thing: yes\r\nContent-Length: 5\r\n\r\nhello"
for type <- [:http, :http_bin] do
  loop = fn loop, data ->
    case :erlang.decode_packet(type, data, []) do
      {:ok, pkt, rest} ->
        IO.inspect(pkt)
        if pkt == :http_eoh, do: IO.inspect(rest, label: "body"), else: loop.(loop, rest)
      other -> IO.inspect(other, label: "other")
    end
  end
  loop.(loop, req)
end
IO.inspect(:erlang.decode_packet(:http_bin, "GET / HTTP/1.0\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "POST http://example.com/a HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "OPTIONS * HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "GET / HTTP/1.1", []))
IO.inspect(:erlang.decode_packet(:http_bin, "garbage\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "HTTP/1.1 200 OK\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "content-type: text/html\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "bad header\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "PATCH /x HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "get /x HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:line, "ab\ncd", []))
IO.inspect(:erlang.decode_packet(:line, "abcd", []))
IO.inspect(:erlang.decode_packet(2, <<0, 2, "abc">>, []))
IO.inspect(:erlang.decode_packet(2, <<0, 5, "abc">>, []))
IO.inspect(:erlang.decode_packet(:raw, "abc", []))
IO.inspect(:erlang.decode_packet(4, <<0, 0, 0, 9>>, [packet_size: 4]))
IO.inspect(:erlang.decode_packet(:httph_bin, "Connection: close\r\n", []))
IO.inspect(:erlang.decode_packet(:httph, "Connection: close\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "If-Modified-Since: x\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "x-forwarded-for: x\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "Host:   spaced  \r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "Host: a\r\n  continued\r\n", []))
req2 = "Host: localhost:4000\r\nUser-Agent: curl/8\r\nAccept: */*\r\nX-Custom-Thing: yes\r\ncontent-length: 5\r\nIf-Modified-Since: x\r\nx-forwarded-for: y\r\nHost:   spaced  \r\nCookie: a\r\n  continued\r\nbad header\r\nConnection: close\r\n\r\nhello"
for type <- [:httph, :httph_bin] do
  loop = fn loop, data ->
    case :erlang.decode_packet(type, data, []) do
      {:ok, pkt, rest} ->
        IO.inspect(pkt)
        if pkt == :http_eoh, do: IO.inspect(rest, label: "body"), else: loop.(loop, rest)
      other -> IO.inspect(other, label: "other")
    end
  end
  loop.(loop, req2)
end
IO.inspect(:erlang.decode_packet(:http_bin, "GET / HTTP/1.1\r\nHost: x\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "\r\nGET / HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "GET / HTTP/1.1\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "Host: x\nA: b\n\n", []))
for m <- ~w(GET POST PUT DELETE HEAD OPTIONS TRACE CONNECT PATCH) do
  IO.inspect(:erlang.decode_packet(:http_bin, "#{m} / HTTP/1.1\r\n", []) |> elem(1) |> elem(1))
end
IO.inspect(:erlang.decode_packet(:http_bin, "GET https://u:p@ex.com:8080/p?q HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "GET ex.com:443 HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "GET / HTTP/2.0\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "GET /\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "HTTP/1.0 404 Not Found\r\n", []))
IO.inspect(:erlang.decode_packet(:raw, "", []))
IO.inspect(:erlang.decode_packet(0, "ab", []))
IO.inspect(:erlang.decode_packet(2, <<0>>, []))
IO.inspect(:erlang.decode_packet(1, <<>>, []))
IO.inspect(:erlang.decode_packet(4, <<0, 0, 0, 2, "ab", "c">>, []))
IO.inspect(:erlang.decode_packet(2, <<0, 9, "abc">>, [packet_size: 5]))
IO.inspect(:erlang.decode_packet(:line, "abcdef\n", [line_length: 3]))
IO.inspect(:erlang.decode_packet(:line, "", []))
IO.inspect(:erlang.decode_packet(:http, "", []))
IO.inspect(try do :erlang.decode_packet(:bogus, "", []) rescue e -> e end)
IO.inspect(try do :erlang.decode_packet(:line, :x, []) rescue e -> e end)
IO.inspect(:erlang.decode_packet(:http_bin, "GET foo HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "GET  / HTTP/1.1\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "HTTP/1.1 200\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "HTTP/1.1 200 OK fine\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "Host : x\r\n\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "Host:x\r\n\r\n", []))
IO.inspect(:erlang.decode_packet(:httph_bin, "Host: x \r\n\r\n", []))
IO.inspect(:erlang.decode_packet(:http_bin, "GET HTTP://Ex.com HTTP/1.1\r\n", []))
names = ~w(Cache-Control Connection Date Pragma Transfer-Encoding Upgrade Via Accept Accept-Charset Accept-Encoding Accept-Language Authorization From Host If-Modified-Since If-Match If-None-Match If-Range If-Unmodified-Since Max-Forwards Proxy-Authorization Range Referer User-Agent Age Location Proxy-Authenticate Public Retry-After Server Vary Warning Www-Authenticate Allow Content-Base Content-Encoding Content-Language Content-Length Content-Location Content-Md5 Content-Range Content-Type Etag Expires Last-Modified Accept-Ranges Set-Cookie Set-Cookie2 X-Forwarded-For Cookie Keep-Alive Proxy-Connection Accept-Patch x-custom X-CUSTOM content-TYPE WWW-AUTHENTICATE)
for n <- names do
  {:ok, h, _} = :erlang.decode_packet(:httph_bin, "#{n}: v\r\n\r\n", [])
  IO.inspect(h)
end
