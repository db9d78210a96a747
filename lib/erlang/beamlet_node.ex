# The process a spawn on another node leaves behind: beamlet is never distributed, so as on a
# BEAM that is not alive it logs OTP's "Can not start" warning and exits with :noconnection
# (vm/bifs/spawn_opt.ts spawns it, linked or monitored as the caller asked).
defmodule :beamlet_node do
  @moduledoc false

  def cannot_start(node, m, f, a, opts) do
    opts_text = if opts == nil, do: "", else: " (#{inspect(opts)})"
    Logger.bare_log(:warning, "** Can not start #{inspect(m)}:#{inspect(f)},#{inspect(a)}#{opts_text} on #{inspect(node)} **\n")
    exit(:noconnection)
  end
end

# Erlang's :net_kernel and :net_adm on a node that is not distributed (what Node calls).
defmodule :net_kernel do
  @moduledoc false

  def connect_node(node) when is_atom(node), do: :ignored
  def stop, do: {:error, :not_found}
  def get_net_ticktime, do: :ignored

  # beamlet has no distribution to start: the error OTP returns when it cannot start net_kernel
  def start(name, options) when is_atom(name) and is_map(options) do
    type = Map.get(options, :name_domain, :longnames)
    {:error, not_started(name, type, Map.get(options, :net_ticktime, 60), Map.get(options, :net_tickintensity, 4))}
  end

  def start([name | rest]) when is_atom(name) do
    type = Enum.at(rest, 0, :longnames)
    tick = Enum.at(rest, 1, 15000)
    {:error, not_started(name, type, div(tick * 4, 1000), 4)}
  end

  defp not_started(name, type, ticktime, intensity) do
    args = %{clean_halt: false, name: name, name_domain: type, net_tickintensity: intensity, net_ticktime: ticktime, supervisor: :net_sup_dynamic}

    {{:shutdown, {:failed_to_start_child, :net_kernel, {:EXIT, :nodistribution}}},
     {:child, :undefined, :net_sup_dynamic, {:erl_distribution, :start_link, [args]}, :permanent, false, 1000, :supervisor, [:erl_distribution]}}
  end
end

defmodule :net_adm do
  @moduledoc false

  def ping(node) when is_atom(node), do: :pang
  def localhost, do: ~c"nohost"
end
