# A node that is not alive has creation 0 (system_info(:creation)): its pids, references and ports
# are written with its name and 0, and those read back with another creation are another node's.
c = :erlang.system_info(:creation)
IO.inspect(c)

tail = fn t ->
  b = :erlang.term_to_binary(t)
  binary_part(b, byte_size(b) - 4, 4)
end

IO.inspect(tail.(self()))
IO.inspect(tail.(:erlang.list_to_port('#Port<0.3>')))
<<131, 90, 0, 3, 100, n::16, name::binary-size(n), cr::32, _::binary>> = :erlang.term_to_binary(make_ref())
IO.inspect({name, cr})

<<131, 88, rest::binary>> = :erlang.term_to_binary(self())
s = byte_size(rest) - 4
<<head::binary-size(s), _::32>> = rest

for creation <- [0, 1, 4, 0xFFFFFFFF] do
  p = :erlang.binary_to_term(<<131, 88, head::binary, creation::32>>)
  IO.inspect({creation, p == self(), node(p), p < self(), tail.(p)})
end
