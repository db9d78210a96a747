// The BIFs every host registers at start (vm/bifs/registry.ts). The groups in lazy_groups.ts come
// after them: at start too in Node (index.ts), on their first call in the browser (web/bifs.ts).
import "./erlang.ts";
import "./erlang_error.ts";
import "./maps_fun_errors.ts";
import "./map_next.ts";
import "./node_local.ts"; // before elixir_core.ts, whose Kernel.node/1 is :erlang.node/1
import "./lists_maps_math.ts";
import "./lists_reverse.ts";
import "./lists_recursive.ts";
import "./bitstring_lists.ts";
import "./binary_unicode.ts";
import "./binary_codec.ts";
import "./elixir_string.ts";
import "./join_binaries.ts";
import "./elixir_core.ts";
import "./erlang_misc.ts";
import "./erlang_records.ts";
import "./external_term.ts";
import "./clock.ts";
import "./os.ts";
import "./file_devices.ts";
import "./stdin.ts";
import "./upgrade_test.ts";
import "./code_docs.ts";
import "./code_clash.ts";
import "./error_formatters.ts";
import "./library_apps.ts";
import "./system_signals.ts";
import "./memory.ts";
import "./io_lib.ts";
