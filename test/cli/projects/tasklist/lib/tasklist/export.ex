defmodule Tasklist.Export do
  @moduledoc "Writes todos to a file."

  def to_lines(todos) do
    Enum.map(todos, fn todo ->
      box = if todo.done, do: "[x]", else: "[ ]"
      "#{box} #{todo.title}"
    end)
  end

  def write!(todos, path) do
    File.write!(path, Enum.join(to_lines(todos), "\n") <> "\n")
    IO.puts("wrote #{length(todos)} todos")
    path
  end

  def async_count(todos) do
    Task.Supervisor.async(Tasklist.TaskSup, fn -> Enum.count(todos, & &1.done) end)
    |> Task.await()
  end
end
