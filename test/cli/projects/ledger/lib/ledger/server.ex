defmodule Ledger.Server do
  use GenServer
  require Logger

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, :ok, opts)
  def post(s, from, to, amt), do: GenServer.call(s, {:post, from, to, amt})
  def balance(s, acc), do: GenServer.call(s, {:balance, acc})
  def subscribe(s), do: GenServer.call(s, {:subscribe, self()})

  @impl true
  def init(:ok), do: {:ok, %{ledger: Ledger.new(), subs: []}}

  @impl true
  def handle_call({:post, f, t, a}, _from, st) do
    case Ledger.post(st.ledger, f, t, a) do
      {:ok, l} ->
        Enum.each(st.subs, &send(&1, {:posted, f, t, a}))
        {:reply, :ok, %{st | ledger: l}}
      {:error, r} ->
        Logger.warning("rejected post: #{inspect(r)}")
        {:reply, {:error, r}, st}
    end
  end

  def handle_call({:balance, acc}, _from, st), do: {:reply, Ledger.balance(st.ledger, acc), st}
  def handle_call({:subscribe, pid}, _from, st), do: {:reply, :ok, %{st | subs: [pid | st.subs]}}
end
