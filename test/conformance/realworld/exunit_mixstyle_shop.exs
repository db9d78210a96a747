ExUnit.start(seed: 1234, exclude: [:slow])

defmodule Shop.Inventory do
  use GenServer
  require Logger

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, Keyword.get(opts, :items, %{}), opts)
  def reserve(pid, sku, qty), do: GenServer.call(pid, {:reserve, sku, qty})
  def subscribe(pid), do: GenServer.cast(pid, {:subscribe, self()})
  def restock(pid, sku, qty), do: GenServer.cast(pid, {:restock, sku, qty})
  def count(pid, sku), do: GenServer.call(pid, {:count, sku})

  @impl true
  def init(items), do: {:ok, %{items: items, subs: []}}

  @impl true
  def handle_call({:reserve, sku, qty}, _from, state) do
    case Map.get(state.items, sku, 0) do
      have when have >= qty ->
        state = put_in(state.items[sku], have - qty)
        if have - qty == 0, do: Enum.each(state.subs, &send(&1, {:sold_out, sku}))
        {:reply, :ok, state}

      have ->
        Logger.warning("cannot reserve #{qty} of #{sku}, only #{have}")
        {:reply, {:error, :insufficient}, state}
    end
  end

  def handle_call({:count, sku}, _from, state), do: {:reply, Map.get(state.items, sku, 0), state}

  @impl true
  def handle_cast({:subscribe, pid}, state), do: {:noreply, %{state | subs: [pid | state.subs]}}
  def handle_cast({:restock, sku, qty}, state) when qty > 0 do
    Enum.each(state.subs, &send(&1, {:restocked, sku, qty}))
    {:noreply, update_in(state.items[sku], &((&1 || 0) + qty))}
  end
end

defmodule Shop.Receipt do
  def print(lines) do
    IO.puts("RECEIPT")
    Enum.each(lines, fn {name, cents} -> IO.puts(String.pad_trailing(name, 10, ".") <> format(cents)) end)
    IO.puts("TOTAL " <> format(Enum.sum(Enum.map(lines, &elem(&1, 1)))))
  end

  def format(cents) when is_integer(cents) and cents >= 0,
    do: "#{div(cents, 100)}.#{cents |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")}"
end

defmodule Shop.InventoryTest do
  use ExUnit.Case, async: false
  import ExUnit.CaptureLog
  import ExUnit.CaptureIO

  @moduletag :inventory

  setup_all do
    %{catalog: %{"apple" => 5, "pear" => 1}}
  end

  setup %{catalog: catalog} = context do
    pid = start_supervised!({Shop.Inventory, items: catalog})
    if context[:subscribed], do: Shop.Inventory.subscribe(pid)
    %{inv: pid}
  end

  describe "reserve/3" do
    test "decrements stock", %{inv: inv} do
      assert :ok = Shop.Inventory.reserve(inv, "apple", 2)
      assert Shop.Inventory.count(inv, "apple") == 3
    end

    @tag :subscribed
    test "notifies subscribers when sold out", %{inv: inv} do
      :ok = Shop.Inventory.reserve(inv, "pear", 1)
      assert_receive {:sold_out, "pear"}
      refute_received {:sold_out, "apple"}
    end

    test "logs a warning when short", %{inv: inv} do
      log = capture_log(fn -> assert {:error, :insufficient} = Shop.Inventory.reserve(inv, "pear", 9) end)
      assert log =~ "cannot reserve 9 of pear, only 1"
      assert log =~ "[warning]"
    end

    @tag :subscribed
    test "expects the wrong message", %{inv: inv} do
      Shop.Inventory.restock(inv, "kiwi", 4)
      assert_receive {:restocked, "kiwi", 5}, 200
    end
  end

  describe "restock/3" do
    @describetag :subscribed

    test "adds new sku", %{inv: inv} do
      Shop.Inventory.restock(inv, "kiwi", 4)
      assert_receive {:restocked, "kiwi", 4}
      assert Shop.Inventory.count(inv, "kiwi") == 4
    end

    test "rejects zero quantity crashes server", %{inv: inv} do
      Process.flag(:trap_exit, true)
      ref = Process.monitor(inv)
      capture_log(fn ->
        Shop.Inventory.restock(inv, "kiwi", 0)
        assert_receive {:DOWN, ^ref, :process, ^inv, {:function_clause, _}}
      end)
    end

    @tag :slow
    test "never runs" do
      flunk("excluded")
    end
  end

  test "context has tags", context do
    assert context.inventory == true
    assert context.test == :"test context has tags"
    assert context.module == Shop.InventoryTest
    assert is_map(context.catalog)
  end
end

defmodule Shop.ReceiptTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureIO

  test "prints lines and total" do
    out = capture_io(fn -> Shop.Receipt.print([{"apple", 150}, {"pear", 75}]) end)
    assert out == """
           RECEIPT
           apple.....1.50
           pear......0.75
           TOTAL 2.25
           """
  end

  test "format rejects negatives" do
    assert_raise FunctionClauseError, fn -> Shop.Receipt.format(-1) end
  end

  test "wrong raise expectation" do
    assert_raise ArgumentError, "boom", fn -> Shop.Receipt.format(:x) end
  end

  test "capture_io with input" do
    answer = capture_io("yes\n", fn ->
      reply = IO.gets("continue? ")
      IO.write("you said #{String.trim(reply)}")
    end)
    assert answer == "continue? you said yes"
  end

  test "pattern match failure report" do
    assert %{total: 3} = %{total: 2, lines: []}
  end

  @tag :skip
  test "skipped" do
    raise "no"
  end
end
