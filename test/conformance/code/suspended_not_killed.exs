# R18: a suspended GenServer waits inside :sys, not in its callback module: purge -> false
defmodule Main do
  def src(v), do: "defmodule Sus do\n use GenServer\n def init(s), do: {:ok, s}\n def handle_call(:v, _f, s), do: {:reply, {#{v}, s}, s}\nend"

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    {:ok, pid} = GenServer.start(Sus, :st, name: :sus)
    IO.inspect(:sys.suspend(:sus), label: ":sys.suspend(:counter)")
    Code.compile_string(src(2))
    IO.inspect(:code.purge(Sus), label: ":code.purge")
    IO.inspect(Process.alive?(pid), label: "alive")
    Code.compile_string(src(3))
    IO.inspect(:sys.change_code(:sus, Sus, 1, nil), label: ":sys.change_code")
    IO.inspect(:sys.resume(:sus), label: ":sys.resume")
    IO.inspect(GenServer.call(:sus, :v))
  end
end

Main.run()
