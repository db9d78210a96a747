# Process.info/2 and :erlang.process_info/2 with items OTP 25 does not know (:save_calls among them),
# a non-atom item, bad item lists; the :save_calls process flag's values.
for item <- [:save_calls, :bogus, 1, [:priority, :bogus], [:priority | :x]] do
  try do Process.info(self(), item) rescue e -> IO.inspect e end
  try do :erlang.process_info(self(), item) rescue e -> IO.inspect e end
end
IO.inspect Process.flag(:save_calls, 5)
IO.inspect Process.flag(:save_calls, 3)
IO.inspect Process.flag(:save_calls, 0)
try do Process.flag(:save_calls, 20000) rescue e -> IO.inspect e end
try do Process.flag(:save_calls, -1) rescue e -> IO.inspect e end
IO.inspect Process.info(self(), [:priority, :trap_exit])
