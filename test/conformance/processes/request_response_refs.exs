defmodule Echo do
  def start, do: spawn(fn -> loop() end)
  defp loop do
    receive do
      {:req, from, ref, payload, delay} ->
        spawn(fn -> Process.sleep(delay); send(from, {:resp, ref, payload}) end)
        loop()
    end
  end

  def call(server, payload, delay) do
    ref = make_ref()
    send(server, {:req, self(), ref, payload, delay})
    ref
  end

  def await(ref) do
    receive do
      {:resp, ^ref, payload} -> payload
    after
      2000 -> :timeout
    end
  end
end

defmodule Main do
  def run do
    s = Echo.start()
    r1 = Echo.call(s, :first, 60)
    r2 = Echo.call(s, :second, 10)
    r3 = Echo.call(s, :third, 30)
    IO.inspect(Echo.await(r1))
    IO.inspect(Echo.await(r3))
    IO.inspect(Echo.await(r2))
    IO.inspect(Process.info(self(), :message_queue_len))
    stray = make_ref()
    IO.inspect(receive(do: ({:resp, ^stray, p} -> p), after: (10 -> :no_such_response)))
  end
end

Main.run()
