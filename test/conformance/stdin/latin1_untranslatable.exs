# input past Latin-1 (€) cannot be read by IO.binread/2: {:error, :collect_chars}, and the
# buffered input is gone
IO.inspect(IO.binread(:stdio, 2), label: :binread)
IO.inspect(IO.read(:stdio, :line), label: :read_line)
IO.inspect(IO.binread(:stdio, :all), label: :binread_all)
