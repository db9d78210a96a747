# A process counts as running old code when any frame on its stack is old (a body call),
# not when it tail-called out of the module
defmodule Waiter do
  def wait do
    receive do
      :go -> :went
    end
  end
end

defmodule Main do
  def src(v) do
    """
    defmodule Outer do
      def body_call do
        r = Waiter.wait()
        {#{v}, r}
      end
      def tail_call, do: Waiter.wait()
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    parent = self()
    body = spawn(fn -> send(parent, {:body, Outer.body_call()}) end)
    tail = spawn(fn -> send(parent, {:tail, Outer.tail_call()}) end)
    Process.sleep(30)
    Code.compile_string(src(2))
    IO.inspect(:erlang.check_process_code(body, Outer), label: "body-call process on old code")
    IO.inspect(:erlang.check_process_code(tail, Outer), label: "tail-call process on old code")
    IO.inspect(:erlang.check_process_code(body, Waiter), label: "body on old Waiter")
    rb = Process.monitor(body)
    rt = Process.monitor(tail)
    IO.inspect(:code.purge(Outer), label: "purge")
    receive do: ({:DOWN, ^rb, _, _, r} -> IO.inspect(r, label: "body-call process"))
    send(tail, :go)
    receive do: ({:tail, r} -> IO.inspect(r, label: "tail-call process result"))
    receive do: ({:DOWN, ^rt, _, _, r} -> IO.inspect(r, label: "tail-call process"))
  end
end

Main.run()
