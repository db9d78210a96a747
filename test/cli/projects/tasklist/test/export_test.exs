defmodule Tasklist.ExportTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureIO
  alias Tasklist.{Export, Todo}

  setup_all do
    todos = [Todo.new("one"), Todo.complete(Todo.new("two"))]
    %{todos: todos}
  end

  @tag :tmp_dir
  test "writes a file", %{todos: todos, tmp_dir: dir} do
    path = Path.join(dir, "todos.txt")

    output = capture_io(fn -> Export.write!(todos, path) end)
    assert output == "wrote 2 todos\n"
    assert File.read!(path) == "[ ] one\n[x] two\n"
  end

  test "lines", %{todos: todos} do
    assert Export.to_lines(todos) == ["[ ] one", "[x] two"]
  end

  test "counts done in a task", %{todos: todos} do
    assert Export.async_count(todos) == 1
  end
end
