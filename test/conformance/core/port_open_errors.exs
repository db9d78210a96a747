# Port.open's argument errors (beamlet has no ports; these are what it checks first, as the BEAM)
for {name, opts} <- [{{:spawn, 1}, []}, {{:spawn_executable, 'x', 1}, []}, {{:spawn, "true"}, :x}, {{:fd, 0, 1}, [:bogus]}, {{:spawn, "true"}, [{:bogus, 1}]}] do
  try do
    Port.open(name, opts)
  rescue
    e -> IO.inspect(e)
  end
end

IO.inspect(is_list(Port.list()))
