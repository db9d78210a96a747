# R17: change_code results for a running server, {:error, r}, a raise and no matching clause
defmodule Main do
  def src(v, cc) do
    """
    defmodule Srv do
      use GenServer
      @vsn #{v}
      def init(s), do: {:ok, s}
      def handle_call(:get, _f, s), do: {:reply, {#{v}, s}, s}
      #{cc}
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1, ""))
    {:ok, pid} = GenServer.start(Srv, :initial, name: :srv)
    IO.inspect(:sys.change_code(:srv, Srv, 1, nil), label: "not suspended")
    IO.inspect(GenServer.call(:srv, :get), label: "still running")
    :ok = :sys.suspend(:srv)
    Code.compile_string(src(2, "def code_change(_old, _s, _x), do: {:error, :refused}"))
    IO.inspect(:sys.change_code(:srv, Srv, 1, nil), label: "error tuple")
    Code.compile_string(src(3, "def code_change(_old, _s, _x), do: raise(ArgumentError, ~s(bad upgrade))"))
    {:error, {:EXIT, {e, stack}}} = :sys.change_code(:srv, Srv, 1, nil)
    IO.inspect({e, is_list(stack)}, label: "raise")
    Code.compile_string(src(4, "def code_change(:only_this, s, _x), do: {:ok, s}"))
    {:error, {:EXIT, {reason, stack2}}} = :sys.change_code(:srv, Srv, 1, nil)
    IO.inspect({reason, is_list(stack2)}, label: "no clause")
    IO.inspect(:sys.get_state(:srv), label: "state unchanged")
    IO.inspect(Process.alive?(pid), label: "alive")
    Code.compile_string(src(5, "def code_change(old, s, extra), do: {:ok, {:migrated, old, s, extra}}"))
    IO.inspect(:sys.change_code(:srv, Srv, 1, :extra_arg), label: "ok")
    :ok = :sys.resume(:srv)
    IO.inspect(GenServer.call(:srv, :get), label: "after resume")
    Code.compile_string(src(6, ""))
    :sys.suspend(:srv)
    IO.inspect(:sys.change_code(:srv, Srv, 5, nil), label: "default code_change")
    :sys.resume(:srv)
    IO.inspect(GenServer.call(:srv, :get))
  end
end

Main.run()
