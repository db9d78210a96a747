# The boot processes beamlet has as processes of its own, found as on the BEAM the first time a
# program looks: Logger's (#PID<0.90.0>), the application controller (#PID<0.44.0>) and the code
# server (#PID<0.50.0>, answering code.erl's {:code_call, from, request} protocol), beside :user.
# beamlet started them only when the library needed them (whereis(Logger) was nil before a first
# log, :code_server was never there).
defmodule Main do
  def call(req) do
    send(:code_server, {:code_call, self(), req})

    receive do
      {:code_server, reply} -> reply
    after
      1000 -> :no_reply
    end
  end

  def run do
    for name <- [Logger, :application_controller, :code_server, :user] do
      pid = Process.whereis(name)
      IO.puts("#{inspect(name)}: #{:erlang.pid_to_list(pid)} #{inspect(Process.info(pid, :registered_name))} #{inspect(Process.info(pid, :initial_call))}")
      IO.inspect({name in Process.registered(), pid in Process.list(), Process.alive?(pid)})
    end

    IO.inspect(Process.info(Process.whereis(:code_server), :current_function))

    for req <- [{:is_loaded, :nope}, {:ensure_loaded, :nope}, {:load_file, :nope}, {:purge, :nope}, {:delete, :nope},
                {:soft_purge, :nope}, {:get_object_code, :nope}, {:is_sticky, :lists}, {:dir, {:lib_dir, :nope}},
                {:add_path, :last, ~c"/nope"}, :get_mode, {:add_paths, :last, []}] do
      IO.inspect({req, call(req)})
    end

    IO.inspect(match?({:file, _}, call({:is_loaded, Enum})))
    IO.inspect(is_list(call(:get_path)) and is_list(call(:all_loaded)) and is_list(call({:dir, :root_dir})))
    # a request code.erl never sends is logged and left unanswered
    IO.inspect(call({:which, :nope}))
    Logger.flush()

    ref = Process.monitor(Logger)
    IO.inspect(is_reference(ref))
    Process.demonitor(ref)

    try do
      Process.register(self(), :application_controller)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    IO.inspect(self() in Process.list())
    IO.inspect(Process.list() == Enum.sort(Process.list()))
  end
end

Main.run()
