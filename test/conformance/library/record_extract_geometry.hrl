%% Records shared with the Erlang side of a geometry service (read by record_extract.exs).
-define(DEFAULT_COLOR, red).
-define(ORIGIN_X, 0).
-include("record_extract_units.hrl").

-record(point, {x = ?ORIGIN_X, y = 0}).

-record(shape, {
    name :: atom(),
    origin = #point{} :: #point{},
    corner = #point{x = 10, y = 20},
    color = ?DEFAULT_COLOR,
    tags = [] :: [atom()],
    label = "unnamed",                     % a charlist in Elixir
    bin = <<"raw">>,
    bytes = <<1, 2, 3>>,
    size = {1, 2.5},
    neg = -3,
    calc = 2 + 3 * 4,
    hex = 16#ff,
    char = $a,
    nested = [{a, 1}, {b, "two"} | []],
    opts = #{mode => fast},
    'quoted field' = 'Quoted Atom',
    unit = #unit{}
}).

-record(empty, {}).
