defmodule Journal.EntryTest do
  use ExUnit.Case, async: true
  doctest Journal.Entry

  alias Journal.Entry
  import ExUnit.CaptureIO

  test "print writes the text" do
    assert capture_io(fn -> Entry.print(Entry.new("T", "b")) end) == "# T\nb\n"
  end

  test "a failing comparison of structs" do
    assert Entry.new("T", "b") == %Entry{title: "T", body: "c"}
  end
end
