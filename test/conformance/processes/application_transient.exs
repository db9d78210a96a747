# A transient application that ends normally is only logged; one that ends abnormally takes the
# node down as a permanent one does
defmodule T do
  def start(_, how), do: Task.start_link(fn -> Process.sleep(50); exit(how) end)
  def stop(s), do: IO.inspect(s, label: "stop")
end

:application.load({:application, :normal_end, [mod: {T, :normal}, applications: [:kernel]]})
:application.load({:application, :abnormal_end, [mod: {T, {:shutdown, :why}}, applications: [:kernel]]})
IO.inspect(Application.start(:normal_end, :transient))
Process.sleep(200)
IO.inspect(:application.which_applications() |> Enum.map(&elem(&1, 0)))
IO.inspect(Application.start(:abnormal_end, :transient))
Process.sleep(:infinity)
