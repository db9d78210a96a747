# Task.Supervisor.start_link with :restart warns (deprecated), then start_child of a missing
# supervisor exits with the {:start_task, ...} call
{:ok, _} = Task.Supervisor.start_link(restart: :transient)
Task.Supervisor.start_child(:missing_task_sup, Kernel, :+, [1, 2])
