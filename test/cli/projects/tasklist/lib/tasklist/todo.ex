defmodule Tasklist.Todo do
  @moduledoc """
  A todo item.

      iex> todo = Tasklist.Todo.new("write tests", priority: :high)
      iex> todo.title
      "write tests"
      iex> Tasklist.Todo.done?(todo)
      false
  """
  defstruct id: nil, title: nil, done: false, priority: :normal, tags: []

  @priorities [:low, :normal, :high]

  def new(title, opts \\ []) when is_binary(title) do
    priority = Keyword.get(opts, :priority, :normal)

    unless priority in @priorities do
      raise ArgumentError, "unknown priority #{inspect(priority)}"
    end

    %__MODULE__{title: title, priority: priority, tags: Keyword.get(opts, :tags, [])}
  end

  def done?(%__MODULE__{done: done}), do: done

  def complete(todo), do: %{todo | done: true}

  @doc """
  Orders todos by priority, high first, then by title.

      iex> [Tasklist.Todo.new("b"), Tasklist.Todo.new("a", priority: :high), Tasklist.Todo.new("a")]
      ...> |> Tasklist.Todo.sort()
      ...> |> Enum.map(&{&1.priority, &1.title})
      [high: "a", normal: "a", normal: "b"]
  """
  def sort(todos) do
    Enum.sort_by(todos, &{-Enum.find_index(@priorities, fn p -> p == &1.priority end), &1.title})
  end
end
