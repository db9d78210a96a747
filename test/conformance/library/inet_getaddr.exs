# :inet.gethostname/0 and :inet.getaddr/getaddrs on what needs no DNS server: localhost, addresses
# as tuples and as text (short IPv4 forms too), and a family that does not fit the address.
{:ok, name} = :inet.gethostname()
IO.inspect(name == String.to_charlist(String.trim(elem(System.cmd("hostname", []), 0))), label: "gethostname")

for {host, family} <- [
      {'localhost', :inet},
      {:localhost, :inet},
      {'127.0.0.1', :inet},
      {'1.2.3', :inet},
      {{10, 0, 0, 1}, :inet},
      {{0, 0, 0, 0, 0, 0, 0, 1}, :inet6},
      {'::1', :inet6},
      {'::1', :inet},
      {'127.0.0.1', :inet6},
      {{10, 0, 0, 1}, :inet6},
      {{0, 0, 0, 0, 0, 0, 0, 1}, :inet},
      {'localhost', :bogus}
    ] do
  IO.inspect({:inet.getaddr(host, family), :inet.getaddrs(host, family)}, label: "#{inspect(host)} #{family}")
end
