defmodule :timer do
  @moduledoc "The parts of Erlang's :timer module beamlet provides."

  def sleep(time) do
    receive do
    after
      time -> :ok
    end
  end

  def tc(fun) when is_function(fun, 0) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = fun.()
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  def tc(fun, args) when is_function(fun) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = apply(fun, args)
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  def tc(mod, fun, args) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = apply(mod, fun, args)
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  def send_after(time, msg), do: send_after(time, self(), msg)

  def send_after(time, dest, msg) do
    {:ok, {:send_local, :erlang.send_after(time, dest, msg)}}
  end

  def cancel({:send_local, ref}) do
    :erlang.cancel_timer(ref)
    {:ok, :cancel}
  end

  def cancel(_), do: {:error, :badarg}

  def seconds(s), do: s * 1000
  def minutes(m), do: m * 60_000
  def hours(h), do: h * 3_600_000
  def hms(h, m, s), do: h * 3_600_000 + m * 60_000 + s * 1000
end
