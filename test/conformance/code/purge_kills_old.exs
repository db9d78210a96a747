# R4: :code.purge kills processes running old code (:killed), returns true; false when none
defmodule Main do
  def src(v) do
    """
    defmodule Worker do
      def start_link, do: spawn_link(fn -> loop() end)
      def start, do: spawn(fn -> loop() end)
      def loop do
        receive do
          {:ping, from} -> send(from, {:pong, #{v}}); loop()
        end
      end
    end
    """
  end

  def run do
    Process.flag(:trap_exit, true)
    Code.compile_string(src(1))
    linked = Worker.start_link()
    monitored = Worker.start()
    ref = Process.monitor(monitored)
    IO.inspect(:code.purge(Worker), label: "purge with no old code")
    Code.compile_string(src(2))
    fresh = Worker.start()
    IO.inspect(:erlang.check_old_code(Worker), label: "old code exists")
    IO.inspect(:code.purge(Worker), label: "purge")
    receive do: ({:EXIT, ^linked, r} -> IO.inspect(r, label: "linked saw"))
    receive do: ({:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "monitor saw"))
    IO.inspect(Process.alive?(fresh), label: "new-code process alive")
    send(fresh, {:ping, self()})
    receive do: ({:pong, v} -> IO.inspect(v, label: "fresh answers"))
    IO.inspect(:erlang.check_old_code(Worker), label: "old code after purge")
    IO.inspect(:code.purge(Worker), label: "second purge")
    IO.inspect(:code.purge(NeverDefined), label: "unknown module")
  end
end

Main.run()
