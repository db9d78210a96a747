# :application.info/0: the application controller's tables (loaded, loading, started,
# start_p_false, running, starting), and the start types of the applications elixir boots with
info = :application.info()
IO.inspect(Keyword.keys(info))
IO.inspect(info[:started])
IO.inspect(Enum.sort(info[:loaded]))
IO.inspect({info[:loading], info[:starting], info[:start_p_false]})
IO.inspect(Keyword.keys(info[:running]))
IO.inspect(info[:running][:compiler])
IO.inspect(info[:running][:stdlib])

defmodule MyApp do
  use Application
  def start(_type, _args), do: Supervisor.start_link([], strategy: :one_for_one)
end

:ok = :application.load({:application, :my_app, [description: 'mine', vsn: '0.1.0', modules: [MyApp], registered: [], applications: [:kernel, :stdlib], mod: {MyApp, []}]})
IO.inspect(:lists.keyfind(:my_app, 1, :application.info()[:loaded]))
IO.inspect(:application.info()[:started] |> Keyword.get(:my_app))
:ok = Application.start(:my_app, :transient)
info = :application.info()
IO.inspect(hd(info[:started]))
IO.inspect(info[:running] |> hd() |> elem(0))
IO.inspect(info[:running] |> hd() |> elem(1) |> is_pid())
:ok = Application.stop(:my_app)
IO.inspect(Keyword.keys(:application.info()[:running]))
