defmodule KvstoreTest do
  use ExUnit.Case
  doctest Kvstore

  describe "parse/1" do
    test "unknown commands" do
      assert Kvstore.parse("UNKNOWN shopping") == {:error, :unknown_command}
      assert Kvstore.parse("GET shopping") == {:error, :unknown_command}
    end

    test "delete" do
      assert {:ok, {:delete, "b", "k"}} = Kvstore.parse("DELETE b k")
    end
  end

  describe "run/2" do
    test "put then get" do
      assert Kvstore.run({:create, "fruits"}) == {:ok, "OK\r\n"}
      assert Kvstore.run({:put, "fruits", "apple", "3"}) == {:ok, "OK\r\n"}
      assert Kvstore.run({:get, "fruits", "apple"}) == {:ok, "3\r\nOK\r\n"}
    end

    test "missing bucket" do
      assert Kvstore.run({:get, "nope", "k"}) == {:error, :not_found}
    end

    @tag :wip
    test "get after delete returns an empty line" do
      Kvstore.run({:create, "tmp"})
      Kvstore.run({:put, "tmp", "a", "1"})
      Kvstore.run({:delete, "tmp", "a"})
      assert Kvstore.run({:get, "tmp", "a"}) == {:ok, "nil\r\nOK\r\n"}
    end
  end
end
