# Run by scripts/build.mjs (trainCodeCache) to make the bundle's V8 code cache: what this run
# compiles of beamlet's own JavaScript is what later runs find compiled. It exercises what most
# programs reach early: the compiler, the JIT (a hot recursive function, a tail loop, library
# functions made hot by Enum), a first raise and rescue, and a supervised server's first crash
# (its report: Logger, Exception, inspect). Its output is not read.
defmodule CodeCacheTraining do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + rem(n, 7))

  def rescued do
    try do
      raise ArgumentError, "first"
    rescue
      e in ArgumentError -> Exception.message(e)
    end
  end
end

defmodule CodeCacheTraining.Counter do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call(:boom, _from, _n), do: raise("boom")
end

defmodule CodeCacheTraining.Restart do
  def await(old) do
    case Process.whereis(CodeCacheTraining.Counter) do
      pid when is_pid(pid) and pid != old -> GenServer.call(pid, :get)
      _ ->
        Process.sleep(1)
        await(old)
    end
  end
end

CodeCacheTraining.fib(22)
CodeCacheTraining.loop(100_000, 0)
CodeCacheTraining.rescued()
1..2000 |> Enum.map(&(&1 * 2)) |> Enum.filter(&(rem(&1, 3) == 0)) |> Enum.sum()
Enum.reduce(1..1000, %{}, fn i, m -> Map.put(m, {i, rem(i, 10)}, "v#{i}") end)
Enum.join(String.split("a,b,c,d", ","), "-")
{:ok, _} = Supervisor.start_link([CodeCacheTraining.Counter], strategy: :one_for_one)
old = Process.whereis(CodeCacheTraining.Counter)

try do
  GenServer.call(CodeCacheTraining.Counter, :boom)
catch
  :exit, _ -> :ok
end

CodeCacheTraining.Restart.await(old)
