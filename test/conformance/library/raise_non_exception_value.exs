# raise/1 and reraise/2 of a value that is no module, string or exception: the ArgumentError is
# raised by raise itself (its frame tagged error_info: %{module: Exception}) and by reraise with
# the stacktrace it was given
for v <- [1, %{}, {:a}, [1], 1.5] do
  try do
    raise v
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 1)})
  end

  try do
    reraise v, [{:m, :f, 0, []}]
  rescue
    e -> IO.inspect({e, __STACKTRACE__})
  end
end
