# process_flag/2 remembers the flags beamlet keeps without acting on them and returns the value
# before, as OTP 25 does (min_heap_size and min_bin_vheap_size rounded up to a heap size); each
# process starts from the defaults; process_info/2 reports them.
IO.inspect(Process.flag(:priority, :high))
IO.inspect(Process.flag(:priority, :low))
IO.inspect(Process.info(self(), :priority))
IO.inspect(Process.flag(:priority, :normal))
IO.inspect(Process.flag(:min_heap_size, 1000))
IO.inspect(Process.flag(:min_heap_size, 0))
IO.inspect(Process.flag(:min_heap_size, 5))
IO.inspect(Process.flag(:min_heap_size, 233))
IO.inspect(Process.flag(:sensitive, true))
IO.inspect(Process.flag(:sensitive, false))
IO.inspect(Process.flag(:min_bin_vheap_size, 100000))
IO.inspect(Process.flag(:min_bin_vheap_size, 1))
IO.inspect(Process.flag(:fullsweep_after, 10))
IO.inspect(Process.flag(:fullsweep_after, 20))
IO.inspect(Process.flag(:save_calls, 5))
IO.inspect(Process.flag(:save_calls, 0))
IO.inspect(Process.flag(:message_queue_data, :off_heap))
IO.inspect(Process.flag(:message_queue_data, :on_heap))
IO.inspect(Process.info(self(), [:priority, :min_heap_size, :min_bin_vheap_size, :fullsweep_after]))
parent = self()
spawn(fn -> send(parent, {Process.flag(:priority, :low), Process.flag(:min_heap_size, 2000), Process.flag(:min_heap_size, 0)}) end)
receive do
  flags -> IO.inspect(flags)
end
