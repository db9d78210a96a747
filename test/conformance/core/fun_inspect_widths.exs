# funs print with the BEAM's 27-bit uniq, so terms holding them break lines where elixir's do
IO.inspect({fn -> 1 end, "xxxxxxxxxxxxxxxxxxxxxxxxxx"})
