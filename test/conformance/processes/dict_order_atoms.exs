# Process.get/0 and get_keys/0 with atom keys: OTP hashes an atom by its index in the atom table,
# so the order follows from where each atom stands there. These atoms stand at the same index in
# every `elixir` run (the emulator's own and those of modules loaded in a fixed order); mixed with
# integers, updated, erased, and seen through Process.info(pid, :dictionary).
atoms = [:ok, :error, :undefined, true, false, nil, :module, :infinity, :count, :key, :value, :name,
  :state, :self, :data, :timeout, :pid, :ref, :result, :id, :type, :mode, :size, :list, :map,
  :user, :config, :options, :opts, :acc, :total]

spawn(fn ->
  for a <- atoms, do: Process.put(a, 1)
  IO.inspect(Process.get_keys())
  for i <- 1..40, do: Process.put(i * 7, i)
  IO.inspect(Process.get_keys())
  for i <- 1..30, do: Process.delete(i * 7)
  IO.inspect(Process.get_keys())
  Process.put(:ok, 2)
  Process.put(:count, 3)
  IO.inspect(Process.get())
  for a <- Enum.take_every(atoms, 3), do: Process.delete(a)
  IO.inspect(Process.get_keys())
  for i <- -5..5, do: Process.put(i, i)
  IO.inspect(Process.get_keys(1))
  IO.inspect(Process.info(self(), :dictionary))
  IO.inspect(length(:erlang.erase()))
  IO.inspect(Process.get())
end)

Process.sleep(200)
