x = fn ->
fn -> 1 end
