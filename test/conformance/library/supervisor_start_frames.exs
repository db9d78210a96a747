# Supervisor.start_link/2 and DynamicSupervisor.start_child/2 refusing a child: the frames of
# their calls at the lines of Elixir's lib/supervisor.ex and lib/dynamic_supervisor.ex
defmodule NoSpec do
end

defmodule Main do
  def show(fun) do
    try do
      fun.()
    rescue
      e ->
        IO.puts(e.__struct__ |> inspect())
        Enum.each(__STACKTRACE__, &IO.puts(Exception.format_stacktrace_entry(&1)))
    end
  end

  def run do
    show(fn -> Supervisor.start_link([NoSpec], strategy: :one_for_one) end)
    show(fn -> Supervisor.start_link([{NoSpec, :arg}, 12], strategy: :one_for_one, name: :sup) end)
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
    show(fn -> DynamicSupervisor.start_child(sup, NoSpec) end)
    show(fn -> DynamicSupervisor.start_child(sup, {NoSpec, 1}) end)
    show(fn -> DynamicSupervisor.start_child(sup, :not_a_module) end)
  end
end

Main.run()
