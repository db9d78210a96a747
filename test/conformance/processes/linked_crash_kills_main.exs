# A linked process exiting abnormally takes the (non-trapping) main script process down
defmodule Main do
  def run do
    IO.puts("spawning linked worker")
    spawn_link(fn -> exit(:worker_gave_up) end)
    Process.sleep(1000)
    IO.puts("not reached")
  end
end

Main.run()
