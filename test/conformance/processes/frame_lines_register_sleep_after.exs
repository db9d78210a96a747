defmodule FL do
  def reg do
    Process.register(self(), :fl_taken)
    try do
      Process.register(spawn(fn -> :ok end), :fl_taken)
    rescue
      _ in ArgumentError -> IO.inspect(hd(__STACKTRACE__))
    end
  end

  def sleep do
    try do
      :timer.sleep(:bad)
    catch
      kind, reason -> IO.inspect({kind, reason, hd(__STACKTRACE__)})
    end
  end

  def after_bad(t) do
    try do
      receive do
        :never -> :ok
      after
        t -> :timeout
      end
    catch
      kind, reason -> IO.inspect({kind, reason, hd(__STACKTRACE__)})
    end
  end
end

FL.reg()
FL.sleep()
FL.after_bad(:bad)
FL.after_bad(-1)

defmodule G do
  def a(t) do
    IO.puts("x")
    receive do
      :never -> :ok
    after
      t -> :timeout
    end
  end
end

try do
  G.a(:bad)
catch
  k, r -> IO.inspect({k, r, hd(__STACKTRACE__)})
end
