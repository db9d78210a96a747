# Injected into a module by `use GenServer, opts` (see compiler: template injection).
# __MODULE__ is the using module; @use_opts holds the options given to `use`.
# Mirrors Elixir 1.14's GenServer.__using__ (+ the default init/1 that its
# __before_compile__ injects, with a warning, when the module defines none).
defmodule Template do
  @behaviour GenServer

  @doc false
  def child_spec(init_arg) do
    default = %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}}
    Supervisor.child_spec(default, @use_opts)
  end

  @doc false
  def init(init_arg) do
    {:ok, init_arg}
  end

  @doc false
  def handle_call(msg, _from, state) do
    proc =
      case Process.info(self(), :registered_name) do
        {_, []} -> self()
        {_, name} -> name
      end

    _ = {msg, state}
    raise "attempted to call GenServer #{inspect(proc)} but no handle_call/3 clause was provided"
  end

  @doc false
  def handle_info(msg, state) do
    Logger.__unexpected_info__(__MODULE__, msg)
    {:noreply, state}
  end

  @doc false
  def handle_cast(msg, state) do
    proc =
      case Process.info(self(), :registered_name) do
        {_, []} -> self()
        {_, name} -> name
      end

    _ = {msg, state}
    raise "attempted to cast GenServer #{inspect(proc)} but no handle_cast/2 clause was provided"
  end

  @doc false
  def terminate(_reason, _state) do
    :ok
  end

  @doc false
  def code_change(_old, state, _extra) do
    {:ok, state}
  end
end
