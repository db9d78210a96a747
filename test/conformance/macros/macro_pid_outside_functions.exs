# a macro may give a pid (a value, not quoted code) where no function is being defined: in a
# module body, in the code a @before_compile hook gives, at a script's top level, in evaluated code
defmodule Owner do
  defmacro pid_here, do: self()
  defmacro pids_in_data, do: [1, {:owner, self()}, [self()]]

  defmacro __before_compile__(_env) do
    quote do
      hook_pid = unquote(self())
      IO.inspect(is_pid(hook_pid), label: "hook")
      def hook_ran?, do: true
    end
  end
end

defmodule Body do
  require Owner
  @before_compile Owner
  p = Owner.pid_here()
  IO.inspect(is_pid(p), label: "body")
  [1, {:owner, q}, [r]] = Owner.pids_in_data()
  IO.inspect({is_pid(q), q == r, q == p}, label: "data")
  @owner Owner.pid_here()
  IO.inspect(@owner == p, label: "attribute")
end

IO.inspect(Body.hook_ran?())

defmodule Script do
  require Owner

  def run do
    {value, _} = Code.eval_quoted(quote(do: unquote(self())))
    IO.inspect(value == self(), label: "eval_quoted")
    {value, _} = Code.eval_quoted(quote(do: {:a, [unquote(self())]}))
    IO.inspect(match?({:a, [p]} when is_pid(p), value), label: "eval_quoted nested")
    IO.inspect(Macro.expand(quote(do: Owner.pid_here()), __ENV__) |> is_pid(), label: "expand")
  end
end

Script.run()
