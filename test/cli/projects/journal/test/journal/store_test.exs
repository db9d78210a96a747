defmodule Journal.StoreTest do
  use ExUnit.Case

  alias Journal.{Entry, Store}
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog

  setup do
    %{store: start_supervised!(Store)}
  end

  @tag :tmp_dir
  test "save writes one file per entry", %{store: store, tmp_dir: dir} do
    {files, log} =
      with_log(fn ->
        Store.add(store, Entry.new("one", "1"))
        Store.add(store, Entry.new("two", "2"))
        Store.save(store, dir)
      end)

    assert files == ["1.txt", "2.txt"]
    assert log =~ "[info] adding one"
    assert log =~ "[warning] saved 2 entries"
    assert File.read!(Path.join(dir, "2.txt")) == "# two\n2"
  end

  test "adding logs at info level", %{store: store} do
    log = capture_log([level: :warning], fn -> Store.add(store, Entry.new("quiet", "")) end)
    assert log == ""
    assert capture_log(fn -> Store.add(store, Entry.new("loud", "")) end) =~ "[info] adding loud"
  end

  test "prompt_title reads the input" do
    assert capture_io("My title\n", fn -> assert Store.prompt_title() == {:ok, "My title"} end) == "title> "
    assert with_io([input: "", capture_prompt: false], fn -> Store.prompt_title() end) == {{:error, :no_input}, ""}
  end

  test "a second store under the same id fails" do
    start_supervised!(Store)
  end

  @tag capture_log: true
  test "a failing test shows its log", %{store: store} do
    Store.add(store, Entry.new("logged", ""))
    assert Store.all(store) == []
  end
end
