# Macro.Env.stacktrace/1 names the file relative to the working directory, and code outside a
# module :elixir_compiler (IO.warn/2 with an env prints it)
IO.inspect(Macro.Env.stacktrace(__ENV__))

defmodule EnvTrace do
  IO.inspect(Macro.Env.stacktrace(__ENV__))
  IO.inspect(Macro.Env.stacktrace(%{__ENV__ | file: "/elsewhere/x.ex"}))
  def f, do: Macro.Env.stacktrace(__ENV__)

  defmacro caller_trace, do: Macro.escape(Macro.Env.stacktrace(__CALLER__))
end

defmodule EnvTraceUser do
  require EnvTrace
  def g, do: EnvTrace.caller_trace()
end

IO.inspect(EnvTrace.f())
IO.inspect(EnvTraceUser.g())
IO.inspect(Macro.Env.stacktrace(%{__ENV__ | file: "nofile"}))
[{_, _, _, location}] = Macro.Env.stacktrace(__ENV__)
IO.puts(Exception.format_stacktrace_entry({:elixir_compiler, :__FILE__, 1, location}))
