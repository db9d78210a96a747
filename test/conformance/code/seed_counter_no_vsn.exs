# R13: without @vsn, @vsn is nil and the seed's line prints as count[]: N; with @vsn 1 it is count[1]: N
defmodule Main do
  def src(vsn_line, step) do
    """
    defmodule Anemone.Counter do
      use GenServer
      #{vsn_line}
      def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: :counter)
      def init(c), do: {:ok, c}
      def handle_cast(:increment, c) do
        c = c + #{step}
        IO.puts("count[\#{@vsn}]: \#{c}")
        {:noreply, c}
      end
    end
    """
  end

  def tick(n) do
    for _ <- 1..n, do: GenServer.cast(:counter, :increment)
    :sys.get_state(:counter)
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src("", 1))
    {:ok, _} = Anemone.Counter.start_link(nil)
    tick(3)
    [vsn] = Anemone.Counter.module_info(:attributes)[:vsn]
    IO.inspect(is_integer(vsn), label: "default vsn is an integer")
    Code.compile_string(src("@vsn 1", 2))
    tick(2)
    :sys.suspend(:counter)
    Code.compile_string(src("@vsn 2", 2) |> String.replace("use GenServer", "use GenServer\n  def code_change(old, c, _), do: {:ok, c + if(old == 1, do: 1000, else: 0)}"))
    IO.inspect(:sys.change_code(:counter, Anemone.Counter, 1, nil))
    :sys.resume(:counter)
    tick(2)
  end
end

Main.run()
