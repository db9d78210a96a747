# :erlang.system_info/1 items programs read (the runtime facts of OTP 25 on a 2-scheduler machine),
# its error for an unknown item, and System.build_info/0 (Elixir 1.14.0 as Debian builds it)
for k <- [:otp_release, :version, :system_version, :schedulers, :schedulers_online, :logical_processors, :logical_processors_available, :logical_processors_online, :dirty_cpu_schedulers, :dirty_io_schedulers, :port_limit, :ets_limit, :wordsize, {:wordsize, :internal}, {:wordsize, :external}, :machine, :system_architecture, :compat_rel, :thread_pool_size, :smp_support, :threads, :kernel_poll, :driver_version, :nif_version, :emu_flavor, :emu_type, :build_type, :min_heap_size, :min_bin_vheap_size, :fullsweep_after, :dist_buf_busy_limit, :time_offset, :debug_compiled, :hipe_architecture, :atom_limit, :process_limit, :max_heap_size, :no_such_key, {:wordsize, :x}, "str"] do
  IO.inspect({k, (try do :erlang.system_info(k) rescue e -> e end)})
end
IO.inspect System.otp_release()
IO.inspect System.schedulers_online()
IO.inspect System.build_info()
IO.inspect :erlang.system_info(:otp_release) |> List.to_integer() >= 25
