ExUnit.start(seed: 808)

defmodule Notes do
  def save(dir, name, text) do
    path = Path.join(dir, name <> ".md")
    File.write!(path, text)
    path
  end

  def list(dir), do: dir |> File.ls!() |> Enum.sort()
  def read!(dir, name), do: File.read!(Path.join(dir, name <> ".md"))
end

defmodule NotesTest do
  use ExUnit.Case, async: true

  @moduletag :tmp_dir

  # what the suite created goes when the module is done (tmp/ too, when nothing else is in it)
  setup_all do
    on_exit(fn ->
      File.rm_rf!("tmp/NotesTest")
      File.rmdir("tmp")
    end)
  end

  setup [:seed_notes, :count_notes]

  defp seed_notes(%{tmp_dir: dir}) do
    Notes.save(dir, "todo", "- milk\n- eggs\n")
    :ok
  end

  defp count_notes(%{tmp_dir: dir}), do: %{count: length(Notes.list(dir))}

  test "tmp_dir is empty besides the seed", %{tmp_dir: dir, count: count} do
    assert count == 1
    assert Path.basename(dir) =~ "tmp_dir is empty besides the seed"
    assert File.dir?(dir)
  end

  test "saves and lists", %{tmp_dir: dir} do
    Notes.save(dir, "b", "B")
    Notes.save(dir, "a", "A")
    assert Notes.list(dir) == ["a.md", "b.md", "todo.md"]
  end

  test "read missing note raises File.Error", %{tmp_dir: dir} do
    assert_raise File.Error, ~r/could not read file .*missing\.md.*: no such file or directory/, fn ->
      Notes.read!(dir, "missing")
    end
  end

  test "read missing note crashes the test", %{tmp_dir: dir} do
    # (the path relative to the current directory: the report shows it)
    Notes.read!(Path.relative_to_cwd(dir), "missing")
    |> String.length()
  end

  describe "content" do
    @describetag :content
    setup %{tmp_dir: dir}, do: %{todo: Notes.read!(dir, "todo")}

    test "lines", %{todo: todo} do
      assert String.split(todo, "\n", trim: true) == ["- milk", "- eggs"]
    end

    test "multi-line string diff", %{todo: todo} do
      assert todo == "- milk\n- bread\n"
    end

    @tag tmp_dir: "nested/dir"
    test "nested tmp dir", %{tmp_dir: dir} do
      assert String.ends_with?(dir, "nested/dir")
      assert Path.relative_to_cwd(dir) =~ ~r{^tmp/NotesTest/test-content-nested-tmp-dir-[0-9a-f]+/nested/dir$}
    end
  end
end
