defmodule Job do
  def run(step) when step < 3 do
    IO.puts("step #{step}")
    run(step + 1)
  end
  def run(_), do: exit(:job_failed)
end

Job.run(0)
IO.puts("unreachable")
