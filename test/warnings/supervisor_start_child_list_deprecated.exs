# Supervisor.start_child/2 with a list of extra arguments (a :simple_one_for_one supervisor) is
# deprecated in 1.14: IO.warn's stack starts at Supervisor.start_child/2, lib/supervisor.ex:906
defmodule Sofo do
  use Supervisor
  def init(_), do: {:ok, {%{strategy: :simple_one_for_one}, [%{id: :w, start: {Agent, :start_link, []}}]}}
end

{:ok, sup} = Supervisor.start_link(Sofo, [])
{:ok, pid} = Supervisor.start_child(sup, [fn -> 1 end])
IO.inspect(Agent.get(pid, & &1))
IO.inspect(Supervisor.count_children(sup))
