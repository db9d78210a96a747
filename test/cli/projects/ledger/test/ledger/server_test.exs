defmodule Ledger.ServerTest do
  use ExUnit.Case
  import ExUnit.CaptureLog

  setup do
    server = start_supervised!(Ledger.Server)
    :ok = Ledger.Server.subscribe(server)
    {:ok, server: server}
  end

  test "notifies subscribers", %{server: s} do
    :ok = Ledger.Server.post(s, :cash, :sales, 10)
    assert_receive {:posted, :cash, :sales, 10}
    assert_receive {:posted, :cash, :sales, 11}, 50
  end

  test "logs rejections", %{server: s} do
    assert capture_log(fn -> {:error, :same_account} = Ledger.Server.post(s, :a, :a, 1) end) =~
             "rejected post: :same_account"
    refute_received {:posted, _, _, _}
  end

  @tag :integration
  test "integration only" do
    flunk("should be excluded")
  end

  @tag :tmp_dir
  test "exports to a file", %{server: s, tmp_dir: dir} do
    :ok = Ledger.Server.post(s, :cash, :sales, 7)
    path = Path.join(dir, "balance.txt")
    File.write!(path, "#{Ledger.Server.balance(s, :cash)}")
    assert File.read!(path) == "7"
    assert String.ends_with?(dir, "test-exports-to-a-file-18e0e7a2")
  end

  test "server crash", %{server: s} do
    ref = Process.monitor(s)
    Process.exit(s, :kill)
    assert_receive {:DOWN, ^ref, :process, _, :killed}
    Ledger.Server.balance(s, :cash)
  end
end
