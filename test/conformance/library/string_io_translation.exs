# io servers translate chardata themselves: bytes that are no UTF-8 (or code points that are none)
# come back as {:error, {:no_translation, ...}} and :io.put_chars/IO.write raise :no_translation;
# data that is no chardata comes back as the request, a badarg. IO.binwrite sends latin1.
{:ok, sio} = StringIO.open("")
ref = make_ref()
send(sio, {:io_request, self(), ref, {:put_chars, :unicode, <<255>>}})
receive do {:io_reply, ^ref, r} -> IO.inspect(r) end
ref = make_ref()
send(sio, {:io_request, self(), ref, {:put_chars, :unicode, [<<255>>]}})
receive do {:io_reply, ^ref, r} -> IO.inspect(r) end
ref = make_ref()
send(sio, {:io_request, self(), ref, {:put_chars, :unicode, :foo}})
receive do {:io_reply, ^ref, r} -> IO.inspect(r) end
IO.inspect(try do :io.put_chars(sio, [<<255>>]) rescue e -> e end)
IO.inspect(try do :io.put_chars(sio, [0x110000]) rescue e -> e end)
IO.inspect(try do IO.write(sio, [<<255>>]) rescue e -> e end)
IO.inspect(try do :io.format(sio, "~s", [<<255>>]) rescue e -> e end)
IO.inspect(StringIO.contents(sio))
IO.inspect(try do :io.put_chars(sio, [:foo]) rescue e -> e end)
IO.inspect(try do :io.put_chars(sio, [1.5]) rescue e -> e end)
IO.inspect(try do :io.put_chars(sio, :foo) rescue e -> e end)
IO.inspect(try do :io.put_chars(sio, <<1::3>>) rescue e -> e end)
IO.inspect(try do :io.put_chars(sio, ["a", 0xD800]) rescue e -> e end)
IO.inspect(StringIO.contents(sio))
r = try do
  :io.put_chars(sio, <<255>>)
rescue
  e -> e
end
IO.inspect(r)
IO.inspect(StringIO.contents(sio))
r2 = try do
  IO.binwrite(sio, <<255>>)
rescue
  e -> e
end
IO.inspect(r2)
IO.inspect(StringIO.contents(sio))
r3 = try do
  IO.write(sio, <<255>>)
rescue
  e -> e
end
IO.inspect(r3)
IO.inspect(StringIO.contents(sio))
