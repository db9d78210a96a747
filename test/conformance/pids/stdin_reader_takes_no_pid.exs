# reading standard input (or asking its geometry) takes no pid number from the program: the
# BEAM's :user answers input, running from boot (beamlet starts its stdin server on first use)
IO.inspect(spawn(fn -> :ok end))
IO.inspect(:io.columns())
IO.inspect(spawn(fn -> :ok end))
IO.inspect(IO.gets("name? "))
IO.inspect(spawn(fn -> :ok end))
IO.inspect(IO.read(:stdio, :eof))
IO.inspect(spawn(fn -> :ok end))
