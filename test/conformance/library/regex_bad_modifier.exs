IO.inspect(~r/a/iq)
